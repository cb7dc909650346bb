package org.sendtracker.inspection.model;

import static org.sendtracker.rules.Framework.AREA_SEND_2023;
import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.FieldReader;

/**
 * Area SEND inspections from January 2023 (docs/domain-rules.md §1.2). Outcome 3: {@code
 * AWAITING_REPORT → ACTION_PLAN_DUE → MONITORING → MONITORING_INSPECTION → ENGAGEMENT}; outcomes 1
 * and 2: {@code AWAITING_REPORT → ENGAGEMENT}. Between inspections the area holds annual engagement
 * meetings; the case closes when the next full inspection is notified (that inspection is a new
 * record).
 */
final class AreaSend2023Lifecycle extends Lifecycle {

    static final AreaSend2023Lifecycle INSTANCE = new AreaSend2023Lifecycle();

    private static final Set<EventType> EVENTS =
            EnumSet.of(
                    EventType.REPORT_RECEIVED,
                    EventType.STRATEGIC_PLAN_PUBLISHED,
                    EventType.PRIORITY_ACTION_PLAN_SUBMITTED,
                    EventType.PRIORITY_ACTION_PLAN_PUBLISHED,
                    EventType.MONITORING_VISIT,
                    EventType.MONITORING_INSPECTION_NOTIFIED,
                    EventType.MONITORING_INSPECTION_OUTCOME,
                    EventType.ENGAGEMENT_MEETING_HELD,
                    EventType.NEXT_INSPECTION_NOTIFIED,
                    EventType.DEADLINE_OVERRIDDEN);

    /**
     * What must follow what (docs/domain-rules.md §1.4): every plan, visit and meeting after the
     * report, the priority action plan published not before it was submitted, the monitoring
     * inspection's report after its notice. The strategic plan and the priority action plan are not
     * ordered against each other.
     */
    private static final List<DateOrder> DATE_ORDER =
            List.of(
                    new DateOrder(EventType.STRATEGIC_PLAN_PUBLISHED, KeyDates.REPORT_RECEIVED),
                    new DateOrder(
                            EventType.PRIORITY_ACTION_PLAN_SUBMITTED, KeyDates.REPORT_RECEIVED),
                    new DateOrder(
                            EventType.PRIORITY_ACTION_PLAN_PUBLISHED,
                            KeyDates.PRIORITY_ACTION_PLAN_SUBMITTED),
                    new DateOrder(EventType.MONITORING_VISIT, KeyDates.REPORT_RECEIVED),
                    new DateOrder(
                            EventType.MONITORING_INSPECTION_NOTIFIED, KeyDates.REPORT_RECEIVED),
                    new DateOrder(
                            EventType.MONITORING_INSPECTION_OUTCOME,
                            KeyDates.MONITORING_INSPECTION_NOTIFIED),
                    new DateOrder(EventType.ENGAGEMENT_MEETING_HELD, KeyDates.REPORT_RECEIVED),
                    new DateOrder(EventType.NEXT_INSPECTION_NOTIFIED, KeyDates.REPORT_RECEIVED));

    private AreaSend2023Lifecycle() {}

    @Override
    public Set<EventType> events() {
        return EVENTS;
    }

    @Override
    public List<DateOrder> dateOrder() {
        return DATE_ORDER;
    }

    @Override
    protected Set<EventType> allowedInStage(Inspection inspection) {
        Set<EventType> allowed =
                switch (inspection.stage()) {
                    case AWAITING_REPORT -> EnumSet.of(EventType.REPORT_RECEIVED);
                    case ACTION_PLAN_DUE -> EnumSet.of(EventType.PRIORITY_ACTION_PLAN_SUBMITTED);
                    case MONITORING ->
                            EnumSet.of(
                                    EventType.MONITORING_VISIT,
                                    EventType.MONITORING_INSPECTION_NOTIFIED);
                    case MONITORING_INSPECTION ->
                            EnumSet.of(EventType.MONITORING_INSPECTION_OUTCOME);
                    case ENGAGEMENT ->
                            EnumSet.of(
                                    EventType.ENGAGEMENT_MEETING_HELD,
                                    EventType.NEXT_INSPECTION_NOTIFIED);
                    default -> EnumSet.noneOf(EventType.class);
                };
        if (inspection.outstanding(DeadlineKind.STRATEGIC_PLAN_UPDATE).isPresent()) {
            allowed.add(EventType.STRATEGIC_PLAN_PUBLISHED);
        }
        if (inspection.stage() != Stage.ACTION_PLAN_DUE
                && inspection
                        .outstanding(DeadlineKind.PRIORITY_ACTION_PLAN_PUBLICATION)
                        .isPresent()) {
            allowed.add(EventType.PRIORITY_ACTION_PLAN_PUBLISHED);
        }
        return allowed;
    }

    @Override
    protected void check(
            Inspection inspection,
            LifecycleEvent event,
            EventContext context,
            FieldReader read,
            FieldReader fields) {
        if (event instanceof LifecycleEvent.ReportReceived report) {
            if (report.wsoaRequired() != null) {
                fields.error(
                        "wsoaRequired",
                        "Whether a WSoA is required is said only after a "
                                + Framework.LASEND_2016.labelInSentence()
                                + "; an "
                                + Framework.AREA_SEND_2023.labelInSentence()
                                + " gives an outcome from 1 to 3");
            }
            if (report.outcome() == null) {
                fields.error("outcome", "Enter the outcome (1, 2 or 3)");
            } else if (report.outcome() != 3 && !report.weaknesses().isEmpty()) {
                // areas for priority action are what a priority action plan addresses, and only
                // outcome 3 asks for one (docs/domain-rules.md §1.2)
                fields.error(
                        "weaknesses",
                        "Areas for priority action come only with outcome 3, which asks for a priority action plan: remove them, or choose outcome 3");
            }
            if (report.on() != null && report.on().isBefore(inspection.endsOn())) {
                fields.error(
                        "on",
                        "The report cannot have been received before the inspection ended ("
                                + format(inspection.endsOn())
                                + ")");
            }
            if (report.on() != null
                    && report.publishedOn() != null
                    && report.publishedOn().isBefore(report.on())) {
                fields.error(
                        "publishedOn",
                        "The date the report was published must be on or after the date it was received");
            }
        } else if (event instanceof LifecycleEvent.MonitoringVisit visit) {
            resolveWeaknesses(inspection, visit.statuses(), "statuses", fields);
        } else if (event instanceof LifecycleEvent.ProgressJudged outcome) {
            LocalDate startsOn = inspection.keyDates().get(KeyDates.MONITORING_INSPECTION_STARTS);
            if (startsOn != null && outcome.on() != null && outcome.on().isBefore(startsOn)) {
                fields.error(
                        "on",
                        "The monitoring inspection report cannot have been received before the inspection started ("
                                + format(startsOn)
                                + ")");
            }
            resolveWeaknesses(
                    inspection, outcome.sufficientProgress(), "sufficientProgress", fields);
        }
    }

    @Override
    protected String apply(
            Inspection inspection,
            LifecycleEvent event,
            EventContext context,
            Inspection.Change change) {
        LocalDate on = event.on();
        switch (event.type()) {
            case REPORT_RECEIVED -> {
                var report = (LifecycleEvent.ReportReceived) event;
                int outcome = report.outcome();
                change.report(on, report.publishedOn(), outcome)
                        .keyDate(KeyDates.REPORT_RECEIVED, on);
                if (report.publishedOn() != null) {
                    change.keyDate(KeyDates.REPORT_PUBLISHED, report.publishedOn());
                }
                addWeaknesses(change, report.weaknesses(), on);
                change.addDeadline(
                        counted(inspection, DeadlineKind.STRATEGIC_PLAN_UPDATE, "", on, context));
                change.addDeadline(
                        counted(
                                inspection,
                                DeadlineKind.NEXT_FULL_INSPECTION,
                                outcome == 1 ? "outcome-1" : "outcome-2-or-3",
                                on,
                                context));
                if (outcome == 3) {
                    Deadline submit =
                            counted(
                                    inspection,
                                    DeadlineKind.PRIORITY_ACTION_PLAN_SUBMISSION,
                                    "",
                                    on,
                                    context);
                    change.addDeadline(submit)
                            .addDeadline(
                                    counted(
                                            inspection,
                                            DeadlineKind.PRIORITY_ACTION_PLAN_PUBLICATION,
                                            "",
                                            on,
                                            context))
                            .addDeadline(
                                    counted(
                                            inspection,
                                            DeadlineKind.MONITORING_INSPECTION,
                                            "",
                                            on,
                                            context))
                            .stage(Stage.ACTION_PLAN_DUE);
                    return "Report received on "
                            + format(on)
                            + " with outcome 3 (widespread and/or systemic failings); priority action plan due "
                            + format(submit.dueOn())
                            + ".";
                }
                change.addDeadline(
                                counted(
                                        inspection,
                                        DeadlineKind.ENGAGEMENT_MEETING,
                                        "",
                                        on,
                                        context))
                        .stage(Stage.ENGAGEMENT);
                return "Report received on " + format(on) + " with outcome " + outcome + ".";
            }
            case STRATEGIC_PLAN_PUBLISHED -> {
                change.meet(DeadlineKind.STRATEGIC_PLAN_UPDATE, on)
                        .keyDate(KeyDates.STRATEGIC_PLAN_PUBLISHED, on);
                return "Strategic plan updated and published on " + format(on) + ".";
            }
            case PRIORITY_ACTION_PLAN_SUBMITTED -> {
                change.meet(DeadlineKind.PRIORITY_ACTION_PLAN_SUBMISSION, on)
                        .keyDate(KeyDates.PRIORITY_ACTION_PLAN_SUBMITTED, on)
                        .stage(Stage.MONITORING);
                return "Priority action plan submitted on " + format(on) + ".";
            }
            case PRIORITY_ACTION_PLAN_PUBLISHED -> {
                change.meet(DeadlineKind.PRIORITY_ACTION_PLAN_PUBLICATION, on)
                        .keyDate(KeyDates.PRIORITY_ACTION_PLAN_PUBLISHED, on);
                return "Priority action plan published on " + format(on) + ".";
            }
            case MONITORING_VISIT -> {
                var visit = (LifecycleEvent.MonitoringVisit) event;
                Map<Integer, WeaknessStatus> statuses =
                        resolveWeaknesses(
                                inspection,
                                visit.statuses(),
                                "statuses",
                                new FieldReader(Map.of()));
                statuses.forEach(
                        (number, status) -> change.weakness(number, w -> w.withStatus(on, status)));
                change.keyDate(KeyDates.LAST_MONITORING_VISIT, on);
                return "Progress update on "
                        + format(on)
                        + "."
                        + statusesSummary(inspection, statuses);
            }
            case MONITORING_INSPECTION_NOTIFIED -> {
                var notice = (LifecycleEvent.RevisitNotified) event;
                LocalDate startsOn =
                        notice.startsOn() != null
                                ? notice.startsOn()
                                : context.rules()
                                        .rule(
                                                AREA_SEND_2023,
                                                DeadlineKind.MONITORING_INSPECTION,
                                                "notice")
                                        .dueFrom(on, context.calendar());
                change.meet(DeadlineKind.MONITORING_INSPECTION, on)
                        .keyDate(KeyDates.MONITORING_INSPECTION_NOTIFIED, on)
                        .keyDate(KeyDates.MONITORING_INSPECTION_STARTS, startsOn)
                        .stage(Stage.MONITORING_INSPECTION);
                return "Monitoring inspection notified on "
                        + format(on)
                        + "; inspectors arrive "
                        + format(startsOn)
                        + ".";
            }
            case MONITORING_INSPECTION_OUTCOME -> {
                var outcome = (LifecycleEvent.ProgressJudged) event;
                Map<Integer, Boolean> judged =
                        resolveWeaknesses(
                                inspection,
                                outcome.sufficientProgress(),
                                "sufficientProgress",
                                new FieldReader(Map.of()));
                judged.forEach(
                        (number, sufficient) ->
                                change.weakness(number, w -> w.judged(sufficient, on)));
                Deadline meeting =
                        counted(inspection, DeadlineKind.ENGAGEMENT_MEETING, "", on, context);
                change.keyDate(KeyDates.MONITORING_INSPECTION_REPORT_RECEIVED, on)
                        .addDeadline(meeting)
                        .stage(Stage.ENGAGEMENT);
                return "Monitoring inspection report received on "
                        + format(on)
                        + "; next engagement meeting due "
                        + format(meeting.dueOn())
                        + ".";
            }
            case ENGAGEMENT_MEETING_HELD -> {
                Deadline next =
                        counted(inspection, DeadlineKind.ENGAGEMENT_MEETING, "", on, context);
                change.meet(DeadlineKind.ENGAGEMENT_MEETING, on)
                        .addDeadline(next)
                        .keyDate(KeyDates.LAST_ENGAGEMENT_MEETING, on);
                return "Engagement meeting held on "
                        + format(on)
                        + "; next due "
                        + format(next.dueOn())
                        + ".";
            }
            case NEXT_INSPECTION_NOTIFIED -> {
                change.meet(DeadlineKind.NEXT_FULL_INSPECTION, on)
                        .cancelAllOutstanding()
                        .keyDate(KeyDates.NEXT_INSPECTION_NOTIFIED, on)
                        .stage(Stage.CLOSED);
                return "Next full inspection notified on "
                        + format(on)
                        + "; this case is closed (record the new inspection separately).";
            }
            default ->
                    throw new IllegalStateException("not an AREA_SEND_2023 event: " + event.type());
        }
    }

    private static Deadline counted(
            Inspection inspection,
            DeadlineKind kind,
            String variant,
            LocalDate anchor,
            EventContext context) {
        return Deadline.counted(
                inspection.nextDeadlineId(kind),
                context.rules().rule(AREA_SEND_2023, kind, variant),
                anchor,
                context.calendar(),
                context.now());
    }
}
