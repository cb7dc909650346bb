package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * axe-core over every page, as a signed-in officer sees it and in its error states (every form sent
 * with errors, a closed inspection), at 320, 375 and 1280 CSS pixels wide: no serious or critical
 * violation anywhere, and no page scrolls sideways (WCAG 1.4.10, reflow). Each page at each width
 * is also saved as a screenshot for a person to look at.
 */
@ExtendWith(RunningSystem.class)
class AccessibilityBrowserTest {

    private static Browser browser;
    private static RunningSystem system;

    @BeforeAll
    static void openBrowser(RunningSystem running) {
        system = running;
        browser = Browser.open(running);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPage_atEveryWidth_hasNoSeriousOrCriticalViolation_andNoSidewaysScrolling() {
        String reminded = Scenarios.inspectionWithAReminderSent(system);
        AccessibilityScan a11y = new AccessibilityScan(browser, "a11y-");

        browser.get("/sign-in");
        a11y.scan("sign-in");
        browser.submit("main form");
        a11y.scan("sign-in-errors");

        String[][] pages = {
            {"dashboard-all", "/"},
            {"dashboard-cumbria", "/?areaId=cumbria"},
            {"areas", "/areas"},
            {"area-cheshire-east", "/areas/cheshire-east"},
            {"area-lancashire", "/areas/lancashire"},
            {"area-wessex", "/areas/wessex"},
            {"area-new-form", "/areas/new"},
            {"area-contacts-form", "/areas/cheshire-east/contacts"},
            {"inspection-new-form", "/inspections/new"},
            {"inspection-new-form-cumbria", "/inspections/new?areaId=cumbria"},
            {"inspection-barsetshire-wsoa-due", "/inspections/barsetshire-2022-12-05"},
            {"inspection-cumbria-history-illustrative", "/inspections/cumbria-2019-03-18"},
            {"inspection-lancashire-closed", "/inspections/lancashire-2017-11-13"},
            {"inspection-wessex-2023-with-email", "/inspections/" + reminded},
            {"account", "/account"},
            {"people", "/admin/people"},
            {"outbox", "/outbox"},
            {"not-found", "/inspections/nowhere-2020-01-01"},
            {"no-such-page", "/no-such-page"}
        };
        for (String[] page : pages) {
            browser.get(page[1]);
            a11y.scan(page[0]);
        }

        browser.get("/outbox");
        browser.click("main table a");
        a11y.scan("outbox-message");

        browser.get("/admin/people");
        browser.click("main table a");
        a11y.scan("person");
        browser.type("person-name", "");
        browser.submit("main form[method=post]");
        assertThat(browser.errorSummary()).isNotEmpty();
        a11y.scan("person-errors");

        browser.get("/areas/new");
        browser.submit("main form");
        a11y.scan("area-new-errors");

        browser.get("/areas/cheshire-east/contacts");
        browser.type("contacts-contacts-1-email", "not an address");
        browser.submit("main form");
        assertThat(browser.errorSummary()).isNotEmpty();
        a11y.scan("area-contacts-errors");

        browser.get("/areas/cheshire-east/contacts");
        browser.click("main form button[name='addAnother']");
        assertThat(browser.all("main form input[type=email]").size())
                .as("an empty row added")
                .isGreaterThan(1);
        a11y.scan("area-contacts-add-another");

        browser.get("/inspections/new");
        browser.submit("main form");
        assertThat(browser.errorSummary()).isNotEmpty();
        a11y.scan("inspection-new-errors");

        // putting the record right: "Change" and "Withdraw" on a timeline entry, each sent empty
        for (String entryForm : List.of("change", "withdraw")) {
            browser.get("/inspections/barsetshire-2022-12-05");
            browser.click(".app-timeline a[href$='/" + entryForm + "']");
            a11y.scan("inspection-entry-" + entryForm);
            browser.submit("main form");
            assertThat(browser.errorSummary()).as(entryForm).isNotEmpty();
            a11y.scan("inspection-entry-" + entryForm + "-errors");
        }

        // "Are you sure?" before a step that closes an inspection (not confirmed)
        String aboutToClose = inspectionAboutToClose();
        browser.get(aboutToClose);
        browser.date("report-received-on", LocalDate.of(2019, 7, 22));
        browser.choose("report-received-wsoa-required-2");
        browser.submit("#report-received");
        assertThat(browser.text("h1")).isEqualTo("Are you sure you want to close this inspection?");
        a11y.scan("inspection-confirm-closing");

        // a form someone else's step made stale: refused, with the inspection as it now is
        browser.get(aboutToClose);
        new Http(system)
                .api(
                        "/api" + aboutToClose + "/events",
                        """
                        {"type":"REPORT_RECEIVED","on":"2019-07-22","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
        browser.date("report-received-on", LocalDate.of(2019, 7, 23));
        browser.choose("report-received-wsoa-required");
        browser.type("report-received-weaknesses", "EHC plans");
        browser.submit("#report-received");
        assertThat(browser.errorSummary()).as("the stale form's refusal").isNotEmpty();
        a11y.scan("inspection-refused-stale-form");

        // every step an open inspection offers, sent empty: each form with its errors
        for (String inspection :
                List.of(
                        "/inspections/barsetshire-2022-12-05",
                        "/inspections/cumbria-2019-03-18",
                        "/inspections/" + reminded)) {
            browser.get(inspection);
            List<String> forms =
                    browser.all("section.app-action").stream()
                            .map(section -> section.getAttribute("id"))
                            .toList();
            for (String form : forms) {
                browser.get(inspection);
                browser.submit("#" + form);
                assertThat(browser.errorSummary()).as(inspection + " " + form).isNotEmpty();
                a11y.scan("inspection-errors-" + form);
            }
            browser.get(inspection);
            if (!browser.all("details.govuk-details[id] form").isEmpty()) {
                browser.one("details.govuk-details[id] summary").click();
                browser.submit("details.govuk-details[id]");
                assertThat(browser.errorSummary()).as(inspection + " override").isNotEmpty();
                a11y.scan("inspection-errors-override");
            }
        }

        // an officer's override reason, with a word longer than any screen is wide, on an
        // inspection's deadlines, its area's page and the dashboard
        String overridden = inspectionWithALongOverrideReason();
        browser.get(overridden);
        a11y.scan("inspection-long-override-reason");
        browser.get("/areas/longshire");
        a11y.scan("area-long-override-reason");
        browser.get("/?areaId=longshire");
        a11y.scan("dashboard-long-override-reason");

        browser.get("/signed-out");
        a11y.scan("signed-out");

        a11y.assertNoProblems();
    }

    /** A 2016 inspection of its own area, awaiting its report: the path of its page. */
    private static String inspectionAboutToClose() {
        Http http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"closeshire","name":"Closeshire","contacts":[
                  {"name":"Cy Lead","email":"lead@closeshire.example","role":"LEAD_OFFICER"}]}""");
        return "/inspections/"
                + http.api(
                                "/api/inspections",
                                """
                {"areaId":"closeshire","framework":"LASEND_2016","notifiedOn":"2019-06-03","startsOn":"2019-06-10","endsOn":"2019-06-14"}""")
                        .get("id")
                        .asText();
    }

    /**
     * A 2023 inspection of its own area (so no other test sees it) whose first deadline was moved
     * through the form, with a reason holding a 120-character word: the path of its page.
     */
    private static String inspectionWithALongOverrideReason() {
        Http http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"longshire","name":"Longshire","contacts":[
                  {"name":"Lee Long","email":"lead@longshire.example","role":"LEAD_OFFICER"}]}""");
        LocalDate today =
                LocalDate.ofInstant(
                        Instant.parse(http.getJson("/local/clock").get("now").asText()),
                        ZoneId.of("Europe/London"));
        String id =
                http.api(
                                "/api/inspections",
                                """
                {"areaId":"longshire","framework":"AREA_SEND_2023","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}"""
                                        .formatted(
                                                today.minusDays(40),
                                                today.minusDays(26),
                                                today.minusDays(12)))
                        .get("id")
                        .asText();
        http.api(
                "/api/inspections/" + id + "/events",
                """
                {"type":"REPORT_RECEIVED","on":"%s","outcome":3,"weaknesses":["Waiting times for assessments"]}"""
                        .formatted(today));
        String path = "/inspections/" + id;
        browser.get(path);
        browser.one("details#deadline-overridden summary").click();
        browser.script(
                "var select = document.getElementById('deadline-overridden-deadline');"
                        + " select.selectedIndex = select.options.length - 1");
        browser.date("deadline-overridden-due-on", today.plusDays(90));
        browser.type(
                "deadline-overridden-reason",
                "Agreed with Ofsted on the telephone, reference " + "X".repeat(120));
        browser.submit("details#deadline-overridden");
        assertThat(browser.errorSummary()).as("the override form's errors").isEmpty();
        assertThat(browser.mainText()).contains("X".repeat(120));
        return path;
    }
}
