package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What keeps a form post safe, checked at the HTTP level (as a browser with or without JavaScript
 * sends it): sign-in first, a stale form refused with the current state shown, a double submit
 * recorded once, and everything a user typed escaped on the page.
 */
@ExtendWith(RunningSystem.class)
class FormSafetyTest {

    private static final String OFFICER = "admin";
    private static Http http;

    @BeforeAll
    static void anInspectionAwaitingItsWsoa(RunningSystem system) {
        http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"mercia","name":"Mercia <script>alert(1)</script>","contacts":[
                  {"name":"Mo Lead","email":"lead@mercia.example","role":"LEAD_OFFICER"}]}""");
        http.api(
                "/api/inspections",
                """
                {"areaId":"mercia","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
        http.api(
                "/api/inspections/mercia-2019-03-18/events",
                """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans","Joint commissioning"]}""");
    }

    @Test
    void aFormPost_withoutSigningIn_leadsToTheSignInPage_andChangesNothing() {
        long before = version();

        HttpResponse<String> response =
                http.form("/inspections/mercia-2019-03-18/events", wsoaSubmitted(2, "any"), null);

        // the answers go on (307, same body) to be kept through the sign-in; nothing is written
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(
                        "/sign-in/keep?action=%2Finspections%2Fmercia-2019-03-18%2Fevents&page=%2F");
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void aStaleForm_isRefused_withTheCurrentState_andWhatWasTypedKept() {
        long current = version();

        HttpResponse<String> response =
                http.form(
                        "/inspections/mercia-2019-03-18/events",
                        wsoaSubmitted(current - 1, UUID.randomUUID().toString()),
                        OFFICER);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body())
                .contains(
                        "This inspection was changed by someone else after you opened this page",
                        "href=\"#wsoa-submitted\"",
                        "name=\"version\" value=\"" + current + "\"",
                        "id=\"wsoa-submitted-on-day\" name=\"on-day\" type=\"text\" inputmode=\"numeric\" value=\"21\"");
        assertThat(version()).isEqualTo(current);
    }

    @Test
    void aDoubleSubmit_withTheSameIdempotencyKey_recordsOnce() {
        http.api(
                "/api/inspections",
                """
                {"areaId":"mercia","framework":"LASEND_2016","notifiedOn":"2020-01-06","startsOn":"2020-01-13","endsOn":"2020-01-17"}""");
        Map<String, String> form =
                new LinkedHashMap<>(
                        Map.of(
                                "type",
                                "REPORT_RECEIVED",
                                "version",
                                "1",
                                "idempotencyKey",
                                UUID.randomUUID().toString(),
                                "on-day",
                                "2",
                                "on-month",
                                "3",
                                "on-year",
                                "2020",
                                "wsoaRequired",
                                "false",
                                // a report with no WSoA closes the inspection: what is posted twice
                                // is the confirmation page's form, which carries confirmed=yes
                                "confirmed",
                                "yes"));

        HttpResponse<String> first =
                http.form("/inspections/mercia-2020-01-13/events", form, OFFICER);
        HttpResponse<String> second =
                http.form("/inspections/mercia-2020-01-13/events", form, OFFICER);

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        JsonNode inspection = http.getJson("/api/inspections/mercia-2020-01-13");
        assertThat(inspection.get("version").asLong()).isEqualTo(2);
        assertThat(inspection.get("events").findValuesAsText("type"))
                .containsExactly("INSPECTION_CREATED", "REPORT_RECEIVED");
    }

    @Test
    void whatUsersTyped_isEscapedOnEveryPage() {
        assertThat(http.get("/areas").body())
                .contains("Mercia &lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)");
        assertThat(http.get("/inspections/mercia-2019-03-18").body())
                .doesNotContain("<script>alert(1)");
        assertThat(http.get("/").body()).doesNotContain("<script>alert(1)");
    }

    private static long version() {
        return http.getJson("/api/inspections/mercia-2019-03-18").get("version").asLong();
    }

    private static Map<String, String> wsoaSubmitted(long version, String key) {
        return Map.of(
                "type",
                "WSOA_SUBMITTED",
                "version",
                String.valueOf(version),
                "idempotencyKey",
                key,
                "on-day",
                "21",
                "on-month",
                "8",
                "on-year",
                "2019");
    }
}
