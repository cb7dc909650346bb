package org.sendtracker.inspection.model;

import static org.sendtracker.rules.Framework.LASEND_2016;
import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.FieldReader;

/**
 * Local area SEND inspections, May 2016 – December 2022 (docs/domain-rules.md §1.1): {@code
 * AWAITING_REPORT → WSOA_DUE → WSOA_UNDER_REVIEW → MONITORING → REVISIT → CLOSED}, or {@code →
 * ACCELERATED_PROGRESS → CLOSED} when an area of weakness made insufficient progress; no WSoA
 * required → {@code CLOSED}. A WSoA judged not fit for purpose goes back to {@code WSOA_DUE}.
 */
final class Lasend2016Lifecycle extends Lifecycle {

    static final Lasend2016Lifecycle INSTANCE = new Lasend2016Lifecycle();

    private static final Set<EventType> EVENTS =
            EnumSet.of(
                    EventType.REPORT_RECEIVED,
                    EventType.WSOA_SUBMITTED,
                    EventType.WSOA_DECISION,
                    EventType.MONITORING_VISIT,
                    EventType.REVISIT_NOTIFIED,
                    EventType.REVISIT_OUTCOME,
                    EventType.APP_SUBMITTED,
                    EventType.PROGRESS_REVIEW_HELD,
                    EventType.DEADLINE_OVERRIDDEN);

    /**
     * What must follow what (docs/domain-rules.md §1.4): the WSoA after the report, its decision
     * after its (latest) submission, monitoring and the revisit's notice after the WSoA was
     * accepted, the revisit's report after the notice, the Accelerated Progress Plan and the formal
     * review after the revisit's report.
     */
    private static final List<DateOrder> DATE_ORDER =
            List.of(
                    new DateOrder(EventType.WSOA_SUBMITTED, KeyDates.REPORT_RECEIVED),
                    new DateOrder(EventType.WSOA_SUBMITTED, KeyDates.WSOA_NOT_FIT),
                    new DateOrder(EventType.WSOA_DECISION, KeyDates.WSOA_SUBMITTED),
                    new DateOrder(EventType.MONITORING_VISIT, KeyDates.WSOA_ACCEPTED),
                    new DateOrder(EventType.REVISIT_NOTIFIED, KeyDates.WSOA_ACCEPTED),
                    new DateOrder(EventType.REVISIT_OUTCOME, KeyDates.REVISIT_NOTIFIED),
                    new DateOrder(EventType.APP_SUBMITTED, KeyDates.REVISIT_REPORT_RECEIVED),
                    new DateOrder(
                            EventType.PROGRESS_REVIEW_HELD, KeyDates.REVISIT_REPORT_RECEIVED));

    private Lasend2016Lifecycle() {}

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
        return switch (inspection.stage()) {
            case AWAITING_REPORT -> EnumSet.of(EventType.REPORT_RECEIVED);
            case WSOA_DUE -> EnumSet.of(EventType.WSOA_SUBMITTED);
            case WSOA_UNDER_REVIEW -> EnumSet.of(EventType.WSOA_DECISION);
            case MONITORING -> EnumSet.of(EventType.MONITORING_VISIT, EventType.REVISIT_NOTIFIED);
            case REVISIT ->
                    // a quarterly review missed before the revisit was notified can still be
                    // recorded (docs/domain-rules.md §1.4)
                    inspection.outstanding(DeadlineKind.MONITORING_REVIEW).isPresent()
                            ? EnumSet.of(EventType.REVISIT_OUTCOME, EventType.MONITORING_VISIT)
                            : EnumSet.of(EventType.REVISIT_OUTCOME);
            case ACCELERATED_PROGRESS ->
                    inspection.outstanding(DeadlineKind.APP_SUBMISSION).isPresent()
                            ? EnumSet.of(EventType.APP_SUBMITTED, EventType.MONITORING_VISIT)
                            : EnumSet.of(
                                    EventType.PROGRESS_REVIEW_HELD, EventType.MONITORING_VISIT);
            default -> EnumSet.noneOf(EventType.class);
        };
    }

    @Override
    protected void check(
            Inspection inspection,
            LifecycleEvent event,
            EventContext context,
            FieldReader read,
            FieldReader fields) {
        if (event instanceof LifecycleEvent.ReportReceived report) {
            checkReport(inspection, report, fields);
        } else if (event instanceof LifecycleEvent.MonitoringVisit visit) {
            resolveWeaknesses(inspection, visit.statuses(), "statuses", fields);
        } else if (event instanceof LifecycleEvent.ProgressJudged outcome) {
            checkRevisitOutcome(inspection, outcome, read, fields);
        }
    }

    private static void checkReport(
            Inspection inspection, LifecycleEvent.ReportReceived report, FieldReader fields) {
        if (report.outcome() != null) {
            fields.error(
                    "outcome",
                    "An outcome (1 to 3) is given only after an "
                            + Framework.AREA_SEND_2023.labelInSentence()
                            + "; for a "
                            + Framework.LASEND_2016.labelInSentence()
                            + " say whether a WSoA is required");
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
        if (report.wsoaRequired() == null) {
            fields.error(
                    "wsoaRequired", "Select whether a Written Statement of Action is required");
        } else if (report.wsoaRequired() && report.weaknesses().isEmpty()) {
            fields.error(
                    "weaknesses",
                    "Enter the areas of significant weakness the WSoA must address (1 to "
                            + LifecycleEvent.MAX_WEAKNESSES
                            + ")");
        } else if (!report.wsoaRequired() && !report.weaknesses().isEmpty()) {
            fields.error(
                    "weaknesses",
                    "Areas of significant weakness come with a Written Statement of Action: remove them, or say a WSoA is required");
        }
    }

    private static void checkRevisitOutcome(
            Inspection inspection,
            LifecycleEvent.ProgressJudged outcome,
            FieldReader read,
            FieldReader fields) {
        LocalDate startsOn = inspection.keyDates().get(KeyDates.REVISIT_STARTS);
        if (startsOn != null && outcome.on() != null && outcome.on().isBefore(startsOn)) {
            fields.error(
                    "on",
                    "The revisit report cannot have been received before the revisit started ("
                            + format(startsOn)
                            + ")");
        }
        Map<Integer, Boolean> judged =
                resolveWeaknesses(
                        inspection, outcome.sufficientProgress(), "sufficientProgress", fields);
        List<Integer> missing = missingWeaknesses(inspection, judged.keySet());
        if (!missing.isEmpty() && judged.size() == outcome.sufficientProgress().size()) {
            fields.error(
                    "sufficientProgress",
                    "Give a judgement for every area of weakness: there is none for "
                            + weaknessNumbers(missing));
        }
        if (read.hasErrorAt("sufficientProgress")) {
            return; // whether an Accelerated Progress Plan is due cannot be judged yet
        }
        if (!outcome.allSufficient() && outcome.appDueOn() == null) {
            fields.error(
                    "appDueOn",
                    "Enter the date the Accelerated Progress Plan is due: an area of weakness made insufficient progress");
        }
        if (outcome.allSufficient() && outcome.appDueOn() != null) {
            fields.error(
                    "appDueOn",
                    "An Accelerated Progress Plan is only required when an area of weakness made insufficient progress");
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
                change.report(on, report.publishedOn(), null).keyDate(KeyDates.REPORT_RECEIVED, on);
                if (report.publishedOn() != null) {
                    change.keyDate(KeyDates.REPORT_PUBLISHED, report.publishedOn());
                }
                if (!report.wsoaRequired()) {
                    change.stage(Stage.CLOSED);
                    return "Report received on "
                            + format(on)
                            + ": no Written Statement of Action required; case closed.";
                }
                addWeaknesses(change, report.weaknesses(), on);
                Deadline due = counted(inspection, DeadlineKind.WSOA_SUBMISSION, on, context);
                change.addDeadline(due).stage(Stage.WSOA_DUE);
                return "Report received on "
                        + format(on)
                        + " with "
                        + report.weaknesses().size()
                        + (report.weaknesses().size() == 1
                                ? " area of significant weakness; WSoA due "
                                : " areas of significant weakness; WSoA due ")
                        + format(due.dueOn())
                        + ".";
            }
            case WSOA_SUBMITTED -> {
                change.meet(DeadlineKind.WSOA_SUBMISSION, on)
                        .meet(DeadlineKind.WSOA_RESUBMISSION, on)
                        .keyDate(KeyDates.WSOA_SUBMITTED, on)
                        .stage(Stage.WSOA_UNDER_REVIEW);
                return "WSoA submitted on " + format(on) + ".";
            }
            case WSOA_DECISION -> {
                var decision = (LifecycleEvent.WsoaDecision) event;
                if (!decision.fitForPurpose()) {
                    DeadlineRule rule =
                            context.rules().rule(LASEND_2016, DeadlineKind.WSOA_RESUBMISSION);
                    change.addDeadline(
                                    Deadline.setBy(
                                            inspection.nextDeadlineId(
                                                    DeadlineKind.WSOA_RESUBMISSION),
                                            rule,
                                            decision.resubmitBy(),
                                            context.now()))
                            .keyDate(KeyDates.WSOA_NOT_FIT, on)
                            .stage(Stage.WSOA_DUE);
                    return "WSoA judged not fit for purpose on "
                            + format(on)
                            + "; resubmit by "
                            + format(decision.resubmitBy())
                            + ".";
                }
                Deadline review = counted(inspection, DeadlineKind.MONITORING_REVIEW, on, context);
                Deadline revisit = counted(inspection, DeadlineKind.REVISIT, on, context);
                change.keyDate(KeyDates.WSOA_ACCEPTED, on)
                        .addDeadline(review)
                        .addDeadline(revisit)
                        .stage(Stage.MONITORING);
                return "WSoA judged fit for purpose on "
                        + format(on)
                        + "; first quarterly review due "
                        + format(review.dueOn())
                        + ", revisit expected by "
                        + format(revisit.dueOn())
                        + ".";
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
                String summary =
                        "Monitoring visit on "
                                + format(on)
                                + "."
                                + statusesSummary(inspection, statuses);
                if (inspection.stage() == Stage.MONITORING) {
                    Deadline next =
                            counted(inspection, DeadlineKind.MONITORING_REVIEW, on, context);
                    change.meet(DeadlineKind.MONITORING_REVIEW, on).addDeadline(next);
                    summary += " Next review due " + format(next.dueOn()) + ".";
                } else {
                    // a review missed before the lifecycle moved on (docs/domain-rules.md §1.4)
                    change.meet(DeadlineKind.MONITORING_REVIEW, on);
                }
                return summary;
            }
            case REVISIT_NOTIFIED -> {
                var notice = (LifecycleEvent.RevisitNotified) event;
                LocalDate startsOn =
                        notice.startsOn() != null
                                ? notice.startsOn()
                                : context.rules()
                                        .rule(LASEND_2016, DeadlineKind.REVISIT, "notice")
                                        .dueFrom(on, context.calendar());
                // the report is a date Ofsted and CQC keep: once passed with nothing recorded it
                // is "not recorded yet", never dropped (docs/domain-rules.md §1.4)
                Deadline report =
                        counted(inspection, DeadlineKind.REVISIT_REPORT, startsOn, context);
                LocalDate reportExpected = report.dueOn();
                change.meet(DeadlineKind.REVISIT, on)
                        .cancel(DeadlineKind.MONITORING_REVIEW)
                        .addDeadline(report)
                        .keyDate(KeyDates.REVISIT_NOTIFIED, on)
                        .keyDate(KeyDates.REVISIT_STARTS, startsOn)
                        .keyDate(KeyDates.REVISIT_REPORT_EXPECTED, reportExpected)
                        .stage(Stage.REVISIT);
                return "Revisit notified on "
                        + format(on)
                        + "; inspectors arrive "
                        + format(startsOn)
                        + ", report expected about "
                        + format(reportExpected)
                        + ".";
            }
            case REVISIT_OUTCOME -> {
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
                change.meet(DeadlineKind.REVISIT_REPORT, on)
                        .keyDate(KeyDates.REVISIT_REPORT_RECEIVED, on);
                LocalDate published = outcome.publishedOn() != null ? outcome.publishedOn() : on;
                if (outcome.publishedOn() != null) {
                    change.keyDate(KeyDates.REVISIT_REPORT_PUBLISHED, outcome.publishedOn());
                }
                long insufficient =
                        judged.values().stream().filter(sufficient -> !sufficient).count();
                if (insufficient == 0) {
                    change.cancelAllOutstanding().stage(Stage.CLOSED);
                    return "Revisit report received on "
                            + format(on)
                            + ": sufficient progress in every area of weakness; monitoring ends, case closed.";
                }
                DeadlineRule appRule =
                        context.rules().rule(LASEND_2016, DeadlineKind.APP_SUBMISSION);
                Deadline app =
                        Deadline.setBy(
                                inspection.nextDeadlineId(DeadlineKind.APP_SUBMISSION),
                                appRule,
                                outcome.appDueOn(),
                                context.now());
                Deadline review =
                        counted(inspection, DeadlineKind.PROGRESS_REVIEW, published, context);
                change.addDeadline(app).addDeadline(review).stage(Stage.ACCELERATED_PROGRESS);
                return "Revisit report received on "
                        + format(on)
                        + ": insufficient progress in "
                        + insufficient
                        + " of "
                        + judged.size()
                        + (judged.size() == 1 ? " area" : " areas")
                        + " of weakness; Accelerated Progress Plan due "
                        + format(app.dueOn())
                        + ", formal progress review by "
                        + format(review.dueOn())
                        + ".";
            }
            case APP_SUBMITTED -> {
                change.meet(DeadlineKind.APP_SUBMISSION, on).keyDate(KeyDates.APP_SUBMITTED, on);
                return "Accelerated Progress Plan submitted on " + format(on) + ".";
            }
            case PROGRESS_REVIEW_HELD -> {
                change.meet(DeadlineKind.PROGRESS_REVIEW, on)
                        .cancelAllOutstanding()
                        .keyDate(KeyDates.PROGRESS_REVIEW_HELD, on)
                        .stage(Stage.CLOSED);
                return "Formal progress review held on " + format(on) + "; case closed.";
            }
            default -> throw new IllegalStateException("not a LASEND_2016 event: " + event.type());
        }
    }

    private static Deadline counted(
            Inspection inspection, DeadlineKind kind, LocalDate anchor, EventContext context) {
        return Deadline.counted(
                inspection.nextDeadlineId(kind),
                context.rules().rule(LASEND_2016, kind),
                anchor,
                context.calendar(),
                context.now());
    }
}
