package org.sendtracker.improvement.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.application.WeaknessReferences;
import org.sendtracker.inspection.model.InspectionId;

/** An improvement plan's actions and measures, each referring to one area of weakness. */
public final class PlanWeaknessReferences implements WeaknessReferences {

    private final ImprovementPlans plans;

    public PlanWeaknessReferences(ImprovementPlans plans) {
        this.plans = plans;
    }

    @Override
    public Map<Integer, String> of(InspectionId inspection) {
        ImprovementPlan plan = plans.find(inspection);
        Map<Integer, int[]> counts = new TreeMap<>();
        plan.actions().forEach(a -> counts.computeIfAbsent(a.weakness(), n -> new int[2])[0]++);
        plan.measures().forEach(m -> counts.computeIfAbsent(m.weakness(), n -> new int[2])[1]++);
        Map<Integer, String> references = new TreeMap<>();
        counts.forEach(
                (weakness, count) -> {
                    List<String> what = new ArrayList<>();
                    if (count[0] > 0) {
                        what.add(count[0] + (count[0] == 1 ? " action" : " actions"));
                    }
                    if (count[1] > 0) {
                        what.add(count[1] + (count[1] == 1 ? " measure" : " measures"));
                    }
                    references.put(weakness, String.join(" and ", what));
                });
        return references;
    }
}
