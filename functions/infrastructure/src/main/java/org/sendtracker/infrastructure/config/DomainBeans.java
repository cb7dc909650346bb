package org.sendtracker.infrastructure.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.application.People;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.application.Areas;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.improvement.application.ImprovementPlans;
import org.sendtracker.improvement.application.PlanWeaknessReferences;
import org.sendtracker.infrastructure.rules.RuleBookFiles;
import org.sendtracker.infrastructure.snapstart.Secrets;
import org.sendtracker.inspection.application.DeadlineIndex;
import org.sendtracker.inspection.application.DeadlineService;
import org.sendtracker.inspection.application.InspectionListener;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.reminders.application.DeliveryReports;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.rules.RuleBook;

/**
 * Wires the framework-free domain into Micronaut. Configuration: {@code
 * SENDTRACKER_EXTRA_BANK_HOLIDAYS} (comma-separated ISO dates proclaimed at short notice) and
 * {@code SENDTRACKER_RULES_FILE} (a corrected copy of deadline-rules.json).
 */
@Factory
final class DomainBeans {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    WorkingDayCalendar workingDayCalendar(
            @Value("${sendtracker.extra-bank-holidays:}") String extraBankHolidays) {
        List<LocalDate> extra =
                Arrays.stream(extraBankHolidays.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .map(LocalDate::parse)
                        .toList();
        return new WorkingDayCalendar(new EnglandAndWalesBankHolidays(extra));
    }

    @Singleton
    RuleBook ruleBook(@Value("${sendtracker.rules-file:}") String rulesFile) {
        return RuleBookFiles.load(
                rulesFile.isBlank() ? Optional.empty() : Optional.of(Path.of(rulesFile)));
    }

    @Singleton
    InspectionService inspectionService(
            Inspections inspections,
            Areas areas,
            WorkingDayCalendar calendar,
            RuleBook rules,
            Clock clock,
            List<InspectionListener> listeners,
            ImprovementPlans plans) {
        return new InspectionService(
                inspections,
                areas,
                calendar,
                rules,
                clock,
                listeners,
                new PlanWeaknessReferences(plans));
    }

    @Singleton
    AreaService areaService(Areas areas, Clock clock) {
        return new AreaService(areas, clock);
    }

    /**
     * {@code SENDTRACKER_FIRST_ADMINISTRATOR}: the identity provider's subject id of the person who
     * is an administrator whatever the table says (README, "Sign-in"); feed secrets are 256 random
     * bits.
     */
    @Singleton
    AccessService accessService(
            People people,
            Areas areas,
            Clock clock,
            @Value("${sendtracker.first-administrator:}") String firstAdministrator) {
        return new AccessService(
                people,
                areas,
                clock,
                Optional.of(firstAdministrator.strip()),
                () -> Secrets.urlSafe(32));
    }

    @Singleton
    UndeliveredEmails undeliveredEmails(NoticeLedger ledger, Clock clock) {
        return new UndeliveredEmails(ledger, clock);
    }

    @Singleton
    DeliveryReports deliveryReports(NoticeLedger ledger) {
        return new DeliveryReports(ledger);
    }

    @Singleton
    DeadlineService deadlineService(DeadlineIndex index, Clock clock) {
        return new DeadlineService(index, clock);
    }
}
