package org.sendtracker.http.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionInMonitoring;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionWithWsoaDue;
import static org.sendtracker.http.testing.ApiFixtures.inspection;
import static org.sendtracker.http.testing.ApiFixtures.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code CORRECTION} and {@code WITHDRAWAL} through the events endpoint, with DynamoDB Local
 * (docs/corrections-plan.md): the history recomputed as if it had been right, every change one more
 * audit entry, an impossible history refused with nothing written.
 */
class CorrectionsApiTest {

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
    void correctingTheReportReceivedDate_movesTheWsoaDueDate_andIsInTheAuditTrail() {
        // given a report received 14 May 2019: WSoA due 21 August
        String id = aCumbriaLikeInspectionWithWsoaDue(api);

        // when the received date is corrected to 16 May, with If-Match and an Idempotency-Key
        String correction =
                """
                {"type":"CORRECTION","corrects":2,"reason":"Date mistyped: the letter came on the 16th",
                 "fields":{"on":"2019-05-16"}}""";
        ApiStack.Response corrected =
                api.post(events(id), correction, "If-Match", "\"2\"", "Idempotency-Key", "fix-1");

        // then the WSoA is due two working days later, here and in the deadline index
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        JsonNode body = corrected.json();
        assertThat(body.get("version").asLong()).isEqualTo(3);
        assertThat(body.get("reportReceivedOn").asText()).isEqualTo("2019-05-16");
        assertThat(body.at("/deadlines/0/dueOn").asText()).isEqualTo("2019-08-23");
        assertThat(dueDates(id)).containsExactly("WSOA_SUBMISSION 2019-08-23");
        // and the audit trail keeps the original entry and the correction: who, when, why, what
        JsonNode events = inspection(api, id).get("events");
        assertThat(events.get(1).at("/details/on").asText()).isEqualTo("2019-05-14");
        JsonNode entry = events.get(2);
        assertThat(entry.get("type").asText()).isEqualTo("CORRECTION");
        assertThat(entry.get("actor").asText()).isNotBlank();
        assertThat(entry.get("recordedAt").asText()).isNotBlank();
        assertThat(entry.at("/details/reason").asText())
                .isEqualTo("Date mistyped: the letter came on the 16th");
        assertThat(entry.at("/details/corrects").asInt()).isEqualTo(2);
        assertThat(entry.at("/details/fields/on").asText()).isEqualTo("2019-05-16");
        assertThat(entry.at("/details/original/on").asText()).isEqualTo("2019-05-14");
        assertThat(entry.get("summary").asText())
                .contains("now due 23 August 2019 (was 21 August 2019)");

        // and a retry of the same request is answered again, not applied twice
        ApiStack.Response retry =
                api.post(events(id), correction, "If-Match", "\"2\"", "Idempotency-Key", "fix-1");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(inspection(api, id).get("events")).hasSize(3);
    }

    @Test
    void withdrawingTheWsoaSubmission_reopensTheDeadlineAndTheStage() {
        String id = aCumbriaLikeInspectionWithWsoaDue(api);
        record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}""");

        ApiStack.Response withdrawn =
                api.post(
                        events(id),
                        """
                        {"type":"WITHDRAWAL","withdraws":3,"reason":"Recorded against the wrong area"}""",
                        "If-Match",
                        "\"3\"");

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        JsonNode body = withdrawn.json();
        assertThat(body.get("stage").asText()).isEqualTo("WSOA_DUE");
        assertThat(
                        body.at("/deadlines/0/metOn").isMissingNode()
                                || body.at("/deadlines/0/metOn").isNull())
                .isTrue();
        assertThat(body.get("allowedEvents").toString()).contains("WSOA_SUBMITTED");
        JsonNode entry = inspection(api, id).get("events").get(3);
        assertThat(entry.get("type").asText()).isEqualTo("WITHDRAWAL");
        assertThat(entry.at("/details/withdraws").asInt()).isEqualTo(3);
        assertThat(entry.at("/details/reason").asText())
                .isEqualTo("Recorded against the wrong area");
        assertThat(entry.at("/details/originalType").asText()).isEqualTo("WSOA_SUBMITTED");
    }

    @Test
    void withdrawingTheAcceptance_takesItsDeadlinesOutOfTheIndex() {
        String id = aCumbriaLikeInspectionInMonitoring(api);
        assertThat(dueDates(id)).hasSize(3);

        ApiStack.Response withdrawn =
                api.post(
                        events(id),
                        """
                        {"type":"WITHDRAWAL","withdraws":4,"reason":"The decision letter was a draft"}""");

        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(201);
        assertThat(withdrawn.json().get("stage").asText()).isEqualTo("WSOA_UNDER_REVIEW");
        assertThat(dueDates(id)).containsExactly("WSOA_SUBMISSION 2019-08-21");
    }

    @Test
    void anImpossibleCorrection_isRefusedWith409NamingWhy_andWritesNothing() {
        // given a WSoA submitted 20 August after a report received 14 May
        String id = aCumbriaLikeInspectionWithWsoaDue(api);
        record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}""");
        List<Map<String, AttributeValue>> before = items(id);

        // when the report's dates are corrected to after the submission
        ApiStack.Response refused =
                api.post(
                        events(id),
                        """
                        {"type":"CORRECTION","corrects":2,"reason":"Typo","fields":{"on":"2019-08-30","publishedOn":"2019-09-05"}}""",
                        "If-Match",
                        "\"3\"",
                        "Idempotency-Key",
                        "fix-2");

        // then 409, naming the step it would break, and every stored item is as it was
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body())
                .contains(
                        "Correcting entry 2 (Report received on 14 May 2019) would leave a history"
                                + " that cannot have happened: entry 3 (WSoA submitted on 20 August"
                                + " 2019) would be refused");
        assertThat(items(id)).isEqualTo(before);
    }

    @Test
    void aCorrectionTakingAwayAWeaknessWithAnAction_isRefusedWith409_andWritesNothing() {
        // given three areas of weakness, and an action of the plan for the third
        String id = aCumbriaLikeInspectionWithWsoaDue(api);
        ApiStack.Response action =
                api.post(
                        "/api/inspections/" + id + "/actions",
                        """
                        {"weakness":3,"title":"Co-produce the local offer","owner":"Parent carer forum","dueOn":"2019-09-30"}""");
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        List<Map<String, AttributeValue>> before = items(id);

        // when the report is corrected to name only the first two
        ApiStack.Response refused =
                api.post(
                        events(id),
                        """
                        {"type":"CORRECTION","corrects":2,"reason":"Two weaknesses, not three",
                         "fields":{"weaknesses":["Leadership and strategic planning","Identification of need"]}}""");

        // then 409, naming the weakness and what refers to it, and nothing is written
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body())
                .contains(
                        "This would take away area of weakness 3 (1 action), which the improvement"
                                + " plan still refers to");
        assertThat(items(id)).isEqualTo(before);
    }

    @Test
    void aCorrectionRenumberingAWeaknessWithAnAction_isRefusedWith409_andWritesNothing() {
        // given three areas of weakness, and an action of the plan for the first
        String id = aCumbriaLikeInspectionWithWsoaDue(api);
        ApiStack.Response action =
                api.post(
                        "/api/inspections/" + id + "/actions",
                        """
                        {"weakness":1,"title":"Publish the SEND strategy","owner":"Director of children's services","dueOn":"2019-09-30"}""");
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        List<Map<String, AttributeValue>> before = items(id);

        // when the report is corrected to drop the first: the others would move up a number
        ApiStack.Response refused =
                api.post(
                        events(id),
                        """
                        {"type":"CORRECTION","corrects":2,"reason":"The first was the draft's",
                         "fields":{"weaknesses":["Identification of need","Co-production with families"]}}""");

        // then 409: the action would fall under another weakness; nothing is written
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body())
                .contains(
                        "area of weakness 1, 'Leadership and strategic planning' (1 action), would"
                                + " become 'Identification of need'");
        assertThat(items(id)).isEqualTo(before);
    }

    @Test
    void badCorrections_areRefusedWith400PerField_andWriteNothing() {
        String id = aCumbriaLikeInspectionWithWsoaDue(api);
        List<Map<String, AttributeValue>> before = items(id);

        assertThat(
                        api.post(
                                        events(id),
                                        """
                                {"type":"CORRECTION","corrects":7,"reason":"x","fields":{"on":"2019-05-16"}}""")
                                .status())
                .isEqualTo(400);
        assertThat(
                        api.post(
                                        events(id),
                                        """
                                {"type":"WITHDRAWAL","withdraws":1,"reason":"x"}""")
                                .status())
                .isEqualTo(400);
        ApiStack.Response noReason =
                api.post(
                        events(id),
                        """
                        {"type":"CORRECTION","corrects":2,"fields":{"on":"2019-05-16"}}""");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Enter the reason for the correction");
        ApiStack.Response badDate =
                api.post(
                        events(id),
                        """
                        {"type":"CORRECTION","corrects":2,"reason":"x","fields":{"on":"2019-02-30"}}""");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("fields.on");
        ApiStack.Response stale =
                api.post(
                        events(id),
                        """
                        {"type":"CORRECTION","corrects":2,"reason":"x","fields":{"on":"2019-05-16"}}""",
                        "If-Match",
                        "\"1\"");
        assertThat(stale.status()).isEqualTo(412);

        assertThat(items(id)).isEqualTo(before);
    }

    private static String events(String id) {
        return "/api/inspections/" + id + "/events";
    }

    /** The inspection's deadlines as the deadline index gives them: kind and due date. */
    private static List<String> dueDates(String id) {
        JsonNode deadlines = api.get("/api/deadlines?from=2019-01-01&to=2030-12-31").json();
        List<String> found = new ArrayList<>();
        for (JsonNode entry : deadlines) {
            if (entry.get("inspectionId").asText().equals(id)) {
                found.add(
                        entry.at("/deadline/kind").asText()
                                + " "
                                + entry.at("/deadline/dueOn").asText());
            }
        }
        return found;
    }

    /** Every stored item of the inspection's partition, as DynamoDB holds it. */
    private static List<Map<String, AttributeValue>> items(String id) {
        DynamoDbClient dynamo = api.context().getBean(DynamoDbClient.class);
        return dynamo.query(
                        q ->
                                q.tableName(api.table)
                                        .keyConditionExpression("PK = :pk")
                                        .expressionAttributeValues(
                                                Map.of(
                                                        ":pk",
                                                        AttributeValue.fromS("INSPECTION#" + id)))
                                        .consistentRead(true))
                .items();
    }
}
