package org.sendtracker.http.web.inspection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.http.web.form.DateParts;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.inspection.CorrectionPage.DateQuestion;
import org.sendtracker.inspection.application.StepsOnRecord;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.rules.Framework;

/**
 * The questions of the "Change" and "Withdraw" forms of a recorded step. A change asks for each of
 * the step's dates (prefilled as they stand; {@code fields.on}, {@code fields.publishedOn}, …,
 * which {@link FormSpec} sends on as the correction's {@code fields}), including the optional dates
 * its type may go without (to give one not known when it was recorded, or empty one to remove it);
 * for a 2023 report, its outcome and areas for priority action ({@code fields.outcome}, {@code
 * fields.weaknesses}), as the report form asks them; and the reason. A withdrawal asks only for the
 * reason. Other fields of a step (a 2016 report's areas of weakness, a judgement) are corrected
 * through the JSON API.
 */
final class CorrectionForms {

    private static final Map<String, String> LEGENDS =
            Map.of(
                    "on", "What is the right date of this step?",
                    "publishedOn", "When was the report published?",
                    "startsOn", "When did inspectors arrive?",
                    "resubmitBy", "What is the date to resubmit by?",
                    "appDueOn", "When is the Accelerated Progress Plan due?",
                    "dueOn", "What is the new due date?");

    private static final Map<String, String> LABELS =
            Map.of(
                    "on", "the date of this step",
                    "publishedOn", "the date the report was published",
                    "startsOn", "the date inspectors arrive",
                    "resubmitBy", "the date to resubmit by",
                    "appDueOn", "the date the Accelerated Progress Plan is due",
                    "dueOn", "the new due date");

    private static final String HINT = "For example, 14 5 2019";

    private static final String OUTCOME = "fields.outcome";

    private static final String AREAS = "fields.weaknesses";

    private static final String OPTIONAL_HINT =
            "Leave it empty if it is not known yet. Emptying a date that was recorded removes it. "
                    + HINT;

    static final FormSpec WITHDRAW =
            new FormSpec("withdraw", List.of(FormField.text("reason", "the reason")));

    private CorrectionForms() {}

    /** Whether the change form of entry {@code seq} asks a 2023 report's outcome and areas. */
    static boolean asksOutcome(Inspection inspection, StepsOnRecord steps, int seq) {
        return inspection.framework() == Framework.AREA_SEND_2023
                && steps.type(seq).orElse(null) == EventType.REPORT_RECEIVED;
    }

    static FormSpec change(StepsOnRecord steps, int seq, boolean asksOutcome) {
        List<FormField> fields = new ArrayList<>();
        for (String name : steps.dateFields(seq)) {
            fields.add(FormField.date("fields." + name, LABELS.get(name)));
        }
        if (asksOutcome) {
            fields.add(FormField.choice(OUTCOME, "the outcome"));
            fields.add(FormField.lines(AREAS, "areas for priority action"));
        }
        fields.add(FormField.text("reason", "the reason"));
        return new FormSpec("change", fields);
    }

    static List<DateQuestion> questions(StepsOnRecord steps, int seq) {
        return steps.dateFields(seq).stream()
                .map(
                        name ->
                                steps.optionalDate(seq, name)
                                        ? new DateQuestion(
                                                "fields." + name,
                                                LEGENDS.get(name) + " (optional)",
                                                OPTIONAL_HINT)
                                        : new DateQuestion(
                                                "fields." + name, LEGENDS.get(name), HINT))
                .toList();
    }

    /**
     * The step's dates as they stand, as the date boxes' values (a date not recorded is empty), and
     * when asked, its outcome and its areas for priority action, one a line.
     */
    static Map<String, String> prefilled(StepsOnRecord steps, int seq, boolean asksOutcome) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : steps.dateFields(seq)) {
            steps.date(seq, name)
                    .ifPresent(
                            date -> {
                                values.put(
                                        "fields." + name + "-day",
                                        String.valueOf(date.getDayOfMonth()));
                                values.put(
                                        "fields." + name + "-month",
                                        String.valueOf(date.getMonthValue()));
                                values.put(
                                        "fields." + name + "-year", String.valueOf(date.getYear()));
                            });
        }
        if (asksOutcome) {
            steps.outcome(seq).ifPresent(outcome -> values.put(OUTCOME, outcome));
            values.put(AREAS, String.join("\n", steps.weaknesses(seq)));
        }
        return values;
    }

    /**
     * The correction's input as posted, less what it sends unchanged, with what it empties removed
     * ({@link #withEmptiedDates}, and when asked, {@link #withOutcomeAsChanged}).
     */
    static Map<String, Object> corrected(
            StepsOnRecord steps, int seq, FormSpec.Submission submission, boolean asksOutcome) {
        Map<String, Object> input = withEmptiedDates(steps, seq, submission);
        return asksOutcome ? withOutcomeAsChanged(steps, seq, submission, input) : input;
    }

    /**
     * {@code input} with a 2023 report's outcome and areas for priority action only where they
     * change: each is posted as it stands unless the officer changes it, and the outcome as the
     * form's text ("1") where the report may hold a number, so one sent as it stands is left out,
     * rather than summarised as a change; an areas box posted empty where areas were recorded gives
     * them as {@code null}, which removes them (as an emptied optional date does).
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withOutcomeAsChanged(
            StepsOnRecord steps,
            int seq,
            FormSpec.Submission submission,
            Map<String, Object> input) {
        Map<String, Object> fields =
                new LinkedHashMap<>(
                        input.get("fields") instanceof Map<?, ?> given
                                ? (Map<String, Object>) given
                                : Map.of());
        String outcome = name(OUTCOME);
        if (fields.get(outcome) instanceof String given
                && steps.outcome(seq).filter(given.strip()::equals).isPresent()) {
            fields.remove(outcome);
        }
        String areas = name(AREAS);
        List<String> standing = steps.weaknesses(seq);
        if (fields.get(areas) instanceof List<?> given) {
            if (given.equals(standing)) {
                fields.remove(areas);
            }
        } else if (submission.data().first(AREAS) != null && !standing.isEmpty()) {
            fields.put(areas, null);
        }
        Map<String, Object> corrected = new LinkedHashMap<>(input);
        if (fields.isEmpty()) {
            corrected.remove("fields");
        } else {
            corrected.put("fields", fields);
        }
        return corrected;
    }

    /** A form field's name in the correction's {@code fields}: {@code outcome}. */
    private static String name(String formField) {
        return formField.substring("fields.".length());
    }

    /**
     * The correction's input with each optional date that was recorded and whose boxes are posted
     * empty given as {@code null}, which removes it (docs/corrections-plan.md): an empty box
     * otherwise means "not given", which leaves a recorded date as it was.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withEmptiedDates(
            StepsOnRecord steps, int seq, FormSpec.Submission submission) {
        Map<String, Object> input = new LinkedHashMap<>(submission.input());
        for (String name : steps.dateFields(seq)) {
            String field = "fields." + name;
            if (steps.optionalDate(seq, name)
                    && steps.date(seq, name).isPresent()
                    && posted(submission.data(), field)
                    && DateParts.read(submission.data(), field, name) instanceof DateParts.Absent) {
                Map<String, Object> fields =
                        new LinkedHashMap<>(
                                input.get("fields") instanceof Map<?, ?> given
                                        ? (Map<String, Object>) given
                                        : Map.of());
                fields.put(name, null);
                input.put("fields", fields);
            }
        }
        return input;
    }

    /**
     * Whether the date's three boxes were posted (empty or not): a post without them, which no page
     * of the tracker sends, leaves the date as it was rather than removing it.
     */
    private static boolean posted(FormData data, String field) {
        return data.first(field + "-" + DateParts.DAY) != null
                && data.first(field + "-" + DateParts.MONTH) != null
                && data.first(field + "-" + DateParts.YEAR) != null;
    }
}
