package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A report may name up to 30 areas of significant weakness (real reports have named 13 and 14),
 * through the API and through the form alike (docs/domain-rules.md §1.5).
 */
class ManyAreasOfWeaknessTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static List<String> titles(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "Area of weakness " + i).toList();
    }

    @Test
    void aReportWithFourteenAreasOfWeakness_isAcceptedByTheApi() {
        String id = ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);
        String weaknesses =
                String.join(",", titles(14).stream().map(t -> "\"" + t + "\"").toList());

        ApiStack.Response recorded =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":[%s]}"""
                                .formatted(weaknesses));

        assertThat(recorded.status()).as(recorded.body()).isBetween(200, 201);
        assertThat(ApiFixtures.inspection(api, id).get("weaknesses")).hasSize(14);
        assertThat(ApiFixtures.inspection(api, id).get("stage").asText()).isEqualTo("WSOA_DUE");
    }

    @Test
    void thirtyOneAreasOfWeakness_areRefusedByTheApi_namingTheLimit_andChangeNothing() {
        String id = ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);
        String weaknesses =
                String.join(",", titles(31).stream().map(t -> "\"" + t + "\"").toList());

        ApiStack.Response refused =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":[%s]}"""
                                .formatted(weaknesses));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("There can be at most 30 areas of weakness");
        assertThat(ApiFixtures.inspection(api, id).get("stage").asText())
                .isEqualTo("AWAITING_REPORT");
    }

    @Test
    void aReportWithFourteenAreasOfWeakness_isAcceptedThroughTheForm_andListedOnThePage() {
        // given the report form, filled in by a signed-in officer with one area per line
        String id = ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);
        String form =
                "type=REPORT_RECEIVED&version=1&on-day=14&on-month=5&on-year=2019"
                        + "&wsoaRequired=true&weaknesses="
                        + encode(String.join("\r\n", titles(14)));

        // when it is sent
        ApiStack.Response posted =
                ApiFixtures.postForm(api, "/inspections/" + id + "/events", form);

        // then it is recorded, and the page lists every area
        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        assertThat(ApiFixtures.inspection(api, id).get("weaknesses")).hasSize(14);
        assertThat(api.get("/inspections/" + id).body())
                .contains("Area of weakness 13", "Area of weakness 14")
                .contains("with 14 areas of significant weakness");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
