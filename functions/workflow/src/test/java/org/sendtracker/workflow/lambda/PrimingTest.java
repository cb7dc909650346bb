package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;
import org.sendtracker.workflow.testing.WorkflowStack;

/**
 * The workflow functions' SnapStart priming, what each {@code beforeCheckpoint} hook runs: every
 * step succeeds, and nothing is written, started, woken or sent, even with an inspection whose
 * reminders are due.
 */
class PrimingTest {

    private WorkflowStack stack;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void tickWaitAndReconcile_primeEveryStep_andChangeNothing() {
        // given Cumbria with its WSoA due and its workflow waiting
        Inspection cumbria = stack.cumbriaWithItsWsoaDue();
        Optional<WorkflowState> workflow = stack.bean(Workflows.class).find(cumbria.id());
        int signals = stack.signals().started().size() + stack.signals().woken().size();

        // when
        List<Priming.Primed> primed =
                List.of(
                        new TickFunction(stack.context()).priming().prime(),
                        new WaitFunction(stack.context()).priming().prime(),
                        new ReconcileFunction(stack.context()).priming().prime());

        // then
        assertThat(primed).allSatisfy(each -> assertThat(each.failed()).isEmpty());
        assertThat(stack.mailer().sent()).isEmpty();
        assertThat(stack.signals().started().size() + stack.signals().woken().size())
                .isEqualTo(signals);
        assertThat(stack.bean(Workflows.class).find(cumbria.id())).isEqualTo(workflow);
        assertThat(stack.bean(Inspections.class).find(cumbria.id())).hasValue(cumbria);
        InspectionId absent = new InspectionId(Priming.ABSENT_INSPECTION);
        assertThat(stack.bean(Workflows.class).find(absent)).isEmpty();
        assertThat(stack.bean(Inspections.class).find(absent)).isEmpty();
    }
}
