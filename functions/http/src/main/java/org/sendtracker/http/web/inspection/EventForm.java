package org.sendtracker.http.web.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.rules.Framework;

/**
 * The form for recording one kind of event: its wording, which questions it asks (its {@link
 * Shape}), and its {@link FormSpec}, whose field names are those of the JSON API's event body
 * ({@code on}, {@code publishedOn}, {@code statuses.2}, …) so the domain reads both the same way.
 */
public record EventForm(
        EventType type,
        Shape shape,
        String heading,
        String intro,
        String dateLegend,
        String dateHint,
        String button,
        FormSpec spec) {

    /** Which questions, besides the date and the note, the form asks. */
    public enum Shape {
        DATED,
        REPORT_2016,
        REPORT_2023,
        DECISION,
        STATUSES,
        NOTICE,
        REVISIT_OUTCOME,
        MONITORING_OUTCOME,
        OVERRIDE
    }

    static final String EXAMPLE = "For example, 27 3 2019";

    public static EventForm of(EventType type, Inspection inspection) {
        String id = type.name().toLowerCase(Locale.ROOT).replace('_', '-');
        List<FormField> fields = new ArrayList<>();
        if (type != EventType.DEADLINE_OVERRIDDEN) {
            fields.add(FormField.date("on", type.dateLabel()));
        }
        EventForm form =
                switch (type) {
                    case REPORT_RECEIVED ->
                            inspection.framework() == Framework.LASEND_2016
                                    ? new EventForm(
                                            type,
                                            Shape.REPORT_2016,
                                            "Record the inspection report",
                                            "Record the day the area received the final report (the letter), with what it found.",
                                            "When did the area receive the report?",
                                            "The day the letter arrived, not the day Ofsted published it: the Written Statement of Action is due 70 working days later. "
                                                    + EXAMPLE,
                                            "Record the report",
                                            null)
                                    : new EventForm(
                                            type,
                                            Shape.REPORT_2023,
                                            "Record the inspection report",
                                            "Record the day the area received the final report, with its outcome.",
                                            "When did the area receive the report?",
                                            "The day the report arrived, not the day it was published: the plans' deadlines count from it. "
                                                    + EXAMPLE,
                                            "Record the report",
                                            null);
                    case WSOA_SUBMITTED ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record that the Written Statement of Action was submitted",
                                    "Once submitted, Ofsted and CQC decide whether it is fit for purpose.",
                                    "When was the Written Statement of Action submitted?",
                                    EXAMPLE,
                                    "Record WSoA submitted",
                                    null);
                    case WSOA_DECISION ->
                            new EventForm(
                                    type,
                                    Shape.DECISION,
                                    "Record Ofsted and CQC's decision on the Written Statement of Action",
                                    "Either it is fit for purpose and monitoring starts, or it must be resubmitted by a date they set.",
                                    "When did Ofsted and CQC give their decision?",
                                    EXAMPLE,
                                    "Record the decision",
                                    null);
                    case MONITORING_VISIT ->
                            new EventForm(
                                    type,
                                    Shape.STATUSES,
                                    "Record a monitoring visit",
                                    inspection.framework() == Framework.LASEND_2016
                                            ? "DfE and NHS England visit every quarter while the Written Statement of Action is live, to monitor progress. Record each area of weakness's status as the visit found it."
                                            : "DfE and NHS England review the priority action plan's progress, usually every quarter. Record each area's status as the review found it.",
                                    "When was the monitoring visit?",
                                    EXAMPLE,
                                    "Record the monitoring visit",
                                    null);
                    case REVISIT_NOTIFIED ->
                            new EventForm(
                                    type,
                                    Shape.NOTICE,
                                    "Record that a revisit was announced",
                                    "Ofsted and CQC give 10 working days' notice of a revisit, which must come within 18 months of the Written Statement of Action's acceptance.",
                                    "When was the area told about the revisit?",
                                    EXAMPLE,
                                    "Record the revisit notice",
                                    null);
                    case REVISIT_OUTCOME ->
                            new EventForm(
                                    type,
                                    Shape.REVISIT_OUTCOME,
                                    "Record the revisit outcome",
                                    "The revisit report judges, for each area of weakness, whether the area made sufficient progress.",
                                    "When did the area receive the revisit report?",
                                    EXAMPLE,
                                    "Record the outcome",
                                    null);
                    case MONITORING_INSPECTION_NOTIFIED ->
                            new EventForm(
                                    type,
                                    Shape.NOTICE,
                                    "Record that a monitoring inspection was announced",
                                    "Inspectors arrive after the usual notice unless you give the date they set.",
                                    "When was the area told about the monitoring inspection?",
                                    EXAMPLE,
                                    "Record the notice",
                                    null);
                    case MONITORING_INSPECTION_OUTCOME ->
                            new EventForm(
                                    type,
                                    Shape.MONITORING_OUTCOME,
                                    "Record the monitoring inspection outcome",
                                    "The report may judge progress on each area for priority action.",
                                    "When did the area receive the monitoring inspection report?",
                                    EXAMPLE,
                                    "Record the outcome",
                                    null);
                    case DEADLINE_OVERRIDDEN ->
                            new EventForm(
                                    type,
                                    Shape.OVERRIDE,
                                    "Change a due date",
                                    "When Ofsted, CQC or DfE agree a different date, record it with the reason. The date the rule gives is kept beside it.",
                                    null,
                                    null,
                                    "Change the due date",
                                    null);
                    case APP_SUBMITTED ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record that the Accelerated Progress Plan was submitted",
                                    "DfE then holds a formal progress review within 6 months of the revisit report.",
                                    "When was the Accelerated Progress Plan submitted?",
                                    EXAMPLE,
                                    "Record APP submitted",
                                    null);
                    case PROGRESS_REVIEW_HELD ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record the formal progress review",
                                    "Recording the formal progress review closes the case.",
                                    "When was the formal progress review held?",
                                    EXAMPLE,
                                    "Record the review and close the case",
                                    null);
                    case STRATEGIC_PLAN_PUBLISHED ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record that the strategic plan was updated and published",
                                    "After any outcome the area updates and publishes its strategic plan.",
                                    "When was the updated strategic plan published?",
                                    EXAMPLE,
                                    "Record plan published",
                                    null);
                    case PRIORITY_ACTION_PLAN_SUBMITTED ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record that the priority action plan was submitted",
                                    "Monitoring starts once it is submitted.",
                                    "When was the priority action plan submitted?",
                                    EXAMPLE,
                                    "Record plan submitted",
                                    null);
                    case PRIORITY_ACTION_PLAN_PUBLISHED ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record that the priority action plan was published",
                                    "",
                                    "When was the priority action plan published?",
                                    EXAMPLE,
                                    "Record plan published",
                                    null);
                    case ENGAGEMENT_MEETING_HELD ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record an annual engagement meeting",
                                    "The next one is due a year later.",
                                    "When was the meeting held?",
                                    EXAMPLE,
                                    "Record the meeting",
                                    null);
                    case NEXT_INSPECTION_NOTIFIED ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record that the next full inspection was announced",
                                    "This closes this case: record the new inspection separately.",
                                    "When was the area notified of its next full inspection?",
                                    EXAMPLE,
                                    "Record and close this case",
                                    null);
                    default ->
                            new EventForm(
                                    type,
                                    Shape.DATED,
                                    "Record: " + type.label(),
                                    "",
                                    "What was " + type.dateLabel() + "?",
                                    EXAMPLE,
                                    "Record " + type.label().toLowerCase(Locale.UK),
                                    null);
                };
        switch (form.shape()) {
            case REPORT_2016 -> {
                fields.add(FormField.date("publishedOn", "the date the report was published"));
                fields.add(
                        FormField.yesNo(
                                "wsoaRequired", "a Written Statement of Action is required"));
                fields.add(FormField.lines("weaknesses", "areas of weakness"));
            }
            case REPORT_2023 -> {
                fields.add(FormField.date("publishedOn", "the date the report was published"));
                fields.add(FormField.choice("outcome", "the outcome"));
                fields.add(FormField.lines("weaknesses", "areas of weakness"));
            }
            case DECISION -> {
                fields.add(FormField.yesNo("fitForPurpose", "the WSoA was judged fit for purpose"));
                fields.add(FormField.date("resubmitBy", "the date to resubmit by"));
            }
            case STATUSES ->
                    inspection
                            .weaknesses()
                            .forEach(
                                    w ->
                                            fields.add(
                                                    FormField.choice(
                                                            "statuses." + w.number(),
                                                            "the status")));
            case NOTICE -> fields.add(FormField.date("startsOn", "the date inspectors arrive"));
            case REVISIT_OUTCOME, MONITORING_OUTCOME -> {
                fields.add(FormField.date("publishedOn", "the date the report was published"));
                for (Weakness w : inspection.weaknesses()) {
                    fields.add(
                            FormField.yesNo(
                                    "sufficientProgress." + w.number(),
                                    "the judgement for area of weakness " + w.number()));
                }
                if (form.shape() == Shape.REVISIT_OUTCOME) {
                    fields.add(
                            FormField.date(
                                    "appDueOn", "the date the Accelerated Progress Plan is due"));
                }
            }
            case OVERRIDE -> {
                fields.add(FormField.choice("deadline", "the deadline to change"));
                fields.add(FormField.date("dueOn", "the new due date"));
                fields.add(FormField.text("reason", "the reason for the change"));
            }
            case DATED -> {}
        }
        fields.add(FormField.text("note", "the note"));
        return new EventForm(
                type,
                form.shape(),
                form.heading(),
                form.intro(),
                form.dateLegend(),
                form.dateHint(),
                form.button(),
                new FormSpec(id, fields));
    }
}
