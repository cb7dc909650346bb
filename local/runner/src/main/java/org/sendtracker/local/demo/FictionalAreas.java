package org.sendtracker.local.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.sendtracker.calendar.WorkingDayCalendar;

/**
 * Three fictional areas whose inspections are dated from the day the demo was loaded, so the first
 * screen always shows work in progress whatever the clock says: a 2016-framework WSoA due in a few
 * weeks, a 2023-framework outcome 3 with its priority action plan due soon, and one in monitoring
 * whose monitoring inspection has just been notified (its briefing goes out the morning of the
 * notice). Every step is marked illustrative; the names say "(fictional)", and so does every email
 * about them.
 */
final class FictionalAreas {

    /**
     * Inspections under the 2016 framework ended in December 2022: a later fictional visit is
     * placed here.
     */
    static final LocalDate LAST_LASEND_VISIT = LocalDate.of(2022, 12, 5);

    /**
     * WSoA due 70 working days after the report: 52 days ago leaves 18, about three and a half
     * weeks.
     */
    private static final int WSOA_REPORT_WORKING_DAYS_AGO = 52;

    /** Priority action plan due 35 working days after the report: 27 days ago leaves 8. */
    private static final int PLAN_REPORT_WORKING_DAYS_AGO = 27;

    /**
     * A monitoring inspection usually 18 months after the report: 17 months ago puts the notice
     * about now.
     */
    private static final int MONITORED_REPORT_MONTHS_AGO = 17;

    private FictionalAreas() {}

    /**
     * @param anchor the day the demo was (first) loaded: every date is counted from it, none after
     *     it
     */
    static List<DemoArea> relativeTo(LocalDate anchor, WorkingDayCalendar calendar) {
        return List.of(
                barsetshire(anchor, calendar),
                wyvernVale(anchor, calendar),
                midsomer(anchor, calendar));
    }

    private static DemoArea barsetshire(LocalDate today, WorkingDayCalendar calendar) {
        LocalDate report = calendar.plusWorkingDays(today, -WSOA_REPORT_WORKING_DAYS_AGO);
        LocalDate visit = mondayOnOrBefore(report.minusWeeks(8));
        String placed = "";
        if (visit.isAfter(LAST_LASEND_VISIT)) {
            visit = LAST_LASEND_VISIT;
            placed =
                    " Inspections under the 2016 framework ended in December 2022, so its visit is placed then.";
        }
        return new DemoArea(
                "barsetshire",
                "Barsetshire (fictional)",
                List.of(
                        new DemoArea.Inspection(
                                "LASEND_2016",
                                visit.minusWeeks(1),
                                visit,
                                visit.plusDays(4),
                                true,
                                List.of(
                                        Step.of("REPORT_RECEIVED", report)
                                                .with("wsoaRequired", true)
                                                .with(
                                                        "weaknesses",
                                                        List.of(
                                                                "Timeliness of EHC needs assessments",
                                                                "Joint commissioning of speech and language therapy",
                                                                "Co-production with the parent carer forum"))
                                                .illustrative(
                                                        "Barsetshire is fictional. Its dates are counted from the day the demo was loaded,"
                                                                + " so its WSoA is always a few weeks away."
                                                                + placed)))));
    }

    private static DemoArea wyvernVale(LocalDate today, WorkingDayCalendar calendar) {
        LocalDate report = calendar.plusWorkingDays(today, -PLAN_REPORT_WORKING_DAYS_AGO);
        LocalDate notified = workingDayOnOrAfter(mondayOnOrBefore(report.minusWeeks(6)), calendar);
        LocalDate onSite = calendar.plusWorkingDays(notified, 10);
        return new DemoArea(
                "wyvern-vale",
                "Wyvern Vale (fictional)",
                List.of(
                        new DemoArea.Inspection(
                                "AREA_SEND_2023",
                                notified,
                                onSite,
                                onSite.plusDays(4),
                                true,
                                List.of(
                                        Step.of("REPORT_RECEIVED", report)
                                                .with("outcome", 3)
                                                .with(
                                                        "weaknesses",
                                                        List.of(
                                                                "Waiting times for neurodevelopmental assessment",
                                                                "Timeliness and quality of EHC plans",
                                                                "Alternative provision: oversight and safeguarding"))
                                                .illustrative(
                                                        "Wyvern Vale is fictional. Its dates are counted from the day the demo was loaded,"
                                                                + " so its priority action plan is always due soon.")))));
    }

    private static DemoArea midsomer(LocalDate today, WorkingDayCalendar calendar) {
        LocalDate report =
                workingDayOnOrBefore(today.minusMonths(MONITORED_REPORT_MONTHS_AGO), calendar);
        LocalDate notified = workingDayOnOrAfter(mondayOnOrBefore(report.minusWeeks(6)), calendar);
        LocalDate onSite = calendar.plusWorkingDays(notified, 10);
        String fictional =
                "Midsomer is fictional; its dates are counted from the day the demo was loaded.";
        return new DemoArea(
                "midsomer",
                "Midsomer (fictional)",
                List.of(
                        new DemoArea.Inspection(
                                "AREA_SEND_2023",
                                notified,
                                onSite,
                                onSite.plusDays(4),
                                true,
                                List.of(
                                        Step.of("REPORT_RECEIVED", report)
                                                .with("outcome", 3)
                                                .with(
                                                        "weaknesses",
                                                        List.of(
                                                                "Leadership and governance of the partnership",
                                                                "Access to child and adolescent mental health services",
                                                                "Preparation for adulthood"))
                                                .illustrative(fictional),
                                        Step.of(
                                                        "STRATEGIC_PLAN_PUBLISHED",
                                                        workingDayOnOrBefore(
                                                                report.plusDays(40), calendar))
                                                .illustrative(fictional),
                                        Step.of(
                                                        "PRIORITY_ACTION_PLAN_SUBMITTED",
                                                        calendar.plusWorkingDays(report, 33))
                                                .illustrative(fictional),
                                        Step.of(
                                                        "PRIORITY_ACTION_PLAN_PUBLISHED",
                                                        calendar.plusWorkingDays(report, 65))
                                                .illustrative(fictional),
                                        Step.of(
                                                        "MONITORING_VISIT",
                                                        workingDayOnOrBefore(
                                                                report.plusMonths(6), calendar))
                                                .with(
                                                        "statuses",
                                                        Map.of(
                                                                "1",
                                                                "ON_TRACK",
                                                                "2",
                                                                "DELAYED",
                                                                "3",
                                                                "NOT_STARTED"))
                                                .illustrative(fictional),
                                        Step.of(
                                                        "MONITORING_VISIT",
                                                        workingDayOnOrBefore(
                                                                report.plusMonths(12), calendar))
                                                .with(
                                                        "statuses",
                                                        Map.of(
                                                                "1",
                                                                "COMPLETE",
                                                                "2",
                                                                "ON_TRACK",
                                                                "3",
                                                                "DELAYED"))
                                                .illustrative(fictional),
                                        Step.of(
                                                        "MONITORING_INSPECTION_NOTIFIED",
                                                        workingDayOnOrBefore(today, calendar))
                                                .illustrative(
                                                        fictional
                                                                + " Its monitoring inspection has just been notified: the briefing goes"
                                                                + " to the lead officer at 08:00 on the day of the notice.")))));
    }

    private static LocalDate mondayOnOrBefore(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** A notice is given on a working day: the Monday, or the day after a bank holiday Monday. */
    private static LocalDate workingDayOnOrAfter(LocalDate date, WorkingDayCalendar calendar) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static LocalDate workingDayOnOrBefore(LocalDate date, WorkingDayCalendar calendar) {
        LocalDate day = date;
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
