package org.sendtracker.http.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.inspection.application.EventInputs;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Lifecycle;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.rules.DayCount;

/**
 * The JSON an officer's client sees of an inspection: state, deadlines with today's status, the
 * audit trail and the emails sent.
 */
public record InspectionView(
        String id,
        String areaId,
        String framework,
        String stage,
        String stageLabel,
        long version,
        LocalDate notifiedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate reportReceivedOn,
        LocalDate reportPublishedOn,
        Integer outcome,
        Map<String, LocalDate> keyDates,
        List<WeaknessView> weaknesses,
        List<DeadlineView> deadlines,
        List<String> allowedEvents,
        List<EventView> events,
        List<SentEmail> emails) {

    /**
     * One audit entry as the API shows it; {@code details} is the input as it was given (for a
     * correction or withdrawal: the target, the reason, the fields and what they replaced).
     */
    public record EventView(
            int seq,
            String type,
            LocalDate on,
            String actor,
            Instant recordedAt,
            String summary,
            Map<String, Object> details,
            String actorId) {

        static EventView of(RecordedEvent event) {
            return new EventView(
                    event.seq(),
                    event.type(),
                    event.on(),
                    event.actor(),
                    event.recordedAt(),
                    event.summary(),
                    EventInputs.map(event.details()),
                    event.actorId());
        }
    }

    /** The key dates as the API shows them: an object of name to date. */
    private static Map<String, LocalDate> keyDatesOf(Inspection inspection) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        inspection.keyDates().forEach(dates::put);
        return dates;
    }

    public record WeaknessView(
            int number,
            String title,
            String status,
            List<Weakness.StatusChange> history,
            Boolean sufficientProgress,
            LocalDate judgedOn) {
        static WeaknessView of(Weakness w) {
            return new WeaknessView(
                    w.number(),
                    w.title(),
                    w.status().name(),
                    w.history(),
                    w.sufficientProgress(),
                    w.judgedOn());
        }
    }

    public record DeadlineView(
            String id,
            String kind,
            String label,
            LocalDate dueOn,
            LocalDate computedDueOn,
            String overrideReason,
            String status,
            LocalDate metOn,
            String rule,
            String source,
            String owner,
            String setBy,
            Integer workingDaysLate,
            Integer calendarDaysLate) {
        public static DeadlineView of(Deadline d, LocalDate today) {
            boolean working = d.lateIn() == DayCount.WORKING_DAYS;
            return new DeadlineView(
                    d.id(),
                    d.kind().name(),
                    d.kind().label(),
                    d.dueOn(),
                    d.computedDueOn(),
                    d.overrideReason(),
                    d.statusOn(today).name(),
                    d.metOn(),
                    d.rule(),
                    d.source(),
                    d.owner().name(),
                    d.setBy().name(),
                    working ? d.daysLate() : null,
                    working ? null : d.daysLate());
        }
    }

    /**
     * With the emails sent about it: the audit trail is what officers did and what the system told
     * whom.
     */
    public static InspectionView of(
            Inspection i, List<RecordedEvent> events, List<SentEmail> emails, LocalDate today) {
        return new InspectionView(
                i.id().value(),
                i.areaId().value(),
                i.framework().name(),
                i.stage().name(),
                i.stage().label(),
                i.version(),
                i.notifiedOn(),
                i.startsOn(),
                i.endsOn(),
                i.reportReceivedOn(),
                i.reportPublishedOn(),
                i.outcome(),
                keyDatesOf(i),
                i.weaknesses().stream().map(WeaknessView::of).toList(),
                i.deadlines().stream().map(d -> DeadlineView.of(d, today)).toList(),
                Lifecycle.of(i.framework()).allowed(i).stream().map(EventType::name).toList(),
                events.stream().map(EventView::of).toList(),
                emails);
    }

    /**
     * One line of an area's list: the state and deadlines, without the audit trail (follow {@code
     * href} for it).
     */
    public record Summary(
            String id,
            String href,
            String areaId,
            String framework,
            String stage,
            String stageLabel,
            long version,
            LocalDate notifiedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate reportReceivedOn,
            Integer outcome,
            List<DeadlineView> deadlines,
            List<String> allowedEvents) {

        public static Summary of(Inspection i, LocalDate today) {
            return new Summary(
                    i.id().value(),
                    "/api/inspections/" + i.id().value(),
                    i.areaId().value(),
                    i.framework().name(),
                    i.stage().name(),
                    i.stage().label(),
                    i.version(),
                    i.notifiedOn(),
                    i.startsOn(),
                    i.endsOn(),
                    i.reportReceivedOn(),
                    i.outcome(),
                    i.deadlines().stream().map(d -> DeadlineView.of(d, today)).toList(),
                    Lifecycle.of(i.framework()).allowed(i).stream().map(EventType::name).toList());
        }
    }
}
