package org.sendtracker.infrastructure.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.sendtracker.area.application.Areas;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.improvement.application.ImprovementPlans;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.application.PastInspections;
import org.sendtracker.report.application.IssuedReports;
import org.sendtracker.report.application.PastRecords;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.application.ReplayedRecords;
import org.sendtracker.report.application.ReportIssuedListener;
import org.sendtracker.report.application.WsoaWork;
import org.sendtracker.rules.RuleBook;

/** Wires progress reports (docs/progress-report.md) into Micronaut. */
@Factory
final class ReportBeans {

    /** A report reads the improvement plans' store where there is one. */
    @Singleton
    @Requires(beans = ImprovementPlans.class)
    WsoaWork wsoaWork(ImprovementPlans plans) {
        return plans::find;
    }

    /** Where no improvement plans are stored, a report has no actions or measures to show. */
    @Singleton
    @Requires(missingBeans = ImprovementPlans.class)
    WsoaWork noWsoaWork() {
        return WsoaWork.NONE;
    }

    /**
     * A past period's report reads the record as it stood from the audit trail; {@code listeners}:
     * where a workflow is deployed, the one that wakes it to email the link.
     */
    @Singleton
    ProgressReportService progressReportService(
            Areas areas,
            IssuedReports issued,
            WsoaWork work,
            Clock clock,
            Inspections inspections,
            WorkingDayCalendar calendar,
            RuleBook rules,
            List<ReportIssuedListener> listeners) {
        PastRecords past =
                new ReplayedRecords(
                        inspections, new PastInspections(calendar, rules, clock), clock);
        return new ProgressReportService(areas, issued, work, clock, past, listeners);
    }
}
