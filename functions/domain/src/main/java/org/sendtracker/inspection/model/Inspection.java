package org.sendtracker.inspection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;

/**
 * One inspection of one local area, from notification to closure: its stage, its areas of weakness,
 * every deadline with its rule, and the dates that matter ({@code keyDates}, e.g. when the WSoA was
 * accepted). {@code version} increases by one with every recorded event; writes are conditional on
 * it. {@code eventCount} is the sequence number of the last audit entry.
 */
public record Inspection(
        InspectionId id,
        AreaId areaId,
        Framework framework,
        Stage stage,
        long version,
        LocalDate notifiedOn,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalDate reportReceivedOn,
        LocalDate reportPublishedOn,
        Integer outcome,
        List<Weakness> weaknesses,
        List<Deadline> deadlines,
        KeyDates keyDates,
        LocalDate lastEventOn,
        int eventCount,
        Instant createdAt,
        Instant updatedAt) {

    public Inspection {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(areaId, "areaId == null");
        Objects.requireNonNull(framework, "framework == null");
        Objects.requireNonNull(stage, "stage == null");
        Objects.requireNonNull(notifiedOn, "notifiedOn == null");
        Objects.requireNonNull(startsOn, "startsOn == null");
        Objects.requireNonNull(endsOn, "endsOn == null");
        Objects.requireNonNull(createdAt, "createdAt == null");
        Objects.requireNonNull(updatedAt, "updatedAt == null");
        weaknesses = List.copyOf(weaknesses);
        deadlines = List.copyOf(deadlines);
        Objects.requireNonNull(keyDates, "keyDates == null");
    }

    /** A new inspection, awaiting its report. */
    public static Inspection notified(
            InspectionId id,
            AreaId areaId,
            Framework framework,
            LocalDate notifiedOn,
            LocalDate startsOn,
            LocalDate endsOn,
            Instant now) {
        return new Inspection(
                id,
                areaId,
                framework,
                Stage.AWAITING_REPORT,
                1,
                notifiedOn,
                startsOn,
                endsOn,
                null,
                null,
                null,
                List.of(),
                List.of(),
                KeyDates.none(),
                notifiedOn,
                1,
                now,
                now);
    }

    /**
     * This inspection with {@code weaknesses} and {@code deadlines} in place of its own: a past
     * day's record put together for a report (docs/progress-report.md), never stored.
     */
    public Inspection withRecord(List<Weakness> weaknesses, List<Deadline> deadlines) {
        return new Inspection(
                id,
                areaId,
                framework,
                stage,
                version,
                notifiedOn,
                startsOn,
                endsOn,
                reportReceivedOn,
                reportPublishedOn,
                outcome,
                weaknesses,
                deadlines,
                keyDates,
                lastEventOn,
                eventCount,
                createdAt,
                updatedAt);
    }

    /**
     * The day a closed inspection closed, as its record says: the latest day of its steps ({@link
     * #lastEventOn}; none can be recorded after the closing one, which is that day unless a step
     * recorded before it was dated later: steps are ordered only where one depends on another,
     * docs/domain-rules.md §1.4). Not the day an officer typed it in, which can be weeks later.
     * Empty while it is open. A body stored before {@code lastEventOn} existed falls back to the
     * inspection's last day.
     */
    public Optional<LocalDate> closedOn() {
        if (stage != Stage.CLOSED) {
            return Optional.empty();
        }
        return Optional.of(lastEventOn == null ? endsOn : lastEventOn);
    }

    public Optional<Deadline> deadline(String deadlineId) {
        return deadlines.stream().filter(d -> d.id().equals(deadlineId)).findFirst();
    }

    public Optional<Deadline> outstanding(DeadlineKind kind) {
        return deadlines.stream().filter(d -> d.kind() == kind && d.isOutstanding()).findFirst();
    }

    public List<Deadline> outstandingDeadlines() {
        return deadlines.stream().filter(Deadline::isOutstanding).toList();
    }

    /** The weakness a reference names: its number ("3") or its exact title. */
    public Optional<Weakness> weakness(String reference) {
        String ref = reference.strip();
        Optional<Weakness> byNumber =
                weaknesses.stream().filter(w -> String.valueOf(w.number()).equals(ref)).findFirst();
        return byNumber.isPresent()
                ? byNumber
                : weaknesses.stream().filter(w -> w.title().equals(ref)).findFirst();
    }

    /**
     * The next id for a deadline of this kind: the kind's name, then {@code -2}, {@code -3}, … for
     * repeats.
     */
    public String nextDeadlineId(DeadlineKind kind) {
        long existing = deadlines.stream().filter(d -> d.kind() == kind).count();
        return existing == 0 ? kind.name() : kind.name() + "-" + (existing + 1);
    }

    public Change change() {
        return new Change(this);
    }

    /** Builds the next state of an inspection; the version and audit sequence move on by one. */
    public static final class Change {
        private final Inspection from;
        private Stage stage;
        private LocalDate reportReceivedOn;
        private LocalDate reportPublishedOn;
        private Integer outcome;
        private final List<Weakness> weaknesses;
        private final List<Deadline> deadlines;
        private KeyDates keyDates;
        private LocalDate lastEventOn;
        private LocalDate stepOn;
        private WorkingDayCalendar calendar;

        private Change(Inspection from) {
            this.from = from;
            this.stage = from.stage;
            this.reportReceivedOn = from.reportReceivedOn;
            this.reportPublishedOn = from.reportPublishedOn;
            this.outcome = from.outcome;
            this.weaknesses = new ArrayList<>(from.weaknesses);
            this.deadlines = new ArrayList<>(from.deadlines);
            this.keyDates = from.keyDates;
            this.lastEventOn = from.lastEventOn;
        }

        public Change stage(Stage next) {
            this.stage = next;
            return this;
        }

        public Change report(LocalDate receivedOn, LocalDate publishedOn, Integer reportOutcome) {
            this.reportReceivedOn = receivedOn;
            this.reportPublishedOn = publishedOn;
            this.outcome = reportOutcome;
            return this;
        }

        public Change addWeakness(Weakness weakness) {
            weaknesses.add(weakness);
            return this;
        }

        public Change weakness(int number, UnaryOperator<Weakness> update) {
            weaknesses.replaceAll(w -> w.number() == number ? update.apply(w) : w);
            return this;
        }

        public Change addDeadline(Deadline deadline) {
            deadlines.add(deadline);
            return this;
        }

        public Change deadline(String id, UnaryOperator<Deadline> update) {
            deadlines.replaceAll(d -> d.id().equals(id) ? update.apply(d) : d);
            return this;
        }

        /**
         * The step this change records happened on {@code on}; lateness is counted with {@code
         * calendar}.
         */
        public Change asOf(LocalDate on, WorkingDayCalendar calendar) {
            this.stepOn = on;
            this.calendar = calendar;
            return this;
        }

        /** Marks the outstanding deadline of this kind met, if there is one. */
        public Change meet(DeadlineKind kind, LocalDate on) {
            WorkingDayCalendar counting = calendar != null ? calendar : StoredBefore.calendar();
            deadlines.replaceAll(
                    d -> d.kind() == kind && d.isOutstanding() ? d.met(on, counting) : d);
            return this;
        }

        /**
         * The outstanding deadlines of this kind no longer apply: the lifecycle moved past them.
         * One already past its due date on the day of the step is kept as it is, overdue or not
         * recorded: a missed date is never silently dropped (docs/domain-rules.md §1.4).
         */
        public Change cancel(DeadlineKind kind) {
            deadlines.replaceAll(d -> d.kind() == kind && cancellable(d) ? d.cancel() : d);
            return this;
        }

        /** As {@link #cancel(DeadlineKind)}, for every kind. */
        public Change cancelAllOutstanding() {
            deadlines.replaceAll(d -> cancellable(d) ? d.cancel() : d);
            return this;
        }

        private boolean cancellable(Deadline deadline) {
            return deadline.isOutstanding()
                    && (stepOn == null || !deadline.dueOn().isBefore(stepOn));
        }

        public Change keyDate(String name, LocalDate date) {
            keyDates = keyDates.with(name, date);
            return this;
        }

        public Change happenedOn(LocalDate on) {
            if (on != null && (lastEventOn == null || on.isAfter(lastEventOn))) {
                lastEventOn = on;
            }
            return this;
        }

        /** Whether this change leaves the inspection as it was (its version and time apart). */
        public boolean changesNothing() {
            return stage == from.stage
                    && Objects.equals(reportReceivedOn, from.reportReceivedOn)
                    && Objects.equals(reportPublishedOn, from.reportPublishedOn)
                    && Objects.equals(outcome, from.outcome)
                    && weaknesses.equals(from.weaknesses)
                    && deadlines.equals(from.deadlines)
                    && Objects.equals(keyDates, from.keyDates)
                    && Objects.equals(lastEventOn, from.lastEventOn);
        }

        public Inspection recordedAt(Instant now) {
            return new Inspection(
                    from.id,
                    from.areaId,
                    from.framework,
                    stage,
                    from.version + 1,
                    from.notifiedOn,
                    from.startsOn,
                    from.endsOn,
                    reportReceivedOn,
                    reportPublishedOn,
                    outcome,
                    weaknesses,
                    deadlines,
                    keyDates,
                    lastEventOn,
                    from.eventCount + 1,
                    from.createdAt,
                    now);
        }
    }
}
