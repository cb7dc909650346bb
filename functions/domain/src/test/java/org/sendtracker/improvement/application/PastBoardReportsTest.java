package org.sendtracker.improvement.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.application.PastInspections;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.report.application.PastRecords;
import org.sendtracker.report.application.ReplayedRecords;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.Actor;
import org.sendtracker.testing.SettableClock;

/**
 * A board's reports on a past day (docs/progress-report.md, "The report's date"): those the
 * inspection's closing cancelled since stood then; one a change of cadence dropped did not.
 */
class PastBoardReportsTest {

    private static final Actor OFFICER = new Actor("sub-1", "Jo Officer");
    private static final String ID = Cumbria2019.ID.value();

    private final SettableClock clock = SettableClock.at("2020-01-06T10:00:00Z");
    private final InMemoryPlans plans = new InMemoryPlans();

    @Test
    void theReportsAClosingCancelledAfterTheDay_stoodThen_butNotOneACadenceChangeDropped() {
        plans.store(Cumbria2019.recordedAsItHappened().inMonitoring());
        ImprovementService service =
                new ImprovementService(
                        plans.inspections(),
                        plans,
                        new InMemoryAreas(Cumbria2019.area()),
                        BuiltInRules.get(),
                        Cumbria2019.CALENDAR,
                        clock,
                        List.of());
        // reports every two months from 15 January to 15 July 2020, then the board ends in May
        save(service, "2020-07-15");
        clock.set(Instant.parse("2020-02-03T10:00:00Z"));
        save(service, "2020-05-15");
        // then the inspection closes, which cancels every report not yet presented
        Inspection open = plans.inspection(Cumbria2019.ID);
        Inspection closed = closing(open);

        PastRecords.AsItStood then =
                new ReplayedRecords(
                                plans.inspections(),
                                new PastInspections(
                                        Cumbria2019.CALENDAR, BuiltInRules.get(), clock),
                                clock)
                        .on(closed, service.plan(ID).orElseThrow(), LocalDate.of(2020, 2, 29));

        assertThat(then.inspection().stage()).isNotEqualTo(Stage.CLOSED);
        assertThat(boardReports(then.inspection()))
                .extracting(Deadline::dueOn, Deadline::cancelled)
                .containsExactly(
                        tuple(LocalDate.of(2020, 1, 15), false),
                        tuple(LocalDate.of(2020, 3, 15), false),
                        tuple(LocalDate.of(2020, 5, 15), false));
        // and the record as it is: closed, its reports cancelled, the one dropped with them
        assertThat(boardReports(closed)).hasSize(4).allMatch(Deadline::cancelled);
    }

    private static void save(ImprovementService service, String until) {
        assertThat(
                        service.saveBoard(
                                        ID,
                                        "improvement-board",
                                        ImprovementService.Request.of(
                                                Cumbria2019.parse(
                                                        """
                {"name": "SEND Improvement Board", "kind": "IMPROVEMENT_BOARD",
                 "members": ["jo.lead@cumbria.gov.uk"],
                 "cadence": {"kind": "EVERY_MONTHS", "every": 2, "from": "2020-01-15", "until": "%s"}}"""
                                                                .formatted(until)),
                                                OFFICER))
                                .isOk())
                .isTrue();
    }

    /** The inspection as closing leaves it: closed, every outstanding deadline cancelled. */
    private static Inspection closing(Inspection open) {
        return new Inspection(
                open.id(),
                open.areaId(),
                open.framework(),
                Stage.CLOSED,
                open.version() + 1,
                open.notifiedOn(),
                open.startsOn(),
                open.endsOn(),
                open.reportReceivedOn(),
                open.reportPublishedOn(),
                open.outcome(),
                open.weaknesses(),
                open.deadlines().stream().map(d -> d.isOutstanding() ? d.cancel() : d).toList(),
                open.keyDates(),
                open.lastEventOn(),
                open.eventCount() + 1,
                open.createdAt(),
                open.updatedAt());
    }

    private static List<Deadline> boardReports(Inspection inspection) {
        return inspection.deadlines().stream()
                .filter(d -> d.kind() == DeadlineKind.BOARD_REPORT)
                .toList();
    }
}
