package org.sendtracker.http.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionInMonitoring;
import static org.sendtracker.http.testing.ApiFixtures.inspection;
import static org.sendtracker.http.testing.ApiFixtures.record;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;
import org.sendtracker.http.testing.Race;

/**
 * A retried request with the same {@code Idempotency-Key} is answered again, never applied twice
 * (docs/domain-rules.md §2).
 */
class IdempotencyApiTest {

    private static final String REPORT =
            """
            {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-22","wsoaRequired":true,"weaknesses":["Leadership"]}
            """;

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
    void sameKeyTwice_secondIsAnsweredWithTheFirstResult_andRecordedOnce() {
        // given an inspection awaiting its report, and a report posted with a key
        String id = aCumbriaLikeInspectionAwaitingReport(api);
        ApiStack.Response first = api.post(events(id), REPORT, "Idempotency-Key", "report-1");
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        // when the client retries it
        ApiStack.Response retry = api.post(events(id), REPORT, "Idempotency-Key", "report-1");

        // then it gets the same answer, marked as a replay, and the event is on record once
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"2\"");
        assertThat(types(inspection(api, id)))
                .containsExactly("INSPECTION_CREATED", "REPORT_RECEIVED");
    }

    @Test
    void retryWithTheOriginalIfMatch_afterALaterChange_isStillAnsweredWithTheFirstResult() {
        // given a report recorded with a key and If-Match "1", then a later event
        String id = aCumbriaLikeInspectionAwaitingReport(api);
        ApiStack.Response first =
                api.post(events(id), REPORT, "Idempotency-Key", "report-1", "If-Match", "\"1\"");
        assertThat(first.status()).isEqualTo(201);
        record(
                api,
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}
                """);

        // when the client, who never saw the first answer, retries exactly as before
        ApiStack.Response retry =
                api.post(events(id), REPORT, "Idempotency-Key", "report-1", "If-Match", "\"1\"");

        // then it gets the first answer (not a 412, not a 409), and nothing else is recorded
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(inspection(api, id).get("version").asLong()).isEqualTo(3);
        assertThat(types(inspection(api, id)))
                .containsExactly("INSPECTION_CREATED", "REPORT_RECEIVED", "WSOA_SUBMITTED");
    }

    @Test
    void sameKey_withADifferentBody_isRefusedAsAConflict_andChangesNothing() {
        // given a report recorded with a key
        String id = aCumbriaLikeInspectionInMonitoring(api);
        assertThat(
                        api.post(
                                        events(id),
                                        """
                {"type":"MONITORING_VISIT","on":"2020-01-15","statuses":{"1":"ON_TRACK"}}
                """,
                                        "Idempotency-Key",
                                        "visit-january")
                                .status())
                .isEqualTo(201);
        String before = api.get("/api/inspections/" + id).body();

        // when the key is reused for a different visit
        ApiStack.Response reused =
                api.post(
                        events(id),
                        """
                {"type":"MONITORING_VISIT","on":"2020-04-14","statuses":{"1":"COMPLETE"}}
                """,
                        "Idempotency-Key",
                        "visit-january");

        // then it is a conflict that says why, and nothing changed
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json())
                .isEqualTo(
                        Json.parse(
                                """
                {"status":409,"error":"Conflict",
                 "message":"The Idempotency-Key 'visit-january' was already used for a different request on this inspection"}
                """));
        assertThat(api.get("/api/inspections/" + id).body()).isEqualTo(before);
    }

    @Test
    void sameKey_onAnotherInspection_isAnotherRequest() {
        // given a key used on one inspection
        String first = aCumbriaLikeInspectionAwaitingReport(api);
        String second = aCumbriaLikeInspectionAwaitingReport(api);
        assertThat(api.post(events(first), REPORT, "Idempotency-Key", "report").status())
                .isEqualTo(201);

        // when the same key is used on another inspection
        ApiStack.Response other = api.post(events(second), REPORT, "Idempotency-Key", "report");

        // then that inspection records it too
        assertThat(other.status()).as(other.body()).isEqualTo(201);
        assertThat(inspection(api, second).get("stage").asText()).isEqualTo("WSOA_DUE");
    }

    @Test
    void twentyConcurrentPosts_withOneKey_recordOneEvent_andAllAnswerWithTheSameVersion() {
        // given an inspection awaiting its report, at version 1
        String id = aCumbriaLikeInspectionAwaitingReport(api);

        // when a client's twenty retries of one request arrive at once
        List<ApiStack.Response> responses =
                Race.of(20, i -> api.post(events(id), REPORT, "Idempotency-Key", "report-retried"));

        // then one is applied, every other one is answered with its result
        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isIn(200, 201));
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 200))
                .allSatisfy(r -> assertThat(r.header("Idempotent-Replayed")).isEqualTo("true"));
        Set<Long> versions =
                responses.stream()
                        .map(r -> r.json().get("version").asLong())
                        .collect(Collectors.toSet());
        assertThat(versions).containsExactly(2L);
        assertThat(responses.stream().map(ApiStack.Response::body).distinct()).hasSize(1);
        assertThat(types(inspection(api, id)))
                .containsExactly("INSPECTION_CREATED", "REPORT_RECEIVED");
    }

    @Test
    void overlongKey_isRefused() {
        // given an inspection awaiting its report
        String id = aCumbriaLikeInspectionAwaitingReport(api);

        // when the key is 201 characters long
        ApiStack.Response refused =
                api.post(events(id), REPORT, "Idempotency-Key", "k".repeat(201));

        // then it is a bad request naming the header
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors"))
                .isEqualTo(
                        Json.parse(
                                """
                [{"field":"Idempotency-Key","message":"The Idempotency-Key header must be 1 to 200 characters"}]
                """));
        assertThat(inspection(api, id).get("version").asLong()).isEqualTo(1);
    }

    private static String events(String id) {
        return "/api/inspections/" + id + "/events";
    }

    private static List<String> types(JsonNode inspection) {
        List<String> types = new ArrayList<>();
        inspection.get("events").forEach(e -> types.add(e.get("type").asText()));
        return types;
    }
}
