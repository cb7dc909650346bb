package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;

/**
 * Emails that did not reach anyone. One whose sending was interrupted (the process died between
 * claiming it and hearing from SES) is never sent again, so that it cannot arrive twice; the
 * inspection's page says plainly that its delivery is not confirmed, rather than showing it as sent
 * or leaving it "sending" for ever. The dashboard lists those and the ones that failed, so that an
 * officer sees them where they look first.
 */
@ExtendWith(RunningSystem.class)
class UndeliveredEmailsPagesTest {

    @Test
    void anEmailLeftSending_isShownAsNotConfirmed_onceItsSenderMustHaveStopped(
            RunningSystem system) {
        Http http = new Http(system);
        InspectionId id = anInspectionOf(http, "ambridge", "Ambridge");
        NoticeLedger ledger = system.system().context().getBean(NoticeLedger.class);
        Instant now = system.system().context().getBean(Clock.class).instant();
        ledger.claim(
                id,
                email(
                        "interrupted",
                        now.minus(SentEmail.INTERRUPTED_AFTER).minus(Duration.ofMinutes(1)),
                        "Long ago"));
        ledger.claim(id, email("in-flight", now.minusSeconds(30), "Just now"));

        String page = http.asBrowser("GET", "/inspections/ambridge-2019-03-18").body();

        assertThat(page)
                .contains(
                        "Email: Long ago",
                        "Not confirmed",
                        "was interrupted, so it may not have arrived",
                        "It is not sent again, to avoid a duplicate: check with the recipients.");
        assertThat(page).contains("Email: Just now", "Sending since ");
    }

    @Test
    void theDashboard_listsWhatDidNotReachAnyone_inTheAreaShown_withTheWayToTheInspection(
            RunningSystem system) {
        InspectionId id = anInspectionOf(new Http(system), "borchester", "Borchester");
        NoticeLedger ledger = system.system().context().getBean(NoticeLedger.class);
        Instant now = system.system().context().getBean(Clock.class).instant();
        SentEmail claim =
                email(
                        "escalation",
                        now.minus(Duration.ofHours(2)),
                        "Overdue: the WSoA for Borchester");
        ledger.claim(id, claim);
        ledger.settle(
                id,
                claim.failed(
                        "no contact holds the role this notice is for: add one on the area's page",
                        now.minus(Duration.ofHours(2)),
                        0));
        ledger.claim(
                id,
                email(
                        "stuck",
                        now.minus(Duration.ofHours(1)),
                        "Reminder: the WSoA for Borchester"));

        try (Browser browser = Browser.open(system)) {
            browser.get("/?areaId=borchester");
            assertThat(browser.text(".govuk-notification-banner__heading"))
                    .contains("2 emails in the last 30 days did not reach anyone");
            assertThat(browser.text("#undelivered"))
                    .contains(
                            "Borchester: Overdue: the WSoA for Borchester. Not sent on",
                            "no contact holds the role this notice is for: add one on the area's page",
                            "Borchester: Reminder: the WSoA for Borchester. Not confirmed: sending began on");
            assertThat(Browser.seriousOrCritical(browser.axe()))
                    .as("axe on the dashboard with its warning")
                    .isEmpty();
            browser.screenshot("dashboard-undelivered");
            browser.click("#undelivered a[href='/inspections/borchester-2019-03-18#timeline']");
            assertThat(browser.path()).isEqualTo("/inspections/borchester-2019-03-18");
            browser.get("/?areaId=cumbria");
            assertThat(browser.all("#undelivered")).as("another area's dashboard").isEmpty();

            // once the failed escalation has been followed up, an officer says so and it leaves the
            // list
            browser.get("/?areaId=borchester");
            assertThat(browser.text("#undelivered li:nth-of-type(2)"))
                    .contains("Overdue: the WSoA for Borchester");
            browser.submit("#undelivered li:nth-of-type(2)");
            assertThat(browser.url()).endsWith("/?areaId=borchester&dealtWith=1");
            assertThat(browser.text(".govuk-notification-banner--success"))
                    .contains("Marked as dealt with");
            assertThat(browser.text("#undelivered"))
                    .contains("Reminder: the WSoA for Borchester")
                    .doesNotContain("Overdue: the WSoA");
            browser.screenshot("dashboard-dealt-with");
            browser.get("/inspections/borchester-2019-03-18");
            assertThat(browser.text(".app-timeline")).contains("Dealt with by Alex Admin on ");
        }
    }

    @Test
    void markingAsDealtWith_needsSignIn_andAnUnknownEmailGetsAClearPage(RunningSystem system) {
        Http http = new Http(system);
        InspectionId id = anInspectionOf(http, "felpersham", "Felpersham");
        Instant now = system.system().context().getBean(Clock.class).instant();
        NoticeLedger ledger = system.system().context().getBean(NoticeLedger.class);
        SentEmail claim =
                email("failed", now.minus(Duration.ofHours(2)), "Overdue: the WSoA for Felpersham");
        ledger.claim(id, claim);
        ledger.settle(id, claim.failed("refused", now.minus(Duration.ofHours(2)), 3));
        Map<String, String> form =
                Map.of("inspectionId", id.value(), "key", "failed", "areaId", "felpersham");

        HttpResponse<String> anonymous = http.form("/emails/dealt-with", form, null);
        HttpResponse<String> unknown =
                http.form(
                        "/emails/dealt-with",
                        Map.of("inspectionId", id.value(), "key", "no-such-email"),
                        "admin");

        // the answers go on (307, same body) to be kept through the sign-in; nothing is written
        assertThat(anonymous.statusCode()).isEqualTo(307);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValue("/sign-in/keep?action=%2Femails%2Fdealt-with&page=%2F");
        assertThat(ledger.email(id, "failed").orElseThrow().dealtWith())
                .as("nothing marked without sign-in")
                .isNull();
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body())
                .contains(
                        "The email could not be marked as dealt with",
                        "There is no email 'no-such-email' of inspection 'felpersham-2019-03-18'.");
    }

    /** A new area with a lead officer, and its 2019 inspection awaiting the report. */
    private static InspectionId anInspectionOf(Http http, String areaId, String name) {
        http.api(
                "/api/areas",
                """
                {"id":"%s","name":"%s","contacts":[{"name":"Lead","email":"lead@%s.example","role":"LEAD_OFFICER"}]}"""
                        .formatted(areaId, name, areaId));
        http.api(
                "/api/inspections",
                """
                {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}"""
                        .formatted(areaId));
        return new InspectionId(areaId + "-2019-03-18");
    }

    private static SentEmail email(String key, Instant at, String subject) {
        return new SentEmail(
                key,
                SentEmail.Status.SENDING,
                at,
                List.of("lead@ambridge.example"),
                List.of(),
                subject,
                null,
                null,
                0,
                null);
    }
}
