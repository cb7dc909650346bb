package org.sendtracker.http.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.rules.DeadlineKind.WSOA_SUBMISSION;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.infrastructure.rules.RuleBookFiles;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.KeyDates;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.Framework;

/**
 * The calendar feed: deadlines and an inspection's days as all-day events whose UID stays while a
 * corrected date moves them (SEQUENCE rises).
 */
class DeadlineCalendarTest {

    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());

    @Test
    void eachDeadline_isAnAllDayEvent_withAStableUid_andItsRuleAndStatus() {
        DeadlineRow row =
                new DeadlineRow(
                        "cumbria",
                        "Cumbria",
                        "cumbria-2019-03-18",
                        "WSOA_SUBMISSION",
                        "Written Statement of Action submission",
                        LocalDate.of(2019, 8, 21),
                        DeadlineStatus.OPEN,
                        LocalDate.of(2019, 8, 1),
                        "70 working days after the report was received",
                        "SI 2015/1792",
                        ContactRole.LEAD_OFFICER,
                        Stage.WSOA_DUE,
                        LocalDate.of(2019, 8, 21),
                        null,
                        null,
                        null,
                        DayCount.WORKING_DAYS,
                        DateSetter.COUNCIL,
                        null);

        String ics =
                DeadlineCalendar.render(
                        "SEND deadlines: Cumbria",
                        List.of(
                                new DeadlineCalendar.Entry(
                                        row, 2, Instant.parse("2019-05-14T10:00:00Z"))),
                        "https://tracker.example");

        assertThat(ics)
                .contains(
                        "BEGIN:VCALENDAR\r\n",
                        "X-WR-CALNAME:SEND deadlines: Cumbria\r\n",
                        "DTSTART;VALUE=DATE:20190821\r\n",
                        "DTEND;VALUE=DATE:20190822\r\n",
                        "SUMMARY:[Cumbria] Written Statement of Action submission\r\n",
                        "UID:WSOA_SUBMISSION.cumbria-2019-03-18@sendtracker\r\n",
                        "DTSTAMP:20190514T100000Z\r\n",
                        "SEQUENCE:2\r\n",
                        "URL:https://tracker.example/inspections/cumbria-2019-03-18\r\n",
                        "STATUS:CONFIRMED\r\n");
        assertThat(ics.replace("\r\n ", ""))
                .contains(
                        "DESCRIPTION:Status: Open (Due in 20 days)\\nRule: 70 working days after the report was received\\n");
        assertThat(ics).doesNotContain("METHOD:");
    }

    @Test
    void aBoardReportsEvent_namesTheBoardAndWhomItReportsTo_fromItsRule() {
        // an area may have two boards reporting on one day: "Board report" alone cannot tell them
        Deadline report =
                new Deadline(
                        "BOARD_REPORT-improvement-board-2019-09-11",
                        DeadlineKind.BOARD_REPORT,
                        LocalDate.of(2019, 9, 11),
                        LocalDate.of(2019, 9, 11),
                        null,
                        null,
                        false,
                        "SEND Improvement Board's report to the Health, Care and Wellbeing Board,"
                                + " every 2 months from 10 July 2019 until 8 January 2020",
                        "The board's terms of reference, as recorded with the board",
                        ContactRole.LEAD_OFFICER,
                        List.of(),
                        NOTIFIED_AT,
                        DateSetter.COUNCIL,
                        DayCount.WORKING_DAYS,
                        null);
        DeadlineRow row =
                DeadlineRow.of(
                        "cumbria",
                        "Cumbria",
                        "cumbria-2019-03-18",
                        Stage.MONITORING,
                        report,
                        LocalDate.of(2019, 8, 1),
                        CALENDAR);

        String ics =
                DeadlineCalendar.render(
                        "SEND deadlines: Cumbria",
                        List.of(new DeadlineCalendar.Entry(row, 1, NOTIFIED_AT)),
                        BASE);

        assertThat(row.what())
                .isEqualTo(
                        "SEND Improvement Board's report to the Health, Care and Wellbeing Board");
        assertThat(unfolded(ics))
                .contains(
                        "SUMMARY:[Cumbria] SEND Improvement Board's report to the Health\\, Care"
                                + " and Wellbeing Board\r\n");
    }

    @Test
    void aFeedWithNothingInIt_isStillAValidCalendar_carryingOnlyTheServicesTimeZone()
            throws Exception {
        // when an area has no deadline and no inspection day to show
        String ics = DeadlineCalendar.render("SEND deadlines: Cumbria", List.of(), BASE);

        // then it reads back as a calendar RFC 5545 accepts: one component, the time zone
        Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
        assertThat(parsed.validate().getEntries()).isEmpty();
        assertThat(parsed.getComponents()).hasSize(1);
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\n", "TZID:Europe/London\r\n");
        assertThat(ics).doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void aFeedWithEvents_carriesNoTimeZone() {
        String ics =
                DeadlineCalendar.render(
                        "SEND deadlines: Cumbria",
                        List.of(),
                        InspectionDays.of(cumbria(), "Cumbria"),
                        BASE);

        assertThat(ics).contains("BEGIN:VEVENT").doesNotContain("BEGIN:VTIMEZONE");
    }

    private static final String BASE = "https://tracker.example";
    private static final Instant NOTIFIED_AT = Instant.parse("2019-03-11T10:00:00Z");

    @Test
    void anInspectionsDays_onSiteTheRevisitsArrivalAndItsExpectedReport_areAllDayEvents() {
        // given Cumbria on site 18 to 22 March 2019, its revisit notified 8 March 2021
        Inspection inspection =
                cumbria()
                        .change()
                        .keyDate(KeyDates.REVISIT_NOTIFIED, LocalDate.of(2021, 3, 8))
                        .keyDate(KeyDates.REVISIT_STARTS, LocalDate.of(2021, 3, 22))
                        .keyDate(KeyDates.REVISIT_REPORT_EXPECTED, LocalDate.of(2021, 4, 24))
                        .recordedAt(Instant.parse("2021-03-08T10:00:00Z"));

        // when
        String ics = render(inspection);

        // then
        assertThat(event(ics, "on-site.cumbria-2019-03-18@sendtracker"))
                .contains(
                        "DTSTART;VALUE=DATE:20190318\r\n",
                        "DTEND;VALUE=DATE:20190323\r\n",
                        "SUMMARY:[Cumbria] Inspectors on site\r\n",
                        "SEQUENCE:2\r\n",
                        "URL:https://tracker.example/inspections/cumbria-2019-03-18\r\n");
        assertThat(unfolded(event(ics, "on-site.cumbria-2019-03-18@sendtracker")))
                .contains(
                        "DESCRIPTION:Local area SEND inspection (2016 framework): inspectors on site from 18 March 2019 to 22 March 2019 (notified 11 March 2019).\\nhttps://tracker.example/inspections/cumbria-2019-03-18\r\n");
        assertThat(event(ics, "revisit-arrival.cumbria-2019-03-18@sendtracker"))
                .contains(
                        "DTSTART;VALUE=DATE:20210322\r\n",
                        "DTEND;VALUE=DATE:20210323\r\n",
                        "SUMMARY:[Cumbria] Revisit: inspectors arrive\r\n");
        assertThat(event(ics, "revisit-report.cumbria-2019-03-18@sendtracker"))
                .contains(
                        "DTSTART;VALUE=DATE:20210424\r\n",
                        "SUMMARY:[Cumbria] Revisit report expected\r\n");
        assertThat(ics).doesNotContain("monitoring-inspection-arrival");
    }

    @Test
    void theRevisitReportReceived_movesTheExpectedReportsEvent_keepingItsUid() {
        Inspection expected =
                cumbria()
                        .change()
                        .keyDate(KeyDates.REVISIT_REPORT_EXPECTED, LocalDate.of(2021, 4, 24))
                        .recordedAt(Instant.parse("2021-03-08T10:00:00Z"));
        Inspection received =
                expected.change()
                        .keyDate(KeyDates.REVISIT_REPORT_RECEIVED, LocalDate.of(2021, 4, 30))
                        .recordedAt(Instant.parse("2021-04-30T10:00:00Z"));

        String before = event(render(expected), "revisit-report.cumbria-2019-03-18@sendtracker");
        String after = event(render(received), "revisit-report.cumbria-2019-03-18@sendtracker");

        assertThat(before).contains("DTSTART;VALUE=DATE:20210424\r\n", "SEQUENCE:2\r\n");
        assertThat(after)
                .contains(
                        "DTSTART;VALUE=DATE:20210430\r\n",
                        "SUMMARY:[Cumbria] Revisit report received\r\n",
                        "SEQUENCE:3\r\n");
    }

    @Test
    void aChangedDueDate_keepsTheEventsUid_andRaisesItsSequence() {
        // given a WSoA due 21 August 2019, then moved to 4 September with a reason
        DeadlineRule rule = RuleBookFiles.builtIn().rule(Framework.LASEND_2016, WSOA_SUBMISSION);
        Instant received = Instant.parse("2019-05-14T16:00:00Z");
        Inspection due =
                cumbria()
                        .change()
                        .addDeadline(
                                Deadline.counted(
                                        "WSOA_SUBMISSION",
                                        rule,
                                        LocalDate.of(2019, 5, 14),
                                        CALENDAR,
                                        received))
                        .recordedAt(received);
        Instant movedAt = Instant.parse("2019-08-19T09:00:00Z");
        Inspection moved =
                due.change()
                        .deadline(
                                "WSOA_SUBMISSION",
                                d ->
                                        d.overridden(
                                                LocalDate.of(2019, 9, 4),
                                                "Extension agreed with Ofsted",
                                                movedAt))
                        .recordedAt(movedAt);

        // when
        String uid = "WSOA_SUBMISSION.cumbria-2019-03-18@sendtracker";
        String before = event(render(due), uid);
        String after = event(render(moved), uid);

        // then
        assertThat(before).contains("DTSTART;VALUE=DATE:20190821\r\n", "SEQUENCE:2\r\n");
        assertThat(after)
                .contains(
                        "DTSTART;VALUE=DATE:20190904\r\n",
                        "SEQUENCE:3\r\n",
                        "DTSTAMP:20190819T090000Z\r\n");
        assertThat(sequence(after)).isGreaterThan(sequence(before));
    }

    private static Inspection cumbria() {
        return Inspection.notified(
                new InspectionId("cumbria-2019-03-18"),
                new AreaId("cumbria"),
                Framework.LASEND_2016,
                LocalDate.of(2019, 3, 11),
                LocalDate.of(2019, 3, 18),
                LocalDate.of(2019, 3, 22),
                NOTIFIED_AT);
    }

    /** The feed of one inspection, as the controller builds it. */
    private static String render(Inspection inspection) {
        List<DeadlineCalendar.Entry> entries =
                inspection.deadlines().stream()
                        .map(
                                d ->
                                        new DeadlineCalendar.Entry(
                                                DeadlineRow.of(
                                                        "cumbria",
                                                        "Cumbria",
                                                        inspection.id().value(),
                                                        inspection.stage(),
                                                        d,
                                                        LocalDate.of(2019, 8, 1),
                                                        CALENDAR),
                                                inspection.version(),
                                                inspection.updatedAt()))
                        .toList();
        return DeadlineCalendar.render(
                "SEND deadlines: Cumbria", entries, InspectionDays.of(inspection, "Cumbria"), BASE);
    }

    /** The VEVENT with {@code uid}, as folded lines. */
    private static String event(String ics, String uid) {
        for (String event : ics.split("BEGIN:VEVENT\r\n")) {
            if (event.contains("UID:" + uid + "\r\n")) {
                return event.substring(0, event.indexOf("END:VEVENT"));
            }
        }
        throw new AssertionError("no event " + uid + " in\n" + ics);
    }

    private static int sequence(String event) {
        Matcher m = Pattern.compile("SEQUENCE:(\\d+)").matcher(event);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    private static String unfolded(String text) {
        return text.replace("\r\n ", "");
    }
}
