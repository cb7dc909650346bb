package org.sendtracker.infrastructure.snapstart;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.infrastructure.dynamodb.StoredBodies;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;
import org.sendtracker.rules.RuleBook;

/**
 * Records made up for priming ({@link Priming}): an area and an inspection no council has (the
 * absent ids, dates in 2000, an instant fixed here rather than read from a clock), so that a
 * function can run the code a found record goes through (its JSON as stored, its views) without
 * reading or writing one.
 */
public final class SyntheticRecords {

    /** What the synthetic records say was recorded when: fixed, long past. */
    private static final Instant RECORDED = Instant.parse("2000-01-03T09:00:00Z");

    /** The synthetic inspection's first day on site. */
    public static final LocalDate STARTS_ON = LocalDate.of(2000, 1, 3);

    private SyntheticRecords() {}

    /** An area with a lead officer. */
    public static Area area() {
        return new Area(
                new AreaId(Priming.ABSENT_AREA),
                "SnapStart priming",
                List.of(
                        new Contact(
                                "Priming", "priming@snapstart.invalid", ContactRole.LEAD_OFFICER)),
                1);
    }

    /**
     * A 2016-framework inspection of {@link #area()}, notified, with a WSoA deadline counted by the
     * function's own rules and calendar.
     */
    public static Inspection inspection(ApplicationContext context) {
        Inspection notified =
                Inspection.notified(
                        new InspectionId(Priming.ABSENT_INSPECTION),
                        new AreaId(Priming.ABSENT_AREA),
                        Framework.LASEND_2016,
                        STARTS_ON.minusDays(7),
                        STARTS_ON,
                        STARTS_ON.plusDays(4),
                        RECORDED);
        Deadline due =
                Deadline.counted(
                        "priming",
                        context.getBean(RuleBook.class)
                                .rule(Framework.LASEND_2016, DeadlineKind.WSOA_SUBMISSION),
                        STARTS_ON.plusWeeks(6),
                        context.getBean(WorkingDayCalendar.class),
                        RECORDED);
        return new Inspection(
                notified.id(),
                notified.areaId(),
                notified.framework(),
                notified.stage(),
                notified.version(),
                notified.notifiedOn(),
                notified.startsOn(),
                notified.endsOn(),
                notified.reportReceivedOn(),
                notified.reportPublishedOn(),
                notified.outcome(),
                notified.weaknesses(),
                List.of(due),
                notified.keyDates(),
                notified.lastEventOn(),
                notified.eventCount(),
                notified.createdAt(),
                notified.updatedAt());
    }

    /**
     * A step that writes the synthetic area and inspection as stored bodies and reads them back, in
     * memory ({@link StoredBodies}): the JSON a found record is read with. Nothing reaches the
     * table.
     */
    public static Priming.Step storedBodies(ApplicationContext context) {
        return new Priming.Step(
                "a synthetic area and inspection as stored",
                () -> {
                    StoredBodies.roundTrip(area(), Area.class);
                    StoredBodies.roundTrip(inspection(context), Inspection.class);
                });
    }
}
