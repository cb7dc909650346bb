package org.sendtracker.inspection.application;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Lifecycle;
import org.sendtracker.inspection.model.LifecycleEvent;
import org.sendtracker.inspection.model.LifecycleEvent.DeadlineOverridden;
import org.sendtracker.inspection.model.LifecycleEvent.Milestone;
import org.sendtracker.inspection.model.LifecycleEvent.MonitoringVisit;
import org.sendtracker.inspection.model.LifecycleEvent.ProgressJudged;
import org.sendtracker.inspection.model.LifecycleEvent.ReportReceived;
import org.sendtracker.inspection.model.LifecycleEvent.RevisitNotified;
import org.sendtracker.inspection.model.LifecycleEvent.WsoaDecision;
import org.sendtracker.inspection.model.LifecycleEvent.WsoaSubmitted;
import org.sendtracker.inspection.model.Transition;
import org.sendtracker.inspection.model.WeaknessRef;
import org.sendtracker.inspection.model.WeaknessStatus;
import org.sendtracker.shared.Codes;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;
import org.sendtracker.shared.Sentences;

/**
 * Reads an officer's request (the event's type name and its fields, as parsed JSON or a form) into
 * a typed {@link LifecycleEvent}: the one place a request's field names are known. Checks that need
 * only the request are made here, a message per field; checks that need what is on record (dates in
 * order, weaknesses that exist) are the lifecycle's.
 */
public final class EventReader {

    private EventReader() {}

    /**
     * Reads the request and has the inspection's lifecycle decide it: refused if the inspection's
     * framework does not know the type (400, on {@code type}) or its current state does not accept
     * it (409, naming those it does), else with every error of the request at once (those reading
     * finds and those the lifecycle finds against what is on record), so an officer who sends a
     * form with several mistakes hears of all of them together.
     */
    public static Result<Transition> decide(
            Inspection inspection, String typeName, Map<String, ?> input, EventContext context) {
        Lifecycle lifecycle = Lifecycle.of(inspection.framework());
        Optional<EventType> type = EventType.parse(typeName).filter(lifecycle.events()::contains);
        if (type.isEmpty()) {
            return Result.refused(lifecycle.unknownType(typeName, inspection));
        }
        Optional<Rejection> refused = lifecycle.refusal(inspection, type.get());
        if (refused.isPresent()) {
            return Result.refused(refused.get());
        }
        FieldReader fields = new FieldReader(input);
        LifecycleEvent event = read(type.get(), fields);
        return lifecycle.decide(inspection, event, context, fields);
    }

    /**
     * Reads the event of {@code type}; refused input leaves {@code fields} holding the errors (and
     * the event returned is then incomplete).
     */
    static LifecycleEvent read(EventType type, FieldReader fields) {
        return switch (type) {
            case REPORT_RECEIVED -> reportReceived(fields);
            case WSOA_SUBMITTED ->
                    new WsoaSubmitted(dated(fields, Set.of(), type), readNote(fields));
            case WSOA_DECISION -> wsoaDecision(fields);
            case MONITORING_VISIT -> monitoringVisit(fields);
            case REVISIT_NOTIFIED, MONITORING_INSPECTION_NOTIFIED -> revisitNotified(fields, type);
            case REVISIT_OUTCOME, MONITORING_INSPECTION_OUTCOME -> progressJudged(fields, type);
            case APP_SUBMITTED,
                    PROGRESS_REVIEW_HELD,
                    STRATEGIC_PLAN_PUBLISHED,
                    PRIORITY_ACTION_PLAN_SUBMITTED,
                    PRIORITY_ACTION_PLAN_PUBLISHED,
                    ENGAGEMENT_MEETING_HELD,
                    NEXT_INSPECTION_NOTIFIED ->
                    new Milestone(type, dated(fields, Set.of(), type), readNote(fields));
            case DEADLINE_OVERRIDDEN -> deadlineOverridden(fields);
        };
    }

    /**
     * The dates a step of {@code type} may be recorded without and given later, as its reader takes
     * them: a report's publication date, the date inspectors arrive, an Accelerated Progress Plan's
     * due date. (A WSoA's date to resubmit by is not one: whether it is wanted depends on the
     * decision, not on the date being known yet.)
     */
    static List<String> optionalDates(EventType type) {
        return switch (type) {
            case REPORT_RECEIVED, MONITORING_INSPECTION_OUTCOME -> List.of("publishedOn");
            case REVISIT_NOTIFIED, MONITORING_INSPECTION_NOTIFIED -> List.of("startsOn");
            case REVISIT_OUTCOME -> List.of("publishedOn", "appDueOn");
            default -> List.of();
        };
    }

    /** Checks the optional illustrative mark is true or false when given. */
    static void readIllustrative(FieldReader fields) {
        fields.bool(Illustrative.FIELD, "the step is illustrative", false);
    }

    private static LocalDate dated(FieldReader fields, Set<String> more, EventType type) {
        Set<String> known = new HashSet<>(more);
        known.add("on");
        known.add("note");
        known.add(Illustrative.FIELD);
        fields.onlyFields(known);
        readIllustrative(fields);
        return fields.date("on", type.dateLabel(), true);
    }

    private static String readNote(FieldReader fields) {
        return fields.multiLineText("note", "the note", LifecycleEvent.MAX_NOTE, false);
    }

    private static ReportReceived reportReceived(FieldReader fields) {
        EventType type = EventType.REPORT_RECEIVED;
        LocalDate on =
                dated(fields, Set.of("publishedOn", "wsoaRequired", "outcome", "weaknesses"), type);
        LocalDate publishedOn =
                fields.date("publishedOn", "the date the report was published", false);
        Boolean wsoaRequired =
                fields.bool("wsoaRequired", "a Written Statement of Action is required", false);
        Integer outcome = fields.integer("outcome", "the outcome", 1, 3, false);
        List<String> weaknesses =
                fields.textList(
                        "weaknesses",
                        "areas of weakness",
                        LifecycleEvent.MAX_WEAKNESSES,
                        LifecycleEvent.MAX_TITLE);
        if (weaknesses.stream().map(FieldReader::comparable).distinct().count()
                < weaknesses.size()) {
            fields.error("weaknesses", "Each area of weakness must have a different title");
        } else if (weaknesses.stream().anyMatch(EventReader::onlyANumber)) {
            // a reference to a weakness is its number or its title: a title that is a number
            // would be taken for another weakness's number
            fields.error(
                    "weaknesses",
                    "Give each area of weakness a title in words, not only a number: weaknesses"
                            + " are numbered in the order given");
        }
        return new ReportReceived(
                on, publishedOn, wsoaRequired, outcome, weaknesses, readNote(fields));
    }

    private static WsoaDecision wsoaDecision(FieldReader fields) {
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
                    "resubmitBy", "The date to resubmit by must be after the date of the decision");
        }
        return new WsoaDecision(on, Boolean.TRUE.equals(fit), resubmitBy, readNote(fields));
    }

    private static MonitoringVisit monitoringVisit(FieldReader fields) {
        EventType type = EventType.MONITORING_VISIT;
        LocalDate on = dated(fields, Set.of("statuses"), type);
        Map<WeaknessRef, WeaknessStatus> statuses = new LinkedHashMap<>();
        fields.object("statuses", "statuses", false)
                .forEach(
                        (ref, value) -> {
                            WeaknessStatus status =
                                    value instanceof String s ? parseStatus(s) : null;
                            if (status == null) {
                                fields.error(
                                        "statuses." + ref,
                                        "The status must be one of "
                                                + Codes.inWords(
                                                        List.of(WeaknessStatus.values()),
                                                        WeaknessStatus::label),
                                        "Choose the status of area of weakness "
                                                + ref
                                                + ": "
                                                + Sentences.list(
                                                        Arrays.stream(WeaknessStatus.values())
                                                                .map(WeaknessStatus::label)
                                                                .toList(),
                                                        "or"));
                            } else {
                                statuses.put(new WeaknessRef(ref), status);
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

    private static RevisitNotified revisitNotified(FieldReader fields, EventType type) {
        LocalDate on = dated(fields, Set.of("startsOn"), type);
        LocalDate startsOn = fields.date("startsOn", "the date inspectors arrive", false);
        if (on != null && startsOn != null && !startsOn.isAfter(on)) {
            fields.error(
                    "startsOn",
                    "The date inspectors arrive must be after the date the notice was given");
        } else if (on != null
                && startsOn != null
                && startsOn.isAfter(on.plusDays(NewInspection.LONGEST_NOTICE_DAYS))) {
            // as for the inspection itself: room for a date moved, not for a typo (the areas'
            // contacts are emailed the date)
            fields.error(
                    "startsOn",
                    "The date inspectors arrive must be within "
                            + NewInspection.LONGEST_NOTICE_DAYS / 7
                            + " weeks of the date the notice was given");
        }
        return new RevisitNotified(type, on, startsOn, readNote(fields));
    }

    private static ProgressJudged progressJudged(FieldReader fields, EventType type) {
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
        Map<WeaknessRef, Boolean> judgements = new LinkedHashMap<>();
        fields.object(
                        "sufficientProgress",
                        "the judgement for each area of weakness",
                        type == EventType.REVISIT_OUTCOME)
                .forEach(
                        (ref, value) -> {
                            if (value instanceof Boolean b) {
                                judgements.put(new WeaknessRef(ref), b);
                            } else if ("true".equals(value) || "false".equals(value)) {
                                judgements.put(
                                        new WeaknessRef(ref), Boolean.parseBoolean((String) value));
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
        return new ProgressJudged(type, on, publishedOn, judgements, appDueOn, readNote(fields));
    }

    private static DeadlineOverridden deadlineOverridden(FieldReader fields) {
        fields.onlyFields(Set.of("deadline", "dueOn", "reason", "note", Illustrative.FIELD));
        readIllustrative(fields);
        String deadline = fields.text("deadline", "the deadline to change", 60, true);
        LocalDate dueOn = fields.date("dueOn", "the new due date", true);
        String reason = fields.multiLineText("reason", "the reason for the change", 500, true);
        return new DeadlineOverridden(null, deadline, dueOn, reason, readNote(fields));
    }

    /** Whether {@code title} is only digits, such as {@code 2}. */
    private static boolean onlyANumber(String title) {
        String text = title.strip();
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
