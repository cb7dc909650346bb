package org.sendtracker.infrastructure.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.sendtracker.area.application.Areas;
import org.sendtracker.improvement.application.ImprovementPlans;
import org.sendtracker.report.application.IssuedReports;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.application.ReportIssuedListener;
import org.sendtracker.report.application.WsoaWork;

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

    /** {@code listeners}: where a workflow is deployed, the one that wakes it to email the link. */
    @Singleton
    ProgressReportService progressReportService(
            Areas areas,
            IssuedReports issued,
            WsoaWork work,
            Clock clock,
            List<ReportIssuedListener> listeners) {
        return new ProgressReportService(areas, issued, work, clock, listeners);
    }
}
