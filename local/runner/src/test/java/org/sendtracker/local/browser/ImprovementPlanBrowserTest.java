package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The improvement plan's pages (docs/boards.md) in a browser: a board, an action and a measure
 * value entered through the forms, each first refused and put right, then a progress report issued
 * and the action removed (asked first); axe finds no serious or critical violation on any of the
 * new pages, with or without errors, at 320, 375 and 1280 CSS pixels wide.
 */
@ExtendWith(RunningSystem.class)
class ImprovementPlanBrowserTest {

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
    void anActionAMeasureValueAndAReport_enteredThroughTheForms_withNoSeriousAxeViolation() {
        Http http = new Http(system);
        LocalDate today = today(http);
        String id = anInspectionWithTwoWeaknesses(http, today);
        String plan = "/inspections/" + id + "/plan";
        AccessibilityScan a11y = new AccessibilityScan(browser, "plan-");

        browser.get("/inspections/" + id);
        browser.click("#improvement-plan");
        assertThat(browser.path()).isEqualTo(plan);
        assertThat(browser.mainText()).contains("No boards are recorded yet.");
        a11y.scan("plan-empty");

        // A board: refused without a name or kind, then saved with a cadence.
        browser.clickLink("Add a board");
        a11y.scan("board-new");
        browser.submit("main form");
        assertThat(browser.errorSummary())
                .containsExactly(
                        new String[] {"#board-name", "Enter the board's name"},
                        new String[] {"#board-kind", "Enter the kind of board"});
        a11y.scan("board-new-errors");
        browser.type("board-name", "SEND Improvement Board");
        browser.choose("board-kind");
        browser.choose("board-members");
        browser.choose("board-cadence-kind-2");
        browser.type("board-cadence-every", "2");
        browser.date("board-cadence-from", today.plusDays(20));
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo(plan);
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("Board added: SEND Improvement Board; reports due every 2 months");
        assertThat(browser.text("#board-send-improvement-board")).contains("Plan Lead");

        // An action: refused with its date left half done, then saved, and shown overdue.
        browser.click("a[href='" + plan + "/actions/new?weakness=1']");
        a11y.scan("action-new");
        browser.type("action-title", "Publish the joint SEND strategy");
        browser.date("action-due-on", "3", "", "2026");
        browser.submit("main form");
        assertThat(browser.errorSummary())
                .containsExactly(
                        new String[] {"#action-owner", "Enter who owns the action"},
                        new String[] {
                            "#action-due-on-month",
                            "The date the action is due must include a month"
                        });
        assertThat(browser.value("action-title")).isEqualTo("Publish the joint SEND strategy");
        a11y.scan("action-new-errors");
        browser.type("action-owner", "Director of children's services");
        browser.date("action-due-on", today.minusDays(3));
        browser.choose("action-progress-2");
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo(plan);
        assertThat(browser.text("#action-1")).contains("Overdue");
        browser.click("a[href='" + plan + "/actions/action-1']");
        assertThat(browser.value("action-owner")).isEqualTo("Director of children's services");
        a11y.scan("action-change");
        browser.get(plan);

        // A measure, then a value: refused as not a number, then recorded.
        browser.click("a[href='" + plan + "/measures/new?weakness=1']");
        a11y.scan("measure-new");
        browser.submit("main form");
        assertThat(browser.errorSummary())
                .extracting(e -> e[0])
                .containsExactly(
                        "#measure-name",
                        "#measure-unit",
                        "#measure-direction",
                        "#measure-baseline",
                        "#measure-baseline-on-day",
                        "#measure-target");
        a11y.scan("measure-new-errors");
        browser.type("measure-name", "EHC plans issued within 20 weeks");
        browser.type("measure-unit", "%");
        browser.choose("measure-direction");
        browser.type("measure-baseline", "41.5");
        browser.date("measure-baseline-on", today.minusDays(60));
        browser.type("measure-target", "60");
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo(plan);
        browser.click("a[href='" + plan + "/measures/measure-1/values']");
        a11y.scan("value-new");
        browser.date("value-on", today);
        browser.type("value-value", "about 50");
        browser.submit("main form");
        assertThat(browser.errorSummary()).hasSize(1);
        assertThat(browser.errorSummary().get(0)[0]).isEqualTo("#value-value");
        a11y.scan("value-new-errors");
        browser.type("value-value", "52.3");
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo(plan);
        assertThat(browser.text("#measure-1")).contains("52.3% on");
        a11y.scan("plan-filled");
        browser.click("a[href='" + plan + "/measures/measure-1']");
        assertThat(browser.value("measure-name")).isEqualTo("EHC plans issued within 20 weeks");
        a11y.scan("measure-change");
        browser.get(plan);

        // A report presented to the board, then the progress report issued to it.
        browser.click("a[href='" + plan + "/boards/send-improvement-board/reports']");
        a11y.scan("report-presented");
        browser.submit("main form");
        assertThat(browser.errorSummary())
                .containsExactly(
                        new String[] {
                            "#report-presented-on-day", "Enter the date it was presented"
                        });
        a11y.scan("report-presented-errors");
        browser.get(plan);
        browser.clickLink("Issue a progress report");
        a11y.scan("issue");
        browser.submit("main form");
        assertThat(browser.errorSummary()).extracting(e -> e[0]).containsExactly("#issue-board");
        a11y.scan("issue-errors");
        browser.choose("issue-board");
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo("/inspections/" + id + "/progress-reports/1");
        JsonNode issued = http.getJson("/api/inspections/" + id + "/progress-reports");
        assertThat(issued.toString()).contains("SEND Improvement Board");

        // The action taken off the plan: asked first, "No" goes back, "Yes" removes it.
        browser.get(plan);
        browser.click("a[href='" + plan + "/actions/action-1/remove']");
        assertThat(browser.mainText())
                .contains(
                        "Are you sure you want to remove this action?",
                        "Publish the joint SEND strategy");
        a11y.scan("action-remove");
        browser.clickLink("No, go back to the improvement plan");
        assertThat(browser.path()).isEqualTo(plan);
        assertThat(browser.text("#action-1")).contains("Publish the joint SEND strategy");
        browser.click("a[href='" + plan + "/boards/send-improvement-board/remove']");
        a11y.scan("board-remove");
        browser.get(plan);
        browser.click("a[href='" + plan + "/actions/action-1/remove']");
        browser.submit("main form");
        assertThat(browser.path()).isEqualTo(plan);
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("Action removed for area of weakness 1: Publish the joint SEND strategy");
        assertThat(http.getJson("/api/inspections/" + id + "/plan").get("actions")).isEmpty();

        a11y.assertNoProblems();
    }

    private static LocalDate today(Http http) {
        return LocalDate.ofInstant(
                Instant.parse(http.getJson("/local/clock").get("now").asText()),
                ZoneId.of("Europe/London"));
    }

    /** A 2023 inspection of an area of its own, outcome 3 with two areas for priority action. */
    private static String anInspectionWithTwoWeaknesses(Http http, LocalDate today) {
        http.api(
                "/api/areas",
                """
                {"id":"planshire","name":"Planshire","contacts":[
                  {"name":"Plan Lead","email":"lead@planshire.example","role":"LEAD_OFFICER"},
                  {"name":"Pat Director","email":"dcs@planshire.example","role":"DIRECTOR_OF_CHILDRENS_SERVICES"}]}""");
        String id =
                http.api(
                                "/api/inspections",
                                """
                {"areaId":"planshire","framework":"AREA_SEND_2023","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}"""
                                        .formatted(
                                                today.minusDays(40),
                                                today.minusDays(26),
                                                today.minusDays(12)))
                        .get("id")
                        .asText();
        http.api(
                "/api/inspections/" + id + "/events",
                """
                {"type":"REPORT_RECEIVED","on":"%s","outcome":3,
                 "weaknesses":["Timeliness of EHC plans","Autism assessment waiting times"]}"""
                        .formatted(today));
        return id;
    }
}
