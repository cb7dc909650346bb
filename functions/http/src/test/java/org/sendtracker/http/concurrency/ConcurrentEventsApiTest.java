package org.sendtracker.http.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.http.testing.ApiFixtures.aCumbriaLikeInspectionInMonitoring;
import static org.sendtracker.http.testing.ApiFixtures.inspection;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Race;

/**
 * Optimistic locking end to end: simultaneous changes to one inspection never both win
 * (docs/domain-rules.md §2).
 */
class ConcurrentEventsApiTest {

    private static final int THREADS = 20;

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
    void twentyDifferentEvents_withTheSameIfMatch_exactlyOneIsApplied_theOthersAreRefusedAsStale() {
        // given an inspection in monitoring, at version 4
        String id = aCumbriaLikeInspectionInMonitoring(api);
        JsonNode before = inspection(api, id);
        assertThat(before.get("version").asLong()).isEqualTo(4);

        // when twenty officers record different events at once, each from version 4
        List<ApiStack.Response> responses =
                Race.of(
                        THREADS,
                        i ->
                                api.post(
                                        "/api/inspections/" + id + "/events",
                                        i % 2 == 0
                                                ? """
                  {"type":"MONITORING_VISIT","on":"2020-01-%02d","statuses":{"1":"ON_TRACK"}}
                  """
                                                        .formatted(i + 1)
                                                : """
                  {"type":"REVISIT_NOTIFIED","on":"2021-02-%02d"}
                  """
                                                        .formatted(i + 1),
                                        "If-Match",
                                        "\"4\""));

        // then exactly one is applied and the others are told the record moved on
        assertThat(statuses(responses)).containsEntry(201, 1L);
        assertThat(statuses(responses).keySet()).isSubsetOf(201, 409, 412);
        responses.stream()
                .filter(r -> r.status() == 412)
                .forEach(
                        r ->
                                assertThat(r.json().get("message").asText())
                                        .isEqualTo(
                                                "The record has changed since version 4 (it is now version 5): reload it and try again"));
        assertOneMoreVersionAndAuditEntry(id, before);
    }

    @Test
    void theSameEventTwentyTimes_withTheSameIfMatch_isAppliedOnce() {
        // given an inspection in monitoring, at version 4
        String id = aCumbriaLikeInspectionInMonitoring(api);
        JsonNode before = inspection(api, id);

        // when the same monitoring visit is posted twenty times at once
        List<ApiStack.Response> responses =
                Race.of(
                        THREADS,
                        i ->
                                api.post(
                                        "/api/inspections/" + id + "/events",
                                        """
                {"type":"MONITORING_VISIT","on":"2020-01-15","statuses":{"1":"ON_TRACK","2":"DELAYED"}}
                """,
                                        "If-Match",
                                        "\"4\""));

        // then it is recorded once
        assertThat(statuses(responses)).containsEntry(201, 1L);
        assertThat(statuses(responses).keySet()).isSubsetOf(201, 409, 412);
        assertOneMoreVersionAndAuditEntry(id, before);
    }

    @Test
    void
            twentyReports_withoutIfMatch_exactlyOneIsApplied_theOthersConflict_andOnlyItsDeadlineIsIndexed() {
        // given an inspection awaiting its report
        String id = aCumbriaLikeInspectionAwaitingReport(api);
        String area = id.substring(0, id.length() - "-2019-03-18".length());
        JsonNode before = inspection(api, id);

        // when twenty officers record the report at once, with different dates and no If-Match
        List<ApiStack.Response> responses =
                Race.of(
                        THREADS,
                        i ->
                                api.post(
                                        "/api/inspections/" + id + "/events",
                                        """
                {"type":"REPORT_RECEIVED","on":"2019-05-%02d","wsoaRequired":true,"weaknesses":["Weakness %d"]}
                """
                                                .formatted(i + 1, i)));

        // then one report wins; every other officer gets a conflict, whether they lost the write or
        // came after it
        assertThat(statuses(responses)).isEqualTo(Map.of(201, 1L, 409, (long) THREADS - 1));
        responses.stream()
                .filter(r -> r.status() == 409)
                .forEach(
                        r ->
                                assertThat(r.json().get("message").asText())
                                        .isIn(
                                                "Someone else changed this inspection while you were saving (it is now version 2): reload it and try again",
                                                "'Report received' cannot be recorded at the stage 'Written Statement of Action due': the steps that can be recorded now are 'WSoA submitted' and 'Deadline overridden'"));
        JsonNode after = assertOneMoreVersionAndAuditEntry(id, before);
        JsonNode winner =
                responses.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().json();
        assertThat(after.get("weaknesses")).isEqualTo(winner.get("weaknesses"));

        // and the deadline index holds the winner's deadline only
        JsonNode indexed =
                api.get("/api/deadlines?from=2019-01-01&to=2020-12-31&areaId=" + area).json();
        assertThat(indexed).hasSize(1);
        assertThat(indexed.at("/0/deadline")).isEqualTo(after.at("/deadlines/0"));
    }

    private static JsonNode assertOneMoreVersionAndAuditEntry(String id, JsonNode before) {
        JsonNode after = inspection(api, id);
        long version = before.get("version").asLong();
        assertThat(after.get("version").asLong()).isEqualTo(version + 1);
        assertThat(after.get("events")).hasSize(before.get("events").size() + 1);
        for (int i = 0; i < before.get("events").size(); i++) {
            assertThat(after.get("events").get(i)).isEqualTo(before.get("events").get(i));
        }
        return after;
    }

    private static Map<Integer, Long> statuses(List<ApiStack.Response> responses) {
        return responses.stream()
                .collect(Collectors.groupingBy(ApiStack.Response::status, Collectors.counting()));
    }
}
