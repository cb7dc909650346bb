package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A 2023 report's outcome, and its areas for priority action, are put right through the "Change"
 * form of the report step (docs/corrections-plan.md), as the API already allows, rather than by
 * withdrawing the report and recording it again: the form asks them as the report form does,
 * prefilled as they stand; an emptied areas box removes the areas; a refusal is shown on the field
 * it is about, and nothing changes.
 */
class CorrectingAReportOutcomeTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static final String ONLY_WITH_OUTCOME_3 =
            "Areas for priority action come only with outcome 3, which asks for a priority action"
                    + " plan: remove them, or choose outcome 3";

    @Test
    void theChangeForm_asksTheOutcomeAsTheReportFormDoes_prefilledWithTheAreas() {
        String id = aReport(3, "[\"EHC plans\",\"Joint commissioning\"]");

        ApiStack.Response form = api.get("/inspections/" + id + "/entries/2/change");

        assertThat(form.status()).as(form.body()).isEqualTo(200);
        assertThat(form.body())
                .contains("What was the outcome?")
                .contains("Typically positive experiences and outcomes")
                .contains("Inconsistent experiences and outcomes")
                .contains("Widespread and/or systemic failings: a priority action plan is required")
                .contains("Areas for priority action (optional)")
                .contains("name=\"fields.outcome\"")
                .contains(
                        "id=\"change-fields-weaknesses\" name=\"fields.weaknesses\" rows=\"4\""
                                + " aria-describedby=\"change-fields-weaknesses-hint\">EHC plans\n"
                                + "Joint commissioning</textarea>");
        assertThat(checkedOutcome(form.body())).isEqualTo("3");
    }

    @Test
    void outcomeOneMadeThree_withAreasAdded_asksForAPriorityActionPlan_andSaysSoInWords() {
        String id = aReport(1, null);

        ApiStack.Response posted =
                change(
                        id,
                        "fields.outcome=3&fields.weaknesses="
                                + encoded("EHC plans\nJoint commissioning")
                                + "&reason="
                                + encoded("Outcome 3 was misread as outcome 1"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        JsonNode inspection = ApiFixtures.inspection(api, id);
        assertThat(inspection.get("outcome").asInt()).isEqualTo(3);
        assertThat(inspection.get("stage").asText()).isEqualTo("ACTION_PLAN_DUE");
        assertThat(inspection.get("weaknesses")).hasSize(2);
        assertThat(inspection.get("version").asInt()).isEqualTo(3);

        String banner = banner(api.get(posted.header("Location")).body());
        assertThat(banner)
                .startsWith(
                        "Entry 2 (Report received on 14 September 2023) corrected: outcome 1 → 3,"
                                + " areas for priority action (none) → EHC plans, Joint"
                                + " commissioning. Stage now Priority action plan due (was ")
                .contains("Priority action plan submission due ")
                .endsWith("Reason: Outcome 3 was misread as outcome 1")
                .doesNotContain("&#39;")
                .doesNotContain("areas of weakness");
    }

    @Test
    void outcomeThreeMadeOne_withTheAreasEmptied_removesThem() {
        String id = aReport(3, "[\"EHC plans\"]");

        ApiStack.Response posted =
                change(
                        id,
                        "fields.outcome=1&fields.weaknesses=&reason="
                                + encoded("Outcome 1 was misread as outcome 3"));

        assertThat(posted.status()).as(posted.body()).isEqualTo(303);
        JsonNode inspection = ApiFixtures.inspection(api, id);
        assertThat(inspection.get("outcome").asInt()).isEqualTo(1);
        assertThat(inspection.get("weaknesses")).isEmpty();
        assertThat(inspection.get("stage").asText()).isNotEqualTo("ACTION_PLAN_DUE");
        assertThat(banner(api.get(posted.header("Location")).body()))
                .startsWith(
                        "Entry 2 (Report received on 14 September 2023) corrected: outcome 3 → 1,"
                                + " areas for priority action EHC plans → (none). Stage now ")
                .contains("(was Priority action plan due)")
                .contains("Priority action plan submission (due ")
                .contains(") no longer applies.");
    }

    @Test
    void outcomeThreeMadeOne_withTheAreasLeft_isShownOnTheAreas_andNothingChanges() {
        String id = aReport(3, "[\"EHC plans\"]");

        ApiStack.Response refused =
                change(
                        id,
                        "fields.outcome=1&fields.weaknesses="
                                + encoded("EHC plans")
                                + "&reason="
                                + encoded("Outcome 1 was misread as outcome 3"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains("<a href=\"#change-fields-weaknesses\">" + ONLY_WITH_OUTCOME_3 + "</a>")
                .contains(
                        "id=\"change-fields-weaknesses-error\" class=\"govuk-error-message\">"
                                + "<span class=\"govuk-visually-hidden\">Error:</span> "
                                + ONLY_WITH_OUTCOME_3)
                .contains(">EHC plans</textarea>");
        assertThat(checkedOutcome(refused.body())).isEqualTo("1");
        JsonNode inspection = ApiFixtures.inspection(api, id);
        assertThat(inspection.get("outcome").asInt()).isEqualTo(3);
        assertThat(inspection.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void anOutcomeNotOneOfTheThree_isShownOnTheOutcome() {
        String id = aReport(1, null);

        ApiStack.Response refused =
                change(id, "fields.outcome=4&reason=" + encoded("Typed it wrong"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "<a href=\"#change-fields-outcome\">The outcome must be a whole number"
                                + " from 1 to 3</a>")
                .contains("id=\"change-fields-outcome-error\"");
        assertThat(ApiFixtures.inspection(api, id).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void onlyTheDateChanged_saysNothingOfTheOutcomeOrTheAreas() {
        String id = aReport(3, "[\"EHC plans\"]");

        ApiStack.Response changed =
                ApiFixtures.postForm(
                        api,
                        "/inspections/" + id + "/entries/2/change",
                        "version=2&fields.on-day=15&fields.on-month=9&fields.on-year=2023"
                                + "&fields.outcome=3&fields.weaknesses="
                                + encoded("EHC plans\r\n")
                                + "&reason="
                                + encoded("It came on the 15th"));

        assertThat(changed.status()).as(changed.body()).isEqualTo(303);
        assertThat(banner(api.get(changed.header("Location")).body()))
                .startsWith(
                        "Entry 2 (Report received on 14 September 2023) corrected: on 14"
                                + " September 2023 → 15 September 2023.");
    }

    /** Posts the change form of the report (entry 2), its date as it stands, at version 2. */
    private static ApiStack.Response change(String id, String fields) {
        return ApiFixtures.postForm(
                api,
                "/inspections/" + id + "/entries/2/change",
                "version=2&fields.on-day=14&fields.on-month=9&fields.on-year=2023&" + fields);
    }

    /** A 2023 inspection whose report, received 14 September 2023, gave {@code outcome}. */
    private static String aReport(int outcome, String weaknesses) {
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("norfolk"));
        ApiStack.Response created =
                api.post(
                        "/api/inspections",
                        """
                {"areaId":"%s","framework":"AREA_SEND_2023","notifiedOn":"2023-06-05","startsOn":"2023-06-19","endsOn":"2023-07-07"}"""
                                .formatted(area));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2023-09-14","outcome":%d%s}"""
                        .formatted(
                                outcome,
                                weaknesses == null ? "" : ",\"weaknesses\":" + weaknesses));
        return id;
    }

    /** The value of the outcome radio that is checked, or null. */
    private static String checkedOutcome(String page) {
        for (String value : new String[] {"1", "2", "3"}) {
            int at = page.indexOf("name=\"fields.outcome\" type=\"radio\" value=\"" + value + "\"");
            if (at >= 0) {
                String input = page.substring(at, page.indexOf('>', at));
                if (input.contains(" checked")) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The notification banner's text. */
    private static String banner(String page) {
        int at = page.indexOf("govuk-notification-banner__heading");
        assertThat(at).as("a notification banner").isNotNegative();
        String heading = page.substring(page.indexOf('>', at) + 1, page.indexOf("</", at));
        return heading.strip();
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
