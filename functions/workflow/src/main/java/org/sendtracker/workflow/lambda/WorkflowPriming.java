package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.workflow.application.Decision;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowService;

/**
 * The workflow functions' SnapStart priming steps ({@link Priming}): reads of an inspection that
 * does not exist, so nothing is written and nothing is sent.
 */
final class WorkflowPriming {

    /**
     * A Tick's input for the absent inspection: it reads the inspection and its workflow, finds
     * neither, and ends.
     */
    static final Map<String, Object> ABSENT_TICK =
            Map.of(
                    "inspectionId",
                    Priming.ABSENT_INSPECTION,
                    "stage",
                    Stage.AWAITING_REPORT,
                    "generation",
                    1,
                    "loops",
                    0,
                    "executionStartedAt",
                    "2000-01-03T00:00:00Z");

    private WorkflowPriming() {}

    /**
     * Reads the absent inspection and its workflow state through the service, and writes the
     * decision as a payload.
     */
    static Priming.Step tickOfAbsentInspection(ApplicationContext context) {
        return new Priming.Step(
                "tick of an absent inspection",
                () -> {
                    Decision decision =
                            context.getBean(WorkflowService.class)
                                    .tick(
                                            new TickInput(
                                                    Priming.ABSENT_INSPECTION,
                                                    Stage.AWAITING_REPORT,
                                                    1,
                                                    0),
                                            Instant.parse("2000-01-03T00:00:00Z"));
                    Payloads.decision(decision);
                });
    }

    /** Computes a WSoA due date: Jollyday reads its UK calendar. */
    static Priming.Step bankHolidays(ApplicationContext context) {
        return new Priming.Step(
                "bank holidays",
                () ->
                        context.getBean(WorkingDayCalendar.class)
                                .plusWorkingDays(LocalDate.of(2019, 5, 14), 70));
    }
}
