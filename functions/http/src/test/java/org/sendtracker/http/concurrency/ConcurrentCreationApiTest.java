package org.sendtracker.http.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Race;

/** Records are created once however many officers create them at the same moment. */
class ConcurrentCreationApiTest {

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
    void twentyRegistrationsOfOneArea_atOnce_createItOnce() {
        // given an area nobody has registered
        String area = ApiFixtures.uniqueAreaId("durham");

        // when twenty officers register it at once, each with their own name for it
        List<ApiStack.Response> responses =
                Race.of(
                        20,
                        i ->
                                api.post(
                                        "/api/areas",
                                        """
                {"id":"%s","name":"Durham %d","contacts":[]}
                """
                                                .formatted(area, i)));

        // then one registration wins and the others are told it exists
        assertThat(statuses(responses)).isEqualTo(Map.of(201, 1L, 409, 19L));
        responses.stream()
                .filter(r -> r.status() == 409)
                .forEach(
                        r ->
                                assertThat(r.json().get("message").asText())
                                        .isEqualTo(
                                                "An area with id '"
                                                        + area
                                                        + "' is already registered"));
        String winner =
                responses.stream()
                        .filter(r -> r.status() == 201)
                        .findFirst()
                        .orElseThrow()
                        .json()
                        .get("name")
                        .asText();
        assertThat(api.get("/api/areas/" + area).json().get("name").asText()).isEqualTo(winner);
    }

    @Test
    void twentyRecordsOfOneInspection_atOnce_createItOnce_withOneAuditEntry() {
        // given an area
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("durham"));

        // when twenty officers record the same inspection at once
        List<String> bearers =
                IntStream.range(0, 20).mapToObj(i -> api.bearerFor("Officer " + i)).toList();
        List<ApiStack.Response> responses =
                Race.of(
                        20,
                        i ->
                                api.post(
                                        "/api/inspections",
                                        """
                {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}
                """
                                                .formatted(area),
                                        "Authorization",
                                        bearers.get(i)));

        // then it is recorded once, by one of them
        assertThat(statuses(responses)).isEqualTo(Map.of(201, 1L, 409, 19L));
        responses.stream()
                .filter(r -> r.status() == 409)
                .forEach(
                        r ->
                                assertThat(r.json().get("message").asText())
                                        .isEqualTo(
                                                "An inspection of "
                                                        + area
                                                        + " starting 18 March 2019 is already recorded as "
                                                        + area
                                                        + "-2019-03-18"));
        assertThat(api.get("/api/inspections?areaId=" + area).json()).hasSize(1);
        assertThat(api.get("/api/inspections/" + area + "-2019-03-18").json().get("events"))
                .hasSize(1);
    }

    private static Map<Integer, Long> statuses(List<ApiStack.Response> responses) {
        return responses.stream()
                .collect(Collectors.groupingBy(ApiStack.Response::status, Collectors.counting()));
    }
}
