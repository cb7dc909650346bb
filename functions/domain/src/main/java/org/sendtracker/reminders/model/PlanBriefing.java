package org.sendtracker.reminders.model;

import static org.sendtracker.shared.Dates.format;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionStatus;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;

/**
 * What a monitoring visit's briefing adds from the improvement plan (issue 11): each measure of
 * impact's latest value against its baseline and target, and the actions overdue on the day it is
 * written. Kept apart from {@link EmailComposer}'s wording; it calls this for the two lists.
 */
public final class PlanBriefing {

    private PlanBriefing() {}

    /** "EHC plans issued within 20 weeks: 58 % on 1 September 2018 (baseline 31, target 60)". */
    public static List<String> latestMeasures(ImprovementPlan plan) {
        List<String> lines = new ArrayList<>();
        for (Measure measure : plan.measures()) {
            String latest =
                    measure.latest()
                            .map(
                                    (MeasureValue v) ->
                                            plain(v.value())
                                                    + " "
                                                    + measure.unit()
                                                    + " on "
                                                    + format(v.on())
                                                    + (measure.meetsTarget(v.value())
                                                            ? ", target met"
                                                            : ""))
                            .orElse("no value recorded yet");
            lines.add(
                    measure.name()
                            + ": "
                            + latest
                            + " (baseline "
                            + plain(measure.baseline())
                            + ", target "
                            + plain(measure.target())
                            + ")");
        }
        return lines;
    }

    /** "Commission a second provider (ICB commissioner): was due 31 August 2018". */
    public static List<String> overdueActions(ImprovementPlan plan, LocalDate today) {
        List<String> lines = new ArrayList<>();
        for (Action action : plan.actions()) {
            if (action.statusOn(today) == ActionStatus.OVERDUE) {
                lines.add(
                        action.title()
                                + " ("
                                + action.owner()
                                + "): was due "
                                + format(action.dueOn()));
            }
        }
        return lines;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
