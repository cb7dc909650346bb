package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an officer records, typed. A request is read into one of these once, in the application
 * layer ({@code EventReader}); the lifecycle decides on the typed event and never sees a field
 * name.
 */
public sealed interface LifecycleEvent {

    EventType type();

    /** The day it happened in the world (not when it was recorded). */
    LocalDate on();

    /** An optional note from the officer, kept in the audit trail. */
    String note();

    /** Areas of weakness one report may name: see docs/domain-rules.md §1.5 for why 30. */
    int MAX_WEAKNESSES = 30;

    int MAX_TITLE = 300;
    int MAX_NOTE = 2000;

    /** The report reached the area (the final letter), with what it found. */
    record ReportReceived(
            LocalDate on,
            LocalDate publishedOn,
            Boolean wsoaRequired,
            Integer outcome,
            List<String> weaknesses,
            String note)
            implements LifecycleEvent {
        public ReportReceived {
            weaknesses = List.copyOf(weaknesses);
        }

        @Override
        public EventType type() {
            return EventType.REPORT_RECEIVED;
        }
    }

    record WsoaSubmitted(LocalDate on, String note) implements LifecycleEvent {
        @Override
        public EventType type() {
            return EventType.WSOA_SUBMITTED;
        }
    }

    /** Ofsted and CQC judged the WSoA fit for purpose, or asked for a resubmission by a date. */
    record WsoaDecision(LocalDate on, boolean fitForPurpose, LocalDate resubmitBy, String note)
            implements LifecycleEvent {
        @Override
        public EventType type() {
            return EventType.WSOA_DECISION;
        }
    }

    /** A progress review: each named area of weakness gets its current status. */
    record MonitoringVisit(LocalDate on, Map<WeaknessRef, WeaknessStatus> statuses, String note)
            implements LifecycleEvent {
        public MonitoringVisit {
            statuses = Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        }

        @Override
        public EventType type() {
            return EventType.MONITORING_VISIT;
        }
    }

    /**
     * Notice of a revisit (2016) or monitoring inspection (2023): when the inspectors will arrive.
     */
    record RevisitNotified(EventType type, LocalDate on, LocalDate startsOn, String note)
            implements LifecycleEvent {}

    /**
     * A revisit (2016) or monitoring inspection (2023) report: sufficient progress, per area of
     * weakness.
     */
    record ProgressJudged(
            EventType type,
            LocalDate on,
            LocalDate publishedOn,
            Map<WeaknessRef, Boolean> sufficientProgress,
            LocalDate appDueOn,
            String note)
            implements LifecycleEvent {
        public ProgressJudged {
            sufficientProgress =
                    Collections.unmodifiableMap(new LinkedHashMap<>(sufficientProgress));
        }

        public boolean allSufficient() {
            return sufficientProgress.values().stream().allMatch(Boolean::booleanValue);
        }
    }

    /** A plain step that happened on a day: a plan submitted or published, a meeting held. */
    record Milestone(EventType type, LocalDate on, String note) implements LifecycleEvent {}

    /** An officer moves a due date, with a reason; the computed date is kept beside it. */
    record DeadlineOverridden(
            LocalDate on, String deadline, LocalDate dueOn, String reason, String note)
            implements LifecycleEvent {
        @Override
        public EventType type() {
            return EventType.DEADLINE_OVERRIDDEN;
        }
    }
}
