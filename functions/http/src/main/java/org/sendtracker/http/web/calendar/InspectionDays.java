package org.sendtracker.http.web.calendar;

import static org.sendtracker.shared.Dates.format;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.KeyDates;
import org.sendtracker.rules.DeadlineKind;

/**
 * The days of an inspection that are not deadlines but belong in an officer's calendar: the
 * inspectors' days on site, the revisit's and the monitoring inspection's arrival, and the revisit
 * report (expected, then received). A revisit report expected since it became a deadline of its own
 * ({@code REVISIT_REPORT}) is the deadline's event, with its status; this feed adds the day it was
 * received. Each is one all-day event whose UID names what it is, so a corrected date moves the
 * event (the same UID with a higher SEQUENCE: the inspection's version, which rises with every
 * change) rather than adding another.
 */
public final class InspectionDays {

    /**
     * One such day or span: {@code first} to {@code last} inclusive, in the inspection's calendar.
     */
    public record Day(
            String uid,
            LocalDate first,
            LocalDate last,
            String summary,
            String description,
            String inspectionHref,
            long sequence,
            Instant changedAt) {}

    private InspectionDays() {}

    public static List<Day> of(Inspection inspection, String areaName) {
        String id = inspection.id().value();
        String href = "/inspections/" + id;
        String prefix = "[" + areaName + "] ";
        String name = inspection.framework().label();
        List<Day> days = new ArrayList<>();
        days.add(
                new Day(
                        "on-site." + id + "@sendtracker",
                        inspection.startsOn(),
                        inspection.endsOn(),
                        prefix + "Inspectors on site",
                        name
                                + ": inspectors on site from "
                                + format(inspection.startsOn())
                                + " to "
                                + format(inspection.endsOn())
                                + " (notified "
                                + format(inspection.notifiedOn())
                                + ").",
                        href,
                        inspection.version(),
                        inspection.updatedAt()));
        KeyDates keyDates = inspection.keyDates();
        LocalDate revisit = keyDates.get(KeyDates.REVISIT_STARTS);
        if (revisit != null) {
            days.add(
                    arrival(
                            inspection,
                            "revisit-arrival",
                            prefix + "Revisit: inspectors arrive",
                            "Ofsted and CQC's revisit: inspectors arrive on "
                                    + format(revisit)
                                    + " (notified "
                                    + format(keyDates.get(KeyDates.REVISIT_NOTIFIED))
                                    + ").",
                            revisit));
        }
        LocalDate received = keyDates.get(KeyDates.REVISIT_REPORT_RECEIVED);
        LocalDate expected = keyDates.get(KeyDates.REVISIT_REPORT_EXPECTED);
        if (received != null) {
            days.add(
                    arrival(
                            inspection,
                            "revisit-report",
                            prefix + "Revisit report received",
                            "The revisit report was received on " + format(received) + ".",
                            received));
        } else if (expected != null && !awaitedAsADeadline(inspection)) {
            days.add(
                    arrival(
                            inspection,
                            "revisit-report",
                            prefix + "Revisit report expected",
                            "The revisit report is expected about " + format(expected) + ".",
                            expected));
        }
        LocalDate monitoring = keyDates.get(KeyDates.MONITORING_INSPECTION_STARTS);
        if (monitoring != null) {
            days.add(
                    arrival(
                            inspection,
                            "monitoring-inspection-arrival",
                            prefix + "Monitoring inspection: inspectors arrive",
                            "Ofsted and CQC's monitoring inspection: inspectors arrive on "
                                    + format(monitoring)
                                    + " (notified "
                                    + format(keyDates.get(KeyDates.MONITORING_INSPECTION_NOTIFIED))
                                    + ").",
                            monitoring));
        }
        return days;
    }

    /** Whether the revisit report's expected date is a deadline, shown by the deadlines' feed. */
    private static boolean awaitedAsADeadline(Inspection inspection) {
        return inspection.deadlines().stream()
                .anyMatch(deadline -> deadline.kind() == DeadlineKind.REVISIT_REPORT);
    }

    private static Day arrival(
            Inspection inspection, String what, String summary, String description, LocalDate on) {
        String id = inspection.id().value();
        return new Day(
                what + "." + id + "@sendtracker",
                on,
                on,
                summary,
                description,
                "/inspections/" + id,
                inspection.version(),
                inspection.updatedAt());
    }
}
