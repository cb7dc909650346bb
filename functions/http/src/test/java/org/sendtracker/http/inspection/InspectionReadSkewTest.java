package org.sendtracker.http.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An inspection is read, then its audit trail: a write between the two reads added an entry the
 * inspection read does not hold yet. The answer shows the trail as far as the inspection has it (a
 * probe, stop 27, saw a newest entry say a due date moved while the same answer's deadline did
 * not).
 */
class InspectionReadSkewTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anEntryWrittenAfterTheInspectionWasRead_waitsForTheVersionThatHoldsIt() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        JsonNode before = ApiFixtures.inspection(api, id);
        int entries = before.get("events").size();
        // as if a write had put its entry, and not yet been seen in the inspection read
        aLaterEntry(id, entries + 1);

        JsonNode read = ApiFixtures.inspection(api, id);
        String page = api.get("/inspections/" + id).body();

        assertThat(read.get("version").asLong()).isEqualTo(before.get("version").asLong());
        assertThat(read.get("events")).hasSize(entries);
        assertThat(page).doesNotContain("A LATER ENTRY");
    }

    private static void aLaterEntry(String id, int seq) {
        DynamoDbClient dynamo = api.context().getBean(DynamoDbClient.class);
        String table =
                api.context().getProperty("sendtracker.table-name", String.class).orElseThrow();
        List<Map<String, AttributeValue>> items =
                dynamo.query(
                                b ->
                                        b.tableName(table)
                                                .keyConditionExpression(
                                                        "PK = :pk AND begins_with(SK, :e)")
                                                .expressionAttributeValues(
                                                        Map.of(
                                                                ":pk",
                                                                AttributeValue.fromS(
                                                                        "INSPECTION#" + id),
                                                                ":e",
                                                                AttributeValue.fromS("EVENT#"))))
                        .items();
        Map<String, AttributeValue> last = new HashMap<>(items.get(items.size() - 1));
        String body = last.get("body").s();
        last.put("SK", AttributeValue.fromS(String.format("EVENT#%06d", seq)));
        last.put(
                "body",
                AttributeValue.fromS(
                        body.replaceFirst("\"seq\":\\d+", "\"seq\":" + seq)
                                .replaceFirst(
                                        "\"summary\":\"[^\"]*\"",
                                        "\"summary\":\"A LATER ENTRY\"")));
        dynamo.putItem(b -> b.tableName(table).item(last));
    }
}
