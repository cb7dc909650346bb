package org.sendtracker.infrastructure.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.sendtracker.area.application.Areas;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.improvement.application.ImprovementPlans;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.inspection.application.InspectionListener;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.rules.RuleBook;

/** Wires the improvement plans' service (boards, actions, measures: docs/boards.md). */
@Factory
final class ImprovementBeans {

    @Singleton
    ImprovementService improvementService(
            Inspections inspections,
            ImprovementPlans plans,
            Areas areas,
            RuleBook rules,
            WorkingDayCalendar calendar,
            Clock clock,
            List<InspectionListener> listeners) {
        return new ImprovementService(inspections, plans, areas, rules, calendar, clock, listeners);
    }
}
