package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Putting the record right through the pages (docs/corrections-plan.md): "Change" and "Withdraw" on
 * a timeline entry, each with a reason the timeline keeps, and "Are you sure?" before a step that
 * closes the inspection.
 */
@ExtendWith(RunningSystem.class)
class CorrectionsBrowserTest {

    private static Browser browser;
    private static Http http;

    @BeforeAll
    static void openBrowser(RunningSystem system) {
        browser = Browser.open(system);
        http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"corrigan","name":"Corrigan (test)","contacts":[
                  {"name":"Cal Lead","email":"lead@corrigan.example","role":"LEAD_OFFICER"}]}""");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void changingTheReportReceivedDate_andWithdrawingTheWsoaSubmission_throughTheForms() {
        // given a report received 14 May 2019 (WSoA due 21 August) and a WSoA submitted 20 August
        String id = anInspection("2019-03-11", "2019-03-18", "2019-03-22");
        event(
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans","Joint commissioning"]}""");
        event(
                id,
                """
                {"type":"WSOA_SUBMITTED","on":"2019-08-20"}""");
        String inspection = "/inspections/" + id;
        browser.get(inspection);

        // when the officer changes the report's received date to 16 May, saying why
        browser.click("a[href='" + inspection + "/entries/2/change']");
        assertThat(browser.path()).isEqualTo(inspection + "/entries/2/change");
        assertThat(browser.value("change-fields-on-day")).isEqualTo("14");
        browser.date("change-fields-on", LocalDate.of(2019, 5, 16));
        browser.type("change-reason", "The letter came on the 16th");
        browser.screenshot("inspection-change-step");
        browser.submit("main form");

        // then the WSoA is due two working days later, and the timeline says who, when and why
        assertThat(browser.path()).isEqualTo(inspection);
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("now due 23 August 2019 (was 21 August 2019)");
        assertThat(browser.text(".app-timeline"))
                .contains(
                        "Entry 2 (Report received on 14 May 2019) corrected",
                        "Reason: The letter came on the 16th",
                        "Recorded by Alex Admin");

        // when the officer withdraws the WSoA submission
        browser.click("a[href='" + inspection + "/entries/3/withdraw']");
        browser.type("withdraw-reason", "The draft was sent, not the statement");
        browser.submit("main form");

        // then the deadline and the stage reopen, and the submission is marked withdrawn
        assertThat(browser.path()).isEqualTo(inspection);
        assertThat(browser.text("#stage")).isEqualTo("Written Statement of Action due");
        assertThat(browser.text(".app-timeline"))
                .contains(
                        "Withdrawn",
                        "Entry 3 (WSoA submitted on 20 August 2019) withdrawn",
                        "Reason: The draft was sent, not the statement");
        assertThat(browser.all("#wsoa-submitted")).hasSize(1);
    }

    @Test
    void aStepThatClosesTheInspection_isConfirmedFirst_andCanBeWithdrawn() {
        String id = anInspection("2019-06-03", "2019-06-10", "2019-06-14");
        String inspection = "/inspections/" + id;
        browser.get(inspection);

        browser.date("report-received-on", LocalDate.of(2019, 7, 22));
        browser.choose("report-received-wsoa-required-2");
        browser.submit("#report-received");
        assertThat(browser.text("h1")).isEqualTo("Are you sure you want to close this inspection?");
        assertThat(browser.text(".govuk-warning-text")).contains("This step closes the inspection");
        browser.screenshot("inspection-confirm-closing");
        browser.submit("main form");
        assertThat(browser.text("#stage")).isEqualTo("Closed");

        browser.click("a[href='" + inspection + "/entries/2/withdraw']");
        browser.type("withdraw-reason", "Recorded from the draft letter");
        browser.submit("main form");
        assertThat(browser.text("#stage")).isEqualTo("Awaiting report");
    }

    @Test
    void aPublicationDateNotKnownWhenTheReportCame_isGivenLater_andEmptiedAgain_throughTheForm() {
        // given a report recorded as received without its publication date
        String id = anInspection("2019-09-02", "2019-09-09", "2019-09-13");
        event(
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2019-10-21","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
        String inspection = "/inspections/" + id;
        browser.get(inspection);

        // when the officer changes the step and gives the date it was published
        browser.click("a[href='" + inspection + "/entries/2/change']");
        assertThat(browser.text("main form"))
                .contains("When was the report published? (optional)", "Leave it empty");
        assertThat(browser.value("change-fields-published-on-day")).isEmpty();
        browser.date("change-fields-published-on", LocalDate.of(2019, 10, 24));
        browser.type("change-reason", "Published on the 24th");
        browser.submit("main form");

        // then the inspection knows it
        assertThat(browser.path()).isEqualTo(inspection);
        assertThat(
                        http.getJson("/api/inspections/" + id)
                                .get("keyDates")
                                .path("Report published")
                                .asText())
                .isEqualTo("2019-10-24");

        // when the officer empties it again: it was the draft's date
        browser.click("a[href='" + inspection + "/entries/2/change']");
        assertThat(browser.value("change-fields-published-on-day")).isEqualTo("24");
        browser.date("change-fields-published-on", "", "", "");
        browser.type("change-reason", "That was the draft's date");
        browser.submit("main form");

        // then the date is removed, and the timeline says so
        assertThat(browser.path()).isEqualTo(inspection);
        assertThat(http.getJson("/api/inspections/" + id).get("keyDates").has("Report published"))
                .isFalse();
        assertThat(browser.text(".app-timeline")).contains("Reason: That was the draft's date");
    }

    @Test
    void aReportOutcomeChosenWrongly_isCorrectedThroughTheForm_notWithdrawnAndRecordedAgain() {
        // given a 2023 report recorded as outcome 1 when the letter said outcome 3
        String id = anInspection("AREA_SEND_2023", "2023-06-05", "2023-06-19", "2023-07-07");
        event(
                id,
                """
                {"type":"REPORT_RECEIVED","on":"2023-09-14","outcome":1}""");
        String inspection = "/inspections/" + id;
        browser.get(inspection);

        // when the officer changes the report: outcome 3, with its area for priority action
        browser.click("a[href='" + inspection + "/entries/2/change']");
        assertThat(browser.text("main form"))
                .contains("What was the outcome?", "Areas for priority action (optional)");
        assertThat(browser.isChosen("change-fields-outcome")).isTrue();
        browser.choose("change-fields-outcome-3");
        browser.type("change-fields-weaknesses", "Joint commissioning");
        browser.type("change-reason", "Outcome 3 was misread as outcome 1");
        browser.submit("main form");

        // then a priority action plan is due, and the banner says what changed in words
        assertThat(browser.path()).isEqualTo(inspection);
        assertThat(browser.text("#stage")).isEqualTo("Priority action plan due");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("outcome 1 → 3, areas for priority action (none) → Joint commissioning");
    }

    private static String anInspection(String notifiedOn, String startsOn, String endsOn) {
        return anInspection("LASEND_2016", notifiedOn, startsOn, endsOn);
    }

    private static String anInspection(
            String framework, String notifiedOn, String startsOn, String endsOn) {
        return http.api(
                        "/api/inspections",
                        """
                        {"areaId":"corrigan","framework":"%s","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}"""
                                .formatted(framework, notifiedOn, startsOn, endsOn))
                .get("id")
                .asText();
    }

    private static void event(String id, String json) {
        http.api("/api/inspections/" + id + "/events", json);
    }
}
