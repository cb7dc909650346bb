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

/**
 * The questions of the "Change" and "Withdraw" forms of a recorded step. A change asks for each of
 * the step's dates (prefilled as they stand; {@code fields.on}, {@code fields.publishedOn}, …,
 * which {@link FormSpec} sends on as the correction's {@code fields}), including the optional dates
 * its type may go without (to give one not known when it was recorded, or empty one to remove it),
 * and the reason; a withdrawal asks only for the reason. Other fields of a step (a list of
 * weaknesses, a judgement) are corrected through the JSON API.
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

    private static final String OPTIONAL_HINT =
            "Leave it empty if it is not known yet. Emptying a date that was recorded removes it. "
                    + HINT;

    static final FormSpec WITHDRAW =
            new FormSpec("withdraw", List.of(FormField.text("reason", "the reason")));

    private CorrectionForms() {}

    static FormSpec change(StepsOnRecord steps, int seq) {
        List<FormField> fields = new ArrayList<>();
        for (String name : steps.dateFields(seq)) {
            fields.add(FormField.date("fields." + name, LABELS.get(name)));
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

    /** The step's dates as they stand, as the date boxes' values; a date not recorded is empty. */
    static Map<String, String> prefilled(StepsOnRecord steps, int seq) {
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
        return values;
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
