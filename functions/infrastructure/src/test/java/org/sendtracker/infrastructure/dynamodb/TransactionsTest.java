package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.shared.ConcurrentChangeException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * How a cancelled transaction is translated at the edge. DynamoDB cancels a transaction when a
 * condition fails, and also when another transaction is writing the same item at that moment
 * ({@code TransactionConflict}). A failed condition means "someone else changed it", which the
 * service answers with 409/412, never a 500; a conflict alone wrote nothing and is sent again, and
 * only one that lasts is answered so. Other cancellations (throttling, validation) are not
 * concurrency and pass through.
 */
class TransactionsTest {

    @Test
    void conditionalCheckFailed_isAConcurrentChange() {
        DynamoDbClient dynamo = cancelledWith("None", "ConditionalCheckFailed");

        assertThatThrownBy(
                        () ->
                                Transactions.write(
                                        dynamo,
                                        List.of(),
                                        () -> "inspection x is no longer at version 3"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("inspection x is no longer at version 3");
    }

    @Test
    void transactionConflict_thatLasts_isAConcurrentChange_afterEveryAttempt() {
        FakeDynamo dynamo = new FakeDynamo(Integer.MAX_VALUE, "TransactionConflict", "None");

        assertThatThrownBy(
                        () ->
                                Transactions.write(
                                        dynamo,
                                        List.of(),
                                        () -> "inspection x is no longer at version 3"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("inspection x is no longer at version 3");
        assertThat(dynamo.calls).isEqualTo(Transactions.ATTEMPTS);
    }

    /**
     * A transaction cancelled only because another was writing one of its items at that moment
     * wrote nothing: it is sent again, and the writer never sees the conflict.
     */
    @Test
    void transactionConflict_thatPasses_isRetried_andTheWriteSucceeds() {
        FakeDynamo dynamo = new FakeDynamo(2, "None", "TransactionConflict");

        Transactions.write(dynamo, List.of(), () -> "unused");

        assertThat(dynamo.calls).isEqualTo(3);
    }

    @Test
    void aFailedCondition_isNotRetried_evenBesideAConflict() {
        FakeDynamo dynamo = new FakeDynamo(1, "TransactionConflict", "ConditionalCheckFailed");

        assertThatThrownBy(() -> Transactions.write(dynamo, List.of(), () -> "changed"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(dynamo.calls).isEqualTo(1);
    }

    @Test
    void otherCancellations_passThrough() {
        DynamoDbClient dynamo = cancelledWith("None", "ThrottlingError");

        assertThatThrownBy(() -> Transactions.write(dynamo, List.of(), () -> "unused"))
                .isInstanceOf(TransactionCanceledException.class);
    }

    private static DynamoDbClient cancelledWith(String... codes) {
        return new FakeDynamo(Integer.MAX_VALUE, codes);
    }

    /** Cancels the first {@code failures} transactions with {@code codes}, then accepts. */
    private static final class FakeDynamo implements DynamoDbClient {

        private final int failures;
        private final TransactionCanceledException cancelled;
        int calls;

        FakeDynamo(int failures, String... codes) {
            this.failures = failures;
            this.cancelled =
                    TransactionCanceledException.builder()
                            .message("Transaction cancelled")
                            .cancellationReasons(
                                    Arrays.stream(codes)
                                            .map(
                                                    code ->
                                                            CancellationReason.builder()
                                                                    .code(code)
                                                                    .build())
                                            .toList())
                            .build();
            assertThat(cancelled.cancellationReasons()).hasSize(codes.length);
        }

        @Override
        public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
            calls++;
            if (calls <= failures) {
                throw cancelled;
            }
            return TransactWriteItemsResponse.builder().build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {}
    }
}
