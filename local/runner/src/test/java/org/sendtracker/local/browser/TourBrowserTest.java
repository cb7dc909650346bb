package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sendtracker.shared.Html;

/**
 * The README's tour, taken by a newcomer on a fresh store: what the first screen shows, an
 * inspection in progress and one from history, a form refusing a date, the five-minute try (record
 * a WSoA submission, move the clock a month, read the email), the calendar feed as a calendar app
 * lists it, and a real council's improvement plan. The system is its own, with the clock starting
 * on Monday 23 November 2026 and links to a fixed clock, so the screenshots it writes to {@code
 * docs/screenshots} show the same dates and addresses whenever the suite runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TourBrowserTest {

    private static final String CLOCK_START = "2026-11-23T09:00:00Z";
    private static final List<String> REAL_COUNCILS =
            List.of("Cumbria", "Lancashire", "Cheshire East");

    private static RunningSystem system;
    private static Browser browser;
    private static Http http;

    @BeforeAll
    static void start() {
        system =
                RunningSystem.start(
                        Map.of(
                                "sendtracker.local.clock-start",
                                CLOCK_START,
                                "sendtracker.local.timer-pump",
                                "off"));
        browser = Browser.open(system);
        http = new Http(system);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            system.close();
        }
    }

    @Test
    @Order(1)
    void onAFreshStore_theDashboardShowsDeadlinesDueInTheNext8Weeks_andNoRealCouncilOverdue() {
        browser.get("/");

        assertThat(browser.text("#upcoming")).doesNotStartWith("Due in the next 8 weeks 0 ");
        String upcoming = browser.text("#upcoming + .app-table-wrapper");
        assertThat(upcoming)
                .contains(
                        "Barsetshire (fictional)",
                        "Written Statement of Action submission",
                        "17 December 2026",
                        "Wyvern Vale (fictional)",
                        "Priority action plan submission",
                        "3 December 2026");
        assertThat(browser.text("#overdue")).startsWith("Overdue or not recorded yet 0 deadlines");
        for (String council : REAL_COUNCILS) {
            assertThat(upcoming).doesNotContain(council);
            assertThat(browser.text("#inspections + p + .app-table-wrapper"))
                    .as("in progress")
                    .doesNotContain(council);
        }
        browser.docsScreenshot("dashboard", 2100);
    }

    @Test
    @Order(2)
    void aRealCouncilsInspection_isHistory_withEachIllustrativeStepTaggedOnThePage() {
        browser.get("/inspections/cumbria-2019-03-18");

        assertThat(browser.text("#stage")).isEqualTo("Closed");
        assertThat(browser.text("#illustrative"))
                .isEqualTo(
                        "Steps tagged Illustrative in the timeline are examples, not a record of what happened.");
        String timeline = browser.text(".app-timeline");
        assertThat(timeline)
                .contains(
                        "WSoA judged fit for purpose on 18 October 2019",
                        "Note: On record: the revised WSoA was approved on 18 October 2019",
                        "Cumbria County Council was replaced by Cumberland and Westmorland and Furness councils on 1 April 2023");
        assertThat(browser.all(".app-timeline__item .govuk-tag--yellow")).hasSize(9);
        assertThat(browser.text("#deadlines + .app-table-wrapper")).doesNotContain("Overdue");
        browser.docsScreenshot("inspection-history", 1300, "#timeline");
    }

    @Test
    @Order(3)
    void
            anInspectionInProgress_showsItsDeadline_andTheFormForItsNextStep_whichRefusesAFutureDate() {
        browser.get("/inspections/barsetshire-2022-12-05");
        assertThat(browser.text("#deadlines + .app-table-wrapper"))
                .contains(
                        "Written Statement of Action submission",
                        "17 December 2026",
                        "70 working days after the report was received");
        browser.docsScreenshot("inspection", 1400);

        browser.date("wsoa-submitted-on", "1", "12", "2026");
        browser.submit("#wsoa-submitted");

        assertThat(browser.errorSummary())
                .extracting(link -> link[0] + " " + link[1])
                .containsExactly(
                        "#wsoa-submitted-on-day The date the WSoA was submitted must be today or in the past");
        browser.docsScreenshot("form-error", 1700);
    }

    @Test
    @Order(5)
    void inFiveMinutes_recordAWsoaSubmission_moveTheClockAMonth_andReadTheReminder() {
        browser.get("/inspections/barsetshire-2022-12-05");
        browser.date("wsoa-submitted-on", LocalDate.of(2026, 11, 23));
        browser.submit("#wsoa-submitted");
        assertThat(browser.text("#stage")).isEqualTo("WSoA under review");

        http.api("/local/clock", "{\"advance\":\"P30D\"}");
        browser.get("/outbox");

        String outbox = browser.text("main table");
        assertThat(outbox)
                .contains(
                        "[Wyvern Vale (fictional)] Priority action plan submission due in 5 working days: 3 December 2026",
                        "[Midsomer (fictional)] Monitoring inspection notified: inspectors arrive 7 December 2026")
                .doesNotContain("[Barsetshire (fictional)]");
        for (String council : REAL_COUNCILS) {
            assertThat(outbox).doesNotContain("[" + council + "]");
        }
        browser.docsScreenshot("outbox", 1200);

        browser.clickLink(
                "[Wyvern Vale (fictional)] Priority action plan submission due in 5 working days: 3 December 2026");
        assertThat(browser.mainText()).contains("send.lead@wyvernvale.example", "3 December 2026");
        browser.docsScreenshot("reminder-email", 1400);
    }

    @Test
    @Order(4)
    void theCalendarFeed_listsOneAllDayEventPerDeadline_asACalendarAppShowsIt() throws Exception {
        String ics = http.get("/areas/wyvern-vale/calendar.ics").body();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events)
                .extracting(event -> event.getSummary().orElseThrow().getValue())
                .contains("[Wyvern Vale (fictional)] Priority action plan submission");

        String name =
                ics.lines()
                        .filter(line -> line.startsWith("X-WR-CALNAME:"))
                        .findFirst()
                        .orElseThrow()
                        .substring(13);
        assertThat(name).isEqualTo("SEND deadlines: Wyvern Vale (fictional)");
        browser.show(agenda(name, events));
        browser.docsScreenshot("calendar", 900);
    }

    @Test
    @Order(6)
    void aRealCouncilsImprovementPlan_listsItsBoards_andEachAreaOfWeaknessWithItsMeasures() {
        browser.get("/inspections/lancashire-2017-11-13/plan");

        assertThat(browser.text("h1")).isEqualTo("Improvement plan");
        assertThat(browser.mainText())
                .contains(
                        "Lancashire Health and Wellbeing Board",
                        "SEND Improvement Board",
                        "Percentage of EHC plans issued within 20 weeks",
                        "Autism assessment waiting time");
        browser.docsScreenshot("plan", 1600);
    }

    /**
     * The feed's events as a calendar app's agenda: date, "All day", the title, and the description
     * under it.
     */
    private static String agenda(String name, List<VEvent> events) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
        StringBuilder html =
                new StringBuilder(
                                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                        .append(Html.escape(name))
                        .append(
                                "</title><style>body{font-family:Arial,sans-serif;margin:24px;color:#0b0c0c}"
                                        + "h1{font-size:22px;margin:0 0 4px}p.sub{color:#505a5f;margin:0 0 16px}"
                                        + ".ev{display:flex;border-top:1px solid #b1b4b6;padding:10px 0}.d{width:150px;font-weight:bold}"
                                        + ".t{width:70px;color:#505a5f}.s{flex:1}.x{color:#505a5f;font-size:14px;white-space:pre-line;margin-top:4px}"
                                        + ".bar{border-left:6px solid #1d70b8;padding-left:10px}</style></head><body>")
                        .append("<h1>")
                        .append(Html.escape(name))
                        .append(
                                "</h1><p class=\"sub\">Subscribed calendar, as a calendar app lists it</p>");
        events.stream()
                .sorted(
                        Comparator.comparing(
                                event -> event.getDateTimeStart().orElseThrow().getValue()))
                .forEach(
                        event -> {
                            LocalDate date =
                                    LocalDate.parse(
                                            event.getDateTimeStart().orElseThrow().getValue(),
                                            DateTimeFormatter.BASIC_ISO_DATE);
                            html.append("<div class=\"ev\"><div class=\"d\">")
                                    .append(day.format(date))
                                    .append("</div><div class=\"t\">All day</div>")
                                    .append("<div class=\"s bar\">")
                                    .append(
                                            Html.escape(
                                                    event.getSummary().orElseThrow().getValue()))
                                    .append("<div class=\"x\">")
                                    .append(
                                            Html.escape(
                                                    event.getDescription()
                                                            .map(d -> d.getValue())
                                                            .orElse("")))
                                    .append("</div></div></div>");
                        });
        return html.append("</body></html>").toString();
    }
}
