package org.sendtracker.infrastructure.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.sendtracker.area.application.Areas;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.application.InspectionListener;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.reminders.application.Mailer;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.ReminderService;
import org.sendtracker.reminders.application.ReportLinks;
import org.sendtracker.reminders.application.Sleeper;
import org.sendtracker.reminders.model.EmailComposer;
import org.sendtracker.reminders.model.ReminderPlanner;
import org.sendtracker.reminders.model.ReminderPolicy;
import org.sendtracker.reminders.model.ReportNoticeComposer;
import org.sendtracker.report.application.ReportIssuedListener;
import org.sendtracker.report.application.WsoaWork;
import org.sendtracker.workflow.application.WorkflowService;
import org.sendtracker.workflow.application.WorkflowSignals;
import org.sendtracker.workflow.application.WorkflowStarts;
import org.sendtracker.workflow.application.Workflows;

/**
 * Wires reminders and the workflow. Configuration ({@code SENDTRACKER_…} in the environment):
 * {@code REMINDERS_WORKING_DAYS_BEFORE} (20,10,5,1), {@code REMINDERS_ON_THE_DAY} (true), {@code
 * REMINDERS_OVERDUE_EVERY} (5 working days), {@code REMINDERS_OVERDUE_CAP} (6), {@code PUBLIC_URL}
 * (links in emails), {@code WORKFLOW_STATE_MACHINE_ARN}.
 */
@Factory
final class WorkflowBeans {

    @Singleton
    ReminderPolicy reminderPolicy(
            @Value("${sendtracker.reminders.working-days-before:20,10,5,1}") String before,
            @Value("${sendtracker.reminders.on-the-day:true}") boolean onTheDay,
            @Value("${sendtracker.reminders.overdue-every:5}") int overdueEvery,
            @Value("${sendtracker.reminders.overdue-cap:6}") int overdueCap) {
        List<Integer> days =
                Arrays.stream(before.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(Integer::valueOf)
                        .toList();
        return new ReminderPolicy(days, onTheDay, overdueEvery, overdueCap);
    }

    @Singleton
    ReminderService reminderService(
            Areas areas,
            ReminderPolicy policy,
            WorkingDayCalendar calendar,
            NoticeLedger ledger,
            Mailer mailer,
            Clock clock,
            ReportLinks reportLinks,
            WsoaWork plans,
            @Value("${sendtracker.public-url:}") String publicUrl) {
        // No default: emails have no request to take an address from, and template.yaml always sets
        // it for the Tick function.
        Sleeper sleeper = duration -> Thread.sleep(duration.toMillis());
        return new ReminderService(
                areas,
                new ReminderPlanner(policy, calendar),
                // a monitoring visit's briefing ends with the plan's measures and overdue actions
                new EmailComposer(calendar, publicUrl, plans::of),
                ledger,
                mailer,
                sleeper,
                clock,
                reportLinks,
                new ReportNoticeComposer(publicUrl));
    }

    @Singleton
    WorkflowService workflowService(
            Inspections inspections,
            ReminderService reminders,
            Workflows workflows,
            WorkflowSignals signals,
            Clock clock) {
        return new WorkflowService(inspections, reminders, workflows, signals, clock);
    }

    /**
     * Officers' changes wake the workflow, where one is deployed. Through {@link WorkflowStarts}
     * alone, not {@link WorkflowService}: the HTTP function then builds no reminder service and no
     * mailer.
     */
    @Singleton
    @Requires(property = "sendtracker.workflow.state-machine-arn")
    InspectionListener workflowWaker(Workflows workflows, WorkflowSignals signals, Clock clock) {
        return new WorkflowStarts(workflows, signals, clock)::changed;
    }

    /**
     * A report issued wakes the workflow, whose Tick emails its link to the board's members
     * (docs/progress-report.md).
     */
    @Singleton
    @Requires(property = "sendtracker.workflow.state-machine-arn")
    ReportIssuedListener reportIssuedWaker(
            Workflows workflows, WorkflowSignals signals, Clock clock) {
        WorkflowStarts starts = new WorkflowStarts(workflows, signals, clock);
        return (inspection, report) -> starts.wake(inspection);
    }
}
