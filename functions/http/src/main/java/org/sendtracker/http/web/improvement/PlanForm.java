package org.sendtracker.http.web.improvement;

import java.util.List;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;

/**
 * The improvement plan's forms (docs/boards.md): each asks for the fields the JSON API takes, under
 * the same names ({@code cadence.every} is the cadence's {@code every}), so the domain reads them
 * through the same service and its errors come back to the right boxes.
 */
enum PlanForm {
    BOARD(
            "board",
            FormField.text("name", "the board's name"),
            FormField.choice("kind", "the kind of board"),
            FormField.choice("members", "members"),
            FormField.choice("reportsTo", "the board it reports to"),
            FormField.choice("cadence.kind", "the cadence"),
            FormField.text("cadence.every", "how many weeks or months apart"),
            FormField.date("cadence.from", "the date the first report is due"),
            FormField.date("cadence.until", "the date of the last report"),
            FormField.lines("cadence.meetings", "the meeting dates")),
    PRESENTED(
            "report",
            FormField.choice("dueOn", "the report"),
            FormField.date("presentedOn", "the date it was presented")),
    ACTION(
            "action",
            FormField.choice("weakness", "the area of weakness"),
            FormField.text("title", "what will be done"),
            FormField.text("owner", "who owns the action"),
            FormField.date("dueOn", "the date the action is due"),
            FormField.choice("progress", "the progress"),
            FormField.date("completedOn", "the date it was completed")),
    MEASURE(
            "measure",
            FormField.choice("weakness", "the area of weakness"),
            FormField.text("name", "what is measured"),
            FormField.text("unit", "the unit"),
            FormField.choice("direction", "which way is better"),
            FormField.text("baseline", "the baseline"),
            FormField.date("baselineOn", "the date of the baseline"),
            FormField.text("target", "the target"),
            FormField.date("targetBy", "the date the target is for")),
    VALUE(
            "value",
            FormField.date("on", "the date the value is for"),
            FormField.text("value", "the value"),
            FormField.text("note", "the note")),
    ISSUE(
            "issue",
            FormField.choice("board", "the board it is for"),
            FormField.date("from", "the first day of the report's period"),
            FormField.date("to", "the last day of the report's period"));

    /** The cadence choice that means "no reports due": the board is saved without a cadence. */
    static final String NO_CADENCE = "NONE";

    private final FormSpec spec;

    PlanForm(String id, FormField... fields) {
        this.spec = new FormSpec(id, List.of(fields));
    }

    FormSpec spec() {
        return spec;
    }

    /** The field the form's refusals that name no field of their own are shown against. */
    String firstField() {
        return spec.fields().get(0).name();
    }
}
