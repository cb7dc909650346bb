package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every "not allowed now" a form can meet, as the page shows it: in the names officers see (the
 * step's and the stage's, docs/glossary.md), never an event type's or a stage's code. Each step of
 * each framework is posted, as a browser posts its form, to an inspection at a stage that refuses
 * it, to a closed inspection, and as a withdrawal the later history forbids.
 */
@ExtendWith(RunningSystem.class)
class RefusalsInWordsTest {

    private static final String OFFICER = "admin";

    /** An event type's or a stage's code: capitals joined by underscores. */
    private static final Pattern CODE = Pattern.compile("[A-Z]{2,}_[A-Z_]+");

    private static final Pattern SUMMARY =
            Pattern.compile(
                    "<ul class=\"govuk-list govuk-error-summary__list\">(.*?)</ul>",
                    Pattern.DOTALL);

    private static final List<String> LASEND_2016 =
            List.of(
                    "WSOA_SUBMITTED",
                    "WSOA_DECISION",
                    "MONITORING_VISIT",
                    "REVISIT_NOTIFIED",
                    "REVISIT_OUTCOME",
                    "APP_SUBMITTED",
                    "PROGRESS_REVIEW_HELD",
                    "DEADLINE_OVERRIDDEN");

    private static final List<String> AREA_SEND_2023 =
            List.of(
                    "STRATEGIC_PLAN_PUBLISHED",
                    "PRIORITY_ACTION_PLAN_SUBMITTED",
                    "PRIORITY_ACTION_PLAN_PUBLISHED",
                    "ENGAGEMENT_MEETING_HELD",
                    "MONITORING_INSPECTION_NOTIFIED",
                    "MONITORING_INSPECTION_OUTCOME",
                    "NEXT_INSPECTION_NOTIFIED",
                    "DEADLINE_OVERRIDDEN");

    private static Http http;

    @BeforeAll
    static void anArea(RunningSystem system) {
        http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"wordshire","name":"Wordshire (test)","contacts":[
                  {"name":"Wyn Lead","email":"lead@wordshire.example","role":"LEAD_OFFICER"}]}""");
    }

    @Test
    void everyStepRefusedAtAStage_isRefusedInWords() {
        String lasend = inspection("LASEND_2016", "2019-03-11", "2019-03-18", "2019-03-22");
        String area2023 = inspection("AREA_SEND_2023", "2023-03-06", "2023-03-13", "2023-03-17");
        List<String> refusals = new ArrayList<>();

        for (String type : LASEND_2016) {
            refusals.add(refusedOnPage(lasend, type, "Awaiting report"));
        }
        for (String type : AREA_SEND_2023) {
            refusals.add(refusedOnPage(area2023, type, "Awaiting report"));
        }
        for (String type : List.of("REPORT_RECEIVED", "MONITORING_VISIT")) {
            // the demo's Lancashire inspection is closed
            refusals.add(refusedOnPage("lancashire-2017-11-13", type, "closed"));
        }

        assertThat(refusals)
                .allSatisfy(
                        message ->
                                assertThat(message)
                                        .contains("cannot be recorded")
                                        .doesNotContainPattern(CODE));
        assertThat(refusals)
                .contains(
                        "'WSoA submitted' cannot be recorded at the stage 'Awaiting report': the"
                                + " step that can be recorded now is 'Report received'");
    }

    @Test
    void aWithdrawalTheLaterHistoryForbids_isRefusedInWords() {
        String id = inspection("LASEND_2016", "2019-06-03", "2019-06-10", "2019-06-14");
        event(
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2019-07-22","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
        event(id, "{\"type\":\"WSOA_SUBMITTED\",\"on\":\"2019-09-20\"}");
        event(id, "{\"type\":\"WSOA_DECISION\",\"on\":\"2019-10-01\",\"fitForPurpose\":true}");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("reason", "Sent in error");
        form.put("version", String.valueOf(version(id)));
        form.put("idempotencyKey", UUID.randomUUID().toString());
        HttpResponse<String> response =
                http.form("/inspections/" + id + "/entries/3/withdraw", form, OFFICER);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(summary(response))
                .contains(
                        "would be refused: 'WSoA decision' cannot be recorded at the stage"
                                + " 'Written Statement of Action due'")
                .doesNotContainPattern(CODE);
    }

    @Test
    void anEntryThatIsNotAStandingStep_isNotFound_inWordsAboutTheEntry() {
        String id = inspection("LASEND_2016", "2018-03-05", "2018-03-12", "2018-03-16");

        HttpResponse<String> creation =
                http.get("/inspections/" + id + "/entries/1/change", OFFICER);
        HttpResponse<String> none =
                http.get("/inspections/" + id + "/entries/99/withdraw", OFFICER);

        assertThat(creation.statusCode()).isEqualTo(404);
        assertThat(creation.body())
                .contains(
                        "Entry 1 of the inspection "
                                + id
                                + " is not a step that can be corrected or withdrawn")
                .doesNotContain("There is no inspection");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("Entry 99 of the inspection " + id);
    }

    @Test
    void aStepFormSentAgainWithAnotherAnswer_isStale_inWords_notAboutItsKey() {
        String id = inspection("LASEND_2016", "2020-01-06", "2020-01-13", "2020-01-17");
        event(
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2020-02-24","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "WSOA_SUBMITTED");
        form.put("version", String.valueOf(version(id)));
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("on-day", "20");
        form.put("on-month", "5");
        form.put("on-year", "2020");
        assertThat(http.form("/inspections/" + id + "/events", form, OFFICER).statusCode())
                .isEqualTo(303);

        // Back, another day, send: the same page's key with another answer
        form.put("on-day", "19");
        HttpResponse<String> again = http.form("/inspections/" + id + "/events", form, OFFICER);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(summary(again))
                .startsWith(
                        "This form was already sent from this page, and the inspection may have"
                                + " changed since. Check its current state below")
                .doesNotContain("Idempotency-Key");
        assertThat(http.getJson("/api/inspections/" + id).at("/keyDates").toString())
                .contains("2020-05-20")
                .doesNotContain("2020-05-19");
    }

    @Test
    void aChangeOrWithdrawalPostedForAnEntryThatIsNotAStep_isNotFound_asItsPageIs() {
        String id = inspection("LASEND_2016", "2020-02-03", "2020-02-10", "2020-02-14");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("reason", "late");
        form.put("version", String.valueOf(version(id)));
        form.put("idempotencyKey", UUID.randomUUID().toString());

        HttpResponse<String> creation =
                http.form("/inspections/" + id + "/entries/1/withdraw", form, OFFICER);
        HttpResponse<String> word =
                http.form("/inspections/" + id + "/entries/abc/withdraw", form, OFFICER);
        HttpResponse<String> none =
                http.form("/inspections/" + id + "/entries/99999999999/change", form, OFFICER);

        assertThat(creation.statusCode()).isEqualTo(404);
        assertThat(creation.body())
                .contains("Entry 1 of the inspection " + id + " is not a step that can be")
                .doesNotContain("cannot be changed");
        assertThat(word.statusCode()).isEqualTo(404);
        assertThat(word.body().replace("&#39;", "'").replace("&#x27;", "'"))
                .contains("'abc' of the inspection " + id);
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(version(id)).isEqualTo(Long.parseLong(form.get("version")));
    }

    @Test
    void aChangeFormOpenedBeforeSomeoneElsesChange_isShownAgain_asTyped_sayingWhy() {
        String id = inspection("LASEND_2016", "2020-03-02", "2020-03-09", "2020-03-13");
        event(
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2020-04-20","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
        long opened = version(id);
        event(id, "{\"type\":\"WSOA_SUBMITTED\",\"on\":\"2020-06-19\"}");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fields.on-day", "24");
        form.put("fields.on-month", "4");
        form.put("fields.on-year", "2020");
        form.put("reason", "The letter came on the 24th");
        form.put("version", String.valueOf(opened));
        form.put("idempotencyKey", UUID.randomUUID().toString());

        HttpResponse<String> stale =
                http.form("/inspections/" + id + "/entries/2/change", form, OFFICER);

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(summary(stale))
                .startsWith(
                        "This inspection was changed by someone else after you opened this page.")
                .doesNotContain("version");
        assertThat(stale.body())
                .contains("<h1 class=\"govuk-heading-l\">Change a recorded step</h1>")
                .contains("The letter came on the 24th")
                .contains("value=\"24\"")
                .contains("name=\"version\" value=\"" + version(id) + "\"");
        assertThat(http.getJson("/api/inspections/" + id).at("/keyDates").toString())
                .contains("2020-04-20");
    }

    /** The error summary of the page a form for {@code type} gets, which must be a 409. */
    private static String refusedOnPage(String id, String type, String stage) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", type);
        form.put("version", String.valueOf(version(id)));
        form.put("idempotencyKey", UUID.randomUUID().toString());
        HttpResponse<String> response = http.form("/inspections/" + id + "/events", form, OFFICER);
        assertThat(response.statusCode()).as(type + " on " + id).isEqualTo(409);
        String message = summary(response);
        assertThat(message).as(type + " on " + id).contains(stage);
        return message;
    }

    private static String summary(HttpResponse<String> response) {
        Matcher matcher = SUMMARY.matcher(response.body());
        assertThat(matcher.find()).as("an error summary on the page").isTrue();
        return matcher.group(1)
                .replaceAll("<[^>]+>", "")
                .replace("&#39;", "'")
                .replace("&#x27;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private static String inspection(
            String framework, String notifiedOn, String startsOn, String endsOn) {
        return http.api(
                        "/api/inspections",
                        """
                        {"areaId":"wordshire","framework":"%s","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}"""
                                .formatted(framework, notifiedOn, startsOn, endsOn))
                .get("id")
                .asText();
    }

    private static void event(String id, String json) {
        http.api("/api/inspections/" + id + "/events", json);
    }

    private static long version(String id) {
        return http.getJson("/api/inspections/" + id).get("version").asLong();
    }
}
