package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionProgress;
import org.sendtracker.improvement.model.Direction;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.model.InspectionId;

/** A visit's briefing names each measure's latest value and the actions overdue that day. */
class PlanBriefingTest {

    private static final LocalDate TODAY = LocalDate.parse("2018-09-12");

    @Test
    void latestMeasures_andOverdueActions() {
        ImprovementPlan plan =
                new ImprovementPlan(
                        new InspectionId("testshire-2017-11-13"),
                        1,
                        List.of(),
                        List.of(
                                action("Audit late plans", "2018-07-31", ActionProgress.COMPLETE),
                                action("Second provider", "2018-08-31", ActionProgress.IN_PROGRESS),
                                action("Parent survey", "2018-12-31", ActionProgress.NOT_STARTED)),
                        List.of(
                                new Measure(
                                        "m1",
                                        1,
                                        "EHC plans within 20 weeks",
                                        "%",
                                        Direction.HIGHER_IS_BETTER,
                                        new BigDecimal("31"),
                                        LocalDate.parse("2017-10-01"),
                                        new BigDecimal("60"),
                                        null,
                                        List.of(
                                                new MeasureValue(
                                                        LocalDate.parse("2018-09-01"),
                                                        new BigDecimal("58.0"),
                                                        null)),
                                        false)));

        assertThat(PlanBriefing.latestMeasures(plan))
                .containsExactly(
                        "EHC plans within 20 weeks: 58 % on 1 September 2018 (baseline 31, target 60)");
        assertThat(PlanBriefing.overdueActions(plan, TODAY))
                .containsExactly("Second provider (Head of SEND): was due 31 August 2018");
    }

    private static Action action(String title, String due, ActionProgress progress) {
        LocalDate dueOn = LocalDate.parse(due);
        return new Action(
                title.toLowerCase().replace(' ', '-'),
                1,
                title,
                "Head of SEND",
                dueOn,
                progress,
                progress == ActionProgress.COMPLETE ? dueOn.minusDays(5) : null,
                false);
    }
}
