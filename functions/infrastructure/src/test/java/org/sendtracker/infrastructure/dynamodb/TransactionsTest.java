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
 * ({@code TransactionConflict}): both mean "someone else changed it", which the service answers
 * with 409/412, never a 500. Other cancellations (throttling, validation) are not concurrency and
 * pass through.
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
    void transactionConflict_withAnotherWriter_isAConcurrentChange() {
        DynamoDbClient dynamo = cancelledWith("TransactionConflict", "None");

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
    void otherCancellations_passThrough() {
        DynamoDbClient dynamo = cancelledWith("None", "ThrottlingError");

        assertThatThrownBy(() -> Transactions.write(dynamo, List.of(), () -> "unused"))
                .isInstanceOf(TransactionCanceledException.class);
    }

    private static DynamoDbClient cancelledWith(String... codes) {
        TransactionCanceledException cancelled =
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
        return new DynamoDbClient() {
            @Override
            public TransactWriteItemsResponse transactWriteItems(
                    TransactWriteItemsRequest request) {
                throw cancelled;
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {}
        };
    }
}
