package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendtracker.shared.FieldReader;

/**
 * What an officer records, typed. Each record reads itself from untyped input with a message per
 * field; checks that need the inspection (dates in order, weaknesses that exist) are the
 * lifecycle's.
 */
public sealed interface LifecycleEvent {

    EventType type();

    /** The day it happened in the world (not when it was recorded). */
    LocalDate on();

    /** An optional note from the officer, kept in the audit trail. */
    String note();

    int MAX_WEAKNESSES = 12;
    int MAX_TITLE = 300;
    int MAX_NOTE = 2000;

    /**
     * Reads the event of {@code type} from {@code input}; refused input leaves {@code fields}
     * holding the errors.
     */
    static LifecycleEvent read(EventType type, FieldReader fields) {
        return switch (type) {
            case REPORT_RECEIVED -> ReportReceived.read(fields);
            case WSOA_SUBMITTED ->
                    new WsoaSubmitted(dated(fields, Set.of(), type), readNote(fields));
            case WSOA_DECISION -> WsoaDecision.read(fields);
            case MONITORING_VISIT -> MonitoringVisit.read(fields);
            case REVISIT_NOTIFIED -> RevisitNotified.read(fields, type);
            case REVISIT_OUTCOME -> ProgressJudged.read(fields, type);
            case APP_SUBMITTED ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case PROGRESS_REVIEW_HELD ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case STRATEGIC_PLAN_PUBLISHED ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case PRIORITY_ACTION_PLAN_SUBMITTED ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case PRIORITY_ACTION_PLAN_PUBLISHED ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case ENGAGEMENT_MEETING_HELD ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case MONITORING_INSPECTION_NOTIFIED -> RevisitNotified.read(fields, type);
            case MONITORING_INSPECTION_OUTCOME -> ProgressJudged.read(fields, type);
            case NEXT_INSPECTION_NOTIFIED ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case DEADLINE_OVERRIDDEN -> DeadlineOverridden.read(fields);
        };
    }

    private static LocalDate dated(FieldReader fields, Set<String> more, EventType type) {
        Set<String> known = new java.util.HashSet<>(more);
        known.add("on");
        known.add("note");
        known.add(Illustrative.FIELD);
        fields.onlyFields(known);
        Illustrative.read(fields);
        return fields.date("on", type.dateLabel(), true);
    }

    private static String readNote(FieldReader fields) {
        return fields.multiLineText("note", "the note", MAX_NOTE, false);
    }

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

        static ReportReceived read(FieldReader fields) {
            EventType type = EventType.REPORT_RECEIVED;
            LocalDate on =
                    dated(
                            fields,
                            Set.of("publishedOn", "wsoaRequired", "outcome", "weaknesses"),
                            type);
            LocalDate publishedOn =
                    fields.date("publishedOn", "the date the report was published", false);
            Boolean wsoaRequired =
                    fields.bool("wsoaRequired", "a Written Statement of Action is required", false);
            Integer outcome = fields.integer("outcome", "the outcome", 1, 3, false);
            List<String> weaknesses =
                    fields.textList("weaknesses", "areas of weakness", MAX_WEAKNESSES, MAX_TITLE);
            if (weaknesses.stream().distinct().count() < weaknesses.size()) {
                fields.error("weaknesses", "Each area of weakness must have a different title");
            }
            return new ReportReceived(
                    on, publishedOn, wsoaRequired, outcome, weaknesses, readNote(fields));
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
        static WsoaDecision read(FieldReader fields) {
            EventType type = EventType.WSOA_DECISION;
            LocalDate on = dated(fields, Set.of("fitForPurpose", "resubmitBy"), type);
            Boolean fit = fields.bool("fitForPurpose", "the WSoA was judged fit for purpose", true);
            LocalDate resubmitBy =
                    fields.date("resubmitBy", "the date to resubmit by", Boolean.FALSE.equals(fit));
            if (Boolean.TRUE.equals(fit) && resubmitBy != null) {
                fields.error(
                        "resubmitBy",
                        "Leave the resubmission date empty when the WSoA is fit for purpose");
            }
            if (on != null && resubmitBy != null && !resubmitBy.isAfter(on)) {
                fields.error(
                        "resubmitBy",
                        "The date to resubmit by must be after the date of the decision");
            }
            return new WsoaDecision(on, Boolean.TRUE.equals(fit), resubmitBy, readNote(fields));
        }

        @Override
        public EventType type() {
            return EventType.WSOA_DECISION;
        }
    }

    /** A progress review: each named area of weakness gets its current status. */
    record MonitoringVisit(LocalDate on, Map<String, WeaknessStatus> statuses, String note)
            implements LifecycleEvent {
        public MonitoringVisit {
            statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
        }

        static MonitoringVisit read(FieldReader fields) {
            EventType type = EventType.MONITORING_VISIT;
            LocalDate on = dated(fields, Set.of("statuses"), type);
            Map<String, WeaknessStatus> statuses = new LinkedHashMap<>();
            fields.object("statuses", "statuses", false)
                    .forEach(
                            (ref, value) -> {
                                WeaknessStatus status =
                                        value instanceof String s ? parseStatus(s) : null;
                                if (status == null) {
                                    fields.error(
                                            "statuses." + ref,
                                            "The status must be one of "
                                                    + List.of(WeaknessStatus.values()));
                                } else {
                                    statuses.put(ref, status);
                                }
                            });
            return new MonitoringVisit(on, statuses, readNote(fields));
        }

        private static WeaknessStatus parseStatus(String name) {
            for (WeaknessStatus status : WeaknessStatus.values()) {
                if (status.name().equals(name)) {
                    return status;
                }
            }
            return null;
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
            implements LifecycleEvent {
        static RevisitNotified read(FieldReader fields, EventType type) {
            LocalDate on = dated(fields, Set.of("startsOn"), type);
            LocalDate startsOn = fields.date("startsOn", "the date inspectors arrive", false);
            if (on != null && startsOn != null && !startsOn.isAfter(on)) {
                fields.error(
                        "startsOn",
                        "The date inspectors arrive must be after the date the notice was given");
            }
            return new RevisitNotified(type, on, startsOn, readNote(fields));
        }
    }

    /**
     * A revisit (2016) or monitoring inspection (2023) report: sufficient progress, per area of
     * weakness.
     */
    record ProgressJudged(
            EventType type,
            LocalDate on,
            LocalDate publishedOn,
            Map<String, Boolean> sufficientProgress,
            LocalDate appDueOn,
            String note)
            implements LifecycleEvent {
        public ProgressJudged {
            sufficientProgress =
                    java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sufficientProgress));
        }

        static ProgressJudged read(FieldReader fields, EventType type) {
            Set<String> known =
                    type == EventType.REVISIT_OUTCOME
                            ? Set.of("publishedOn", "sufficientProgress", "appDueOn")
                            : Set.of("publishedOn", "sufficientProgress");
            LocalDate on = dated(fields, known, type);
            LocalDate publishedOn =
                    fields.date("publishedOn", "the date the report was published", false);
            if (on != null && publishedOn != null && publishedOn.isBefore(on)) {
                fields.error(
                        "publishedOn",
                        "The date the report was published must be on or after the date it was received");
            }
            Map<String, Boolean> judgements = new LinkedHashMap<>();
            fields.object(
                            "sufficientProgress",
                            "the judgement for each area of weakness",
                            type == EventType.REVISIT_OUTCOME)
                    .forEach(
                            (ref, value) -> {
                                if (value instanceof Boolean b) {
                                    judgements.put(ref, b);
                                } else if ("true".equals(value) || "false".equals(value)) {
                                    judgements.put(ref, Boolean.parseBoolean((String) value));
                                } else {
                                    fields.error(
                                            "sufficientProgress." + ref,
                                            "Select whether area of weakness "
                                                    + ref
                                                    + " made sufficient progress");
                                }
                            });
            LocalDate appDueOn =
                    fields.date("appDueOn", "the date the Accelerated Progress Plan is due", false);
            if (on != null && appDueOn != null && !appDueOn.isAfter(on)) {
                fields.error(
                        "appDueOn",
                        "The date the Accelerated Progress Plan is due must be after the date the report was received");
            }
            return new ProgressJudged(
                    type, on, publishedOn, judgements, appDueOn, readNote(fields));
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
        static DeadlineOverridden read(FieldReader fields) {
            fields.onlyFields(Set.of("deadline", "dueOn", "reason", "note", Illustrative.FIELD));
            Illustrative.read(fields);
            String deadline = fields.text("deadline", "the deadline to change", 60, true);
            LocalDate dueOn = fields.date("dueOn", "the new due date", true);
            String reason = fields.multiLineText("reason", "the reason for the change", 500, true);
            return new DeadlineOverridden(null, deadline, dueOn, reason, readNote(fields));
        }

        @Override
        public EventType type() {
            return EventType.DEADLINE_OVERRIDDEN;
        }
    }
}
