package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

class ParallelReadsTest {

    @Test
    void theItems_comeInTheOrderOfTheReads_whicheverEndsFirst() {
        // the first read ends last: it waits until every other one has run
        CountDownLatch othersDone = new CountDownLatch(3);
        List<Supplier<List<Integer>>> reads = new ArrayList<>();
        reads.add(
                () -> {
                    await(othersDone);
                    return List.of(1, 2);
                });
        for (int i = 1; i <= 3; i++) {
            int read = i;
            reads.add(
                    () -> {
                        othersDone.countDown();
                        return List.of(read * 10, read * 10 + 1);
                    });
        }

        assertThat(ParallelReads.inOrder(reads)).containsExactly(1, 2, 10, 11, 20, 21, 30, 31);
    }

    @Test
    void moreReadsThanThreads_allRun() {
        List<Supplier<List<Integer>>> reads =
                IntStream.range(0, ParallelReads.AT_ONCE * 5)
                        .<Supplier<List<Integer>>>mapToObj(i -> () -> List.of(i))
                        .toList();

        assertThat(ParallelReads.inOrder(reads))
                .containsExactlyElementsOf(
                        IntStream.range(0, ParallelReads.AT_ONCE * 5).boxed().toList());
    }

    @Test
    void aReadsFailure_isTheCallers_asThrown() {
        ProvisionedThroughputExceededException refused =
                ProvisionedThroughputExceededException.builder().message("slow down").build();
        List<Supplier<List<Integer>>> reads =
                List.of(
                        () -> List.of(1),
                        () -> {
                            throw refused;
                        });

        assertThatThrownBy(() -> ParallelReads.inOrder(reads)).isSameAs(refused);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other reads ran").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
