package org.sendtracker.infrastructure.dynamodb;

import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI1SK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2PK;
import static org.sendtracker.infrastructure.dynamodb.TableLayout.GSI2SK;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.application.DeadlineIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Deadlines by due date. One area: a range of its ByArea item collection. Every area: one query per
 * year of the ByDate index ({@code DUE#yyyy}), so a range never scans.
 */
@Singleton
final class DynamoDbDeadlineIndex implements DeadlineIndex {

    private final DynamoDbClient dynamo;
    private final String table;

    DynamoDbDeadlineIndex(DynamoDbClient dynamo, TableName table) {
        this.dynamo = dynamo;
        this.table = table.value();
    }

    @Override
    public List<DeadlineEntry> dueBetween(LocalDate from, LocalDate to, Optional<AreaId> area) {
        List<DeadlineEntry> found = new ArrayList<>();
        if (area.isPresent()) {
            query(
                    GSI1,
                    GSI1PK,
                    TableKeys.area(area.get()),
                    GSI1SK,
                    TableKeys.firstDeadlineInAreaOn(from),
                    TableKeys.afterDeadlinesInAreaOn(to),
                    found);
        } else {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                query(
                        GSI2,
                        GSI2PK,
                        TableKeys.dueIn(year),
                        GSI2SK,
                        TableKeys.firstDueOn(from),
                        TableKeys.afterDueOn(to),
                        found);
            }
        }
        return found;
    }

    private void query(
            String index,
            String partitionName,
            String partition,
            String sortName,
            String low,
            String high,
            List<DeadlineEntry> into) {
        QueryRequest query =
                QueryRequest.builder()
                        .tableName(table)
                        .indexName(index)
                        .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                        .expressionAttributeNames(Map.of("#pk", partitionName, "#sk", sortName))
                        .expressionAttributeValues(
                                Map.of(
                                        ":pk",
                                        AttributeValue.fromS(partition),
                                        ":low",
                                        AttributeValue.fromS(low),
                                        ":high",
                                        AttributeValue.fromS(high)))
                        .build();
        into.addAll(Items.query(dynamo, query, DeadlineEntry.class));
    }
}
