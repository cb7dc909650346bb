package org.sendtracker.http.web.inspection;

import java.util.List;
import org.sendtracker.http.web.form.Option;

/**
 * How a 2023 report's outcome and areas for priority action are asked, worded once for the form
 * that records the report and the form that corrects it (docs/corrections-plan.md).
 */
public final class ReportOutcomeQuestions {

    public static final String OUTCOME_LEGEND = "What was the outcome?";

    public static final List<Option> OUTCOMES =
            List.of(
                    new Option("1", "Outcome 1", "Typically positive experiences and outcomes"),
                    new Option("2", "Outcome 2", "Inconsistent experiences and outcomes"),
                    new Option(
                            "3",
                            "Outcome 3",
                            "Widespread and/or systemic failings: a priority action plan is required"));

    public static final String AREAS_LABEL = "Areas for priority action (optional)";

    public static final String AREAS_HINT =
            "Only with outcome 3: the priority action plan addresses them. One on each line, as the"
                    + " report lists them.";

    private ReportOutcomeQuestions() {}
}
