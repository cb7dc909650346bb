package org.sendtracker.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sendtracker.reminders.testing.Cumbria2019.CALENDAR;
import static org.sendtracker.reminders.testing.Cumbria2019.ID;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.EventDetails;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.reminders.application.ReminderService;
import org.sendtracker.reminders.application.ReportLinks;
import org.sendtracker.reminders.model.EmailComposer;
import org.sendtracker.reminders.model.ReminderPlanner;
import org.sendtracker.reminders.model.ReminderPolicy;
import org.sendtracker.reminders.model.ReportLink;
import org.sendtracker.reminders.model.ReportNoticeComposer;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.reminders.testing.InMemoryNoticeLedger;
import org.sendtracker.reminders.testing.RecordingMailer;
import org.sendtracker.testing.SettableClock;
import org.sendtracker.workflow.testing.RecordingSignals;

/**
 * The workflow's decisions: wait for the next notice (never more than 60 days), continue as new on
 * a stage change or when an execution grows old or long, end when closed or superseded; the
 * waiter's refusal when the inspection moved; waking on a change; and the daily reconcile.
 */
class WorkflowServiceTest {

    private static final String TOKEN =
            "AQCEAAAAKgAAAAMAAAAAAAAAAcgAnE5y1wBoCgL4bqqiZ8fcyhCqC6RKrTbr6d0+Hws0Jd0pe6UM2Al6i3O";

    /** When the WSoA_DUE execution started: the evening the report was recorded. */
    private static final Instant STARTED = Instant.parse("2019-05-14T16:30:05Z");

    private final Cumbria2019 cumbria = Cumbria2019.recordedAsItHappened();
    private final InMemoryInspections inspections = new InMemoryInspections();
    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final RecordingSignals signals = new RecordingSignals();
    private final RecordingMailer mailer = new RecordingMailer();
    private final SettableClock clock = new SettableClock(Instant.parse("2019-07-20T10:00:00Z"));
    private final WorkflowService service =
            new WorkflowService(
                    inspections,
                    new ReminderService(
                            new InMemoryAreas(Cumbria2019.area()),
                            new ReminderPlanner(ReminderPolicy.DEFAULT, CALENDAR),
                            new EmailComposer(CALENDAR, "https://sendtracker.example.gov.uk"),
                            new InMemoryNoticeLedger(),
                            mailer,
                            duration -> {},
                            clock),
                    workflows,
                    signals,
                    clock);

    @Test
    void tick_waitsUntil0800OnTheDayOfTheNextNotice() {
        // given the WSoA due 21 August 2019; its next reminder is Wednesday 24 July at 08:00 BST
        inspections.store(cumbria.withWsoaDue());

        // when: Saturday 20 July 2019, 11:00 BST
        Decision decision = service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 3), STARTED);

        // then: 3 days 21 hours
        assertThat(decision)
                .isEqualTo(
                        new Decision.Wait(
                                3 * 86_400 + 21 * 3_600,
                                Instant.parse("2019-07-24T07:00:00Z"),
                                Stage.WSOA_DUE,
                                1,
                                2,
                                0,
                                0));
        assertThat(workflows.find(ID))
                .contains(
                        WorkflowState.sleeping(
                                ID,
                                1,
                                Stage.WSOA_DUE,
                                2,
                                Instant.parse("2019-07-24T07:00:00Z"),
                                clock.instant()));
    }

    @Test
    void tick_sendsWhatIsDue_thenWaitsForTheNextPoint() {
        // given
        inspections.store(cumbria.withWsoaDue());
        clock.set(Instant.parse("2019-08-14T07:00:00Z"));

        // when
        Decision decision = service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 5), STARTED);

        // then
        assertThat(decision)
                .isEqualTo(
                        new Decision.Wait(
                                6 * 86_400,
                                Instant.parse("2019-08-20T07:00:00Z"),
                                Stage.WSOA_DUE,
                                1,
                                2,
                                1,
                                0));
        assertThat(mailer.subjects())
                .containsExactly(
                        "[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019");
    }

    @Test
    void tick_neverWaitsMoreThan60Days() {
        // given the day after the report, 70 days before the first reminder
        inspections.store(cumbria.withWsoaDue());
        clock.set(Instant.parse("2019-05-15T09:00:00Z"));

        // when
        Decision decision = service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);

        // then
        assertThat(decision)
                .isInstanceOfSatisfying(
                        Decision.Wait.class,
                        wait -> {
                            assertThat(wait.waitSeconds())
                                    .isEqualTo(Duration.ofDays(60).toSeconds());
                            assertThat(wait.wakeAt())
                                    .isEqualTo(Instant.parse("2019-07-14T09:00:00Z"));
                        });
    }

    @Test
    void tick_withNothingEverDue_waits60DaysForAChange() {
        // given the WSoA under review: no outstanding deadline
        inspections.store(cumbria.withWsoaUnderReview());
        clock.set(Instant.parse("2019-08-21T10:00:00Z"));

        // when
        Decision decision =
                service.tick(
                        new TickInput(ID.value(), Stage.WSOA_UNDER_REVIEW, 1, 0), clock.instant());

        // then
        assertThat(decision)
                .isEqualTo(
                        new Decision.Wait(
                                5_184_000,
                                Instant.parse("2019-10-20T10:00:00Z"),
                                Stage.WSOA_UNDER_REVIEW,
                                1,
                                3,
                                0,
                                0));
    }

    @Test
    void tick_inANewStage_restartsAsTheNextGeneration() {
        // given the execution was started for AWAITING_REPORT; the report has since been recorded
        inspections.store(cumbria.withWsoaDue());

        // when
        Decision decision =
                service.tick(
                        new TickInput(ID.value(), Stage.AWAITING_REPORT, 1, 7),
                        Instant.parse("2019-03-11T17:30:00Z"));

        // then
        assertThat(decision).isEqualTo(new Decision.Restart(Stage.WSOA_DUE, 2, 2, 0, 0));
        assertThat(workflows.find(ID))
                .hasValueSatisfying(
                        state -> {
                            assertThat(state.generation()).isEqualTo(2);
                            assertThat(state.stage()).isEqualTo(Stage.WSOA_DUE);
                            assertThat(state.executionName()).isEqualTo("cumbria-2019-03-18-g2");
                        });
    }

    @Test
    void tick_after199Loops_stillWaits() {
        inspections.store(cumbria.withWsoaDue());

        Decision decision =
                service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 4, 199), STARTED);

        assertThat(decision).isInstanceOf(Decision.Wait.class);
    }

    @Test
    void tick_after200Loops_continuesAsNew_farFromStepFunctionsHistoryLimit() {
        inspections.store(cumbria.withWsoaDue());

        Decision decision =
                service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 4, 200), STARTED);

        assertThat(decision).isEqualTo(new Decision.Restart(Stage.WSOA_DUE, 5, 2, 0, 0));
    }

    @Test
    void tick_ofAnExecution299DaysOld_stillWaits() {
        inspections.store(cumbria.withWsoaDue());

        Decision decision =
                service.tick(
                        new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0),
                        clock.instant().minus(Duration.ofDays(299)));

        assertThat(decision).isInstanceOf(Decision.Wait.class);
    }

    @Test
    void tick_ofAnExecution300DaysOld_continuesAsNew_farFromStepFunctionsOneYearLimit() {
        inspections.store(cumbria.withWsoaDue());

        Decision decision =
                service.tick(
                        new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0),
                        clock.instant().minus(Duration.ofDays(300)));

        assertThat(decision).isEqualTo(new Decision.Restart(Stage.WSOA_DUE, 2, 2, 0, 0));
    }

    @Test
    void tick_ofAClosedInspection_ends_andTheWorkflowLeavesTheReconcilesView() {
        // given
        Inspection closed = cumbria.closed();
        inspections.store(closed);
        clock.set(Instant.parse("2021-04-27T08:00:00Z"));

        // when
        Decision decision =
                service.tick(
                        new TickInput(ID.value(), Stage.REVISIT, 3, 2),
                        Instant.parse("2021-03-08T17:30:00Z"));

        // then
        assertThat(decision).isEqualTo(new Decision.End(Stage.CLOSED, 3, closed.version(), 0, 0));
        assertThat(workflows.find(ID))
                .hasValueSatisfying(state -> assertThat(state.ended()).isTrue());
        assertThat(workflows.overdueBefore(Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void tick_ofASupersededGeneration_endsWithoutSendingAnything() {
        // given the reconcile started generation 3 while generation 2 was lost; a reminder is due
        inspections.store(cumbria.withWsoaDue());
        workflows.save(
                WorkflowState.sleeping(
                        ID, 3, Stage.WSOA_DUE, 2, Instant.parse("2019-08-14T07:00:00Z"), STARTED));
        clock.set(Instant.parse("2019-08-14T07:00:00Z"));

        // when generation 2 wakes up after all
        Decision decision = service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 2, 9), STARTED);

        // then
        assertThat(decision).isEqualTo(new Decision.End(Stage.WSOA_DUE, 2, 0, 0, 0));
        assertThat(mailer.sent()).isEmpty();
        assertThat(workflows.find(ID))
                .hasValueSatisfying(state -> assertThat(state.generation()).isEqualTo(3));
    }

    @Test
    void tick_ofAnInspectionNoLongerOnRecord_ends() {
        Decision decision = service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);

        assertThat(decision).isEqualTo(new Decision.End(Stage.WSOA_DUE, 1, 0, 0, 0));
    }

    @Test
    void waiting_keepsTheTaskTokenWhereAnOfficersChangeWillFindIt() {
        // given
        inspections.store(cumbria.withWsoaDue());
        service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);

        // when
        service.waiting(ID.value(), 1, 2, TOKEN);

        // then
        assertThat(workflows.find(ID))
                .hasValueSatisfying(
                        state -> {
                            assertThat(state.taskToken()).isEqualTo(TOKEN);
                            assertThat(state.nextWakeAt())
                                    .isEqualTo(Instant.parse("2019-07-24T07:00:00Z"));
                        });
    }

    @Test
    void waiting_refusesWhenTheInspectionMovedSinceTheTick_soTheChangeDoesNotWaitForTheTimer() {
        // given the tick saw version 2; the WSoA was submitted (version 3) before the wait began
        inspections.store(cumbria.withWsoaDue());
        service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);
        inspections.store(cumbria.withWsoaUnderReview());

        // when
        Throwable thrown = catchThrowable(() -> service.waiting(ID.value(), 1, 2, TOKEN));

        // then
        assertThat(thrown)
                .isInstanceOf(InspectionChangedException.class)
                .hasMessage("inspection cumbria-2019-03-18 moved from version 2 to 3");
    }

    @Test
    void waiting_refusesWhenAReportWasIssuedAfterTheTickReadItsLinks_soTheyDoNotWaitForTheTimer() {
        // given a tick that found no link owed; a report is issued to a board before the wait
        List<ReportLink> owed = new ArrayList<>();
        ReportLinks links =
                new ReportLinks() {
                    @Override
                    public List<ReportLink> unsent(InspectionId inspection) {
                        return List.copyOf(owed);
                    }

                    @Override
                    public void sent(ReportLink link) {
                        owed.remove(link);
                    }
                };
        WorkflowService withLinks =
                new WorkflowService(
                        inspections,
                        new ReminderService(
                                new InMemoryAreas(Cumbria2019.area()),
                                new ReminderPlanner(ReminderPolicy.DEFAULT, CALENDAR),
                                new EmailComposer(CALENDAR, "https://sendtracker.example.gov.uk"),
                                new InMemoryNoticeLedger(),
                                mailer,
                                duration -> {},
                                clock,
                                links,
                                new ReportNoticeComposer("https://sendtracker.example.gov.uk")),
                        workflows,
                        signals,
                        clock);
        inspections.store(cumbria.withWsoaDue());
        withLinks.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);
        owed.add(
                new ReportLink(
                        ID.value(),
                        1,
                        "SEND Improvement Board",
                        LocalDate.of(2019, 5, 1),
                        LocalDate.of(2019, 7, 19),
                        Instant.parse("2019-07-20T09:59:00Z"),
                        "Rae Porter",
                        List.of("jo.lead@cumbria.gov.uk")));

        // when
        Throwable thrown = catchThrowable(() -> withLinks.waiting(ID.value(), 1, 2, TOKEN));

        // then the state machine ticks again at once, and that tick emails the link
        assertThat(thrown)
                .isInstanceOf(InspectionChangedException.class)
                .hasMessage(
                        "inspection cumbria-2019-03-18 has a report issued whose link is not"
                                + " emailed yet");
        withLinks.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 1), STARTED);
        assertThat(mailer.subjects())
                .containsExactly(
                        "[Cumbria] Progress report for 1 May to 19 July 2019 issued to the SEND"
                                + " Improvement Board");
        withLinks.waiting(ID.value(), 1, 2, TOKEN);
    }

    @Test
    void waiting_ofASupersededGeneration_keepsNoToken() {
        inspections.store(cumbria.withWsoaDue());
        workflows.save(
                WorkflowState.sleeping(
                        ID, 2, Stage.WSOA_DUE, 2, Instant.parse("2019-07-24T07:00:00Z"), STARTED));

        service.waiting(ID.value(), 1, 2, TOKEN);

        assertThat(workflows.find(ID))
                .hasValueSatisfying(state -> assertThat(state.taskToken()).isNull());
    }

    @Test
    void changed_onANewInspection_startsItsFirstGeneration() {
        // given
        Inspection created = cumbria.awaitingReport();
        inspections.store(created);

        // when
        service.changed(created, created("INSPECTION_CREATED"));

        // then
        assertThat(signals.started())
                .containsExactly(
                        new RecordingSignals.Started(
                                "cumbria-2019-03-18-g1",
                                new TickInput(ID.value(), Stage.AWAITING_REPORT, 1, 0)));
        assertThat(workflows.find(ID))
                .hasValueSatisfying(
                        state -> {
                            assertThat(state.generation()).isEqualTo(1);
                            assertThat(state.ended()).isFalse();
                        });
    }

    @Test
    void changed_wakesTheExecutionWaitingOnItsStoredToken() {
        // given an execution waiting
        inspections.store(cumbria.withWsoaDue());
        service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);
        service.waiting(ID.value(), 1, 2, TOKEN);

        // when
        Inspection submitted = cumbria.withWsoaUnderReview();
        inspections.store(submitted);
        service.changed(submitted, created("WSOA_SUBMITTED"));

        // then
        assertThat(signals.woken()).containsExactly(TOKEN);
        assertThat(signals.started()).isEmpty();
    }

    @Test
    void
            changed_whenNothingWaitsOnTheStoredToken_startsTheNextGeneration_ratherThanWaitingForTheReconcile() {
        // given an execution that stored its token and then died
        inspections.store(cumbria.withWsoaDue());
        service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);
        service.waiting(ID.value(), 1, 2, TOKEN);
        signals.nobodyWaiting();

        // when an officer records the submission
        Inspection submitted = cumbria.withWsoaUnderReview();
        inspections.store(submitted);
        service.changed(submitted, created("WSOA_SUBMITTED"));

        // then generation 2 takes over at once, in the inspection's current stage
        assertThat(signals.started())
                .containsExactly(
                        new RecordingSignals.Started(
                                "cumbria-2019-03-18-g2",
                                new TickInput(
                                        "cumbria-2019-03-18", Stage.WSOA_UNDER_REVIEW, 2, 0)));
    }

    @Test
    void changed_onAnInspectionWhoseWorkflowWasOnlyPlanned_startsGenerationOne() {
        // given the generation-0 item written with the inspection, and no execution yet
        Inspection notified = cumbria.withWsoaDue();
        inspections.store(notified);
        workflows.save(
                WorkflowState.sleeping(
                        ID, 0, Stage.AWAITING_REPORT, 1, clock.instant(), clock.instant()));

        // when
        service.changed(notified, created("REPORT_RECEIVED"));

        // then
        assertThat(signals.started())
                .containsExactly(
                        new RecordingSignals.Started(
                                "cumbria-2019-03-18-g1",
                                new TickInput("cumbria-2019-03-18", Stage.WSOA_DUE, 1, 0)));
    }

    @Test
    void changed_whenStepFunctionsIsDown_doesNotFailTheOfficersChange() {
        // given
        inspections.store(cumbria.withWsoaDue());
        service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 1, 0), STARTED);
        service.waiting(ID.value(), 1, 2, TOKEN);
        signals.failing(new IllegalStateException("Rate exceeded"));

        // when / then: the change is stored; the timer or the reconcile picks it up
        assertThatCode(
                        () ->
                                service.changed(
                                        cumbria.withWsoaUnderReview(), created("WSOA_SUBMITTED")))
                .doesNotThrowAnyException();
    }

    @Test
    void changed_ofAnEndedWorkflow_wakesNothing() {
        Inspection closed = cumbria.closed();
        inspections.store(closed);
        workflows.save(
                new WorkflowState(
                        ID,
                        3,
                        Stage.CLOSED,
                        closed.version(),
                        TOKEN,
                        clock.instant(),
                        true,
                        clock.instant()));

        service.changed(closed, created("REVISIT_OUTCOME"));

        assertThat(signals.woken()).isEmpty();
        assertThat(signals.started()).isEmpty();
    }

    @Test
    void reconcile_restartsOnlyWorkflowsMoreThanSixHoursPastTheirWakeTime_andEndsClosedOnes() {
        // given on 24 July 2019 at 12:00 BST: Cumbria's timer was lost at 08:00 (7 hours ago at
        // 15:00),
        // Lancashire's at 09:30 (5 hours ago), and Darlington's case closed while its workflow was
        // stuck
        clock.set(Instant.parse("2019-07-24T14:00:00Z"));
        Inspection lancashire = renamed(cumbria.withWsoaDue(), "lancashire-2019-03-18");
        Inspection darlington = renamed(cumbria.closed(), "darlington-2019-03-18");
        inspections.store(cumbria.withWsoaDue());
        inspections.store(lancashire);
        inspections.store(darlington);
        workflows.save(
                new WorkflowState(
                        ID,
                        2,
                        Stage.WSOA_DUE,
                        2,
                        TOKEN,
                        Instant.parse("2019-07-24T07:00:00Z"),
                        false,
                        STARTED));
        workflows.save(
                WorkflowState.sleeping(
                        lancashire.id(),
                        1,
                        Stage.WSOA_DUE,
                        2,
                        Instant.parse("2019-07-24T09:00:00Z"),
                        STARTED));
        workflows.save(
                WorkflowState.sleeping(
                        darlington.id(),
                        5,
                        Stage.REVISIT,
                        7,
                        Instant.parse("2019-07-01T07:00:00Z"),
                        STARTED));

        // when
        List<String> restarted = service.reconcile();

        // then
        assertThat(restarted).containsExactly("cumbria-2019-03-18");
        assertThat(signals.started())
                .containsExactly(
                        new RecordingSignals.Started(
                                "cumbria-2019-03-18-g3",
                                new TickInput("cumbria-2019-03-18", Stage.WSOA_DUE, 3, 0)));
        assertThat(workflows.find(ID))
                .hasValueSatisfying(state -> assertThat(state.generation()).isEqualTo(3));
        assertThat(workflows.find(lancashire.id()))
                .hasValueSatisfying(state -> assertThat(state.generation()).isEqualTo(1));
        assertThat(workflows.find(darlington.id()))
                .hasValueSatisfying(
                        state -> {
                            assertThat(state.ended()).isTrue();
                            assertThat(state.generation()).isEqualTo(5);
                        });
    }

    @Test
    void reconcile_carriesOnPastAFailedRestart_andFindsAnInspectionWhoseFirstStartNeverHappened() {
        // given two workflows lost their timers, and Step Functions refuses to start one of them;
        // Lancashire's first execution never started (only its generation-0 item exists)
        clock.set(Instant.parse("2019-07-24T14:00:00Z"));
        Inspection lancashire = renamed(cumbria.withWsoaDue(), "lancashire-2019-03-18");
        inspections.store(cumbria.withWsoaDue());
        inspections.store(lancashire);
        workflows.save(
                WorkflowState.sleeping(
                        ID, 2, Stage.WSOA_DUE, 2, Instant.parse("2019-07-24T07:00:00Z"), STARTED));
        workflows.save(
                WorkflowState.sleeping(
                        lancashire.id(),
                        0,
                        Stage.AWAITING_REPORT,
                        1,
                        Instant.parse("2019-03-11T10:00:00Z"),
                        Instant.parse("2019-03-11T10:00:00Z")));
        signals.failingToStart("cumbria-2019-03-18");

        // when
        List<String> restarted = service.reconcile();

        // then Cumbria's failure did not stop Lancashire's first start
        assertThat(restarted).containsExactly("lancashire-2019-03-18");
        assertThat(signals.started())
                .containsExactly(
                        new RecordingSignals.Started(
                                "lancashire-2019-03-18-g1",
                                new TickInput("lancashire-2019-03-18", Stage.WSOA_DUE, 1, 0)));
    }

    @Test
    void settlingTheOpenInspections_asksTheStoreAboutEachOpenOne_notTheClosed() {
        inspections.store(cumbria.withWsoaDue());
        Inspection closed = cumbria.withWsoaDue();
        inspections.store(
                new Inspection(
                        new InspectionId("cumbria-2016-01-11"),
                        closed.areaId(),
                        closed.framework(),
                        Stage.CLOSED,
                        closed.version(),
                        closed.notifiedOn(),
                        closed.startsOn(),
                        closed.endsOn(),
                        closed.reportReceivedOn(),
                        closed.reportPublishedOn(),
                        closed.outcome(),
                        closed.weaknesses(),
                        closed.deadlines(),
                        closed.keyDates(),
                        closed.lastEventOn(),
                        closed.eventCount(),
                        closed.createdAt(),
                        closed.updatedAt()));

        assertThat(service.settleOpen()).isEqualTo(1);
        assertThat(inspections.settled).containsExactly(ID);
    }

    @Test
    void reconcile_runTwice_restartsNothingTheSecondTime() {
        // given
        clock.set(Instant.parse("2019-07-24T14:00:00Z"));
        inspections.store(cumbria.withWsoaDue());
        workflows.save(
                WorkflowState.sleeping(
                        ID, 2, Stage.WSOA_DUE, 2, Instant.parse("2019-07-24T07:00:00Z"), STARTED));
        service.reconcile();

        // when: EventBridge delivers the schedule again a minute later
        clock.advance(Duration.ofMinutes(1));
        List<String> second = service.reconcile();

        // then
        assertThat(second).isEmpty();
        assertThat(signals.started()).hasSize(1);
    }

    @Test
    void aRestartedGeneration_endsTheOneItReplaced_whenThatOneWakesAfterAll() {
        // given the reconcile restarted Cumbria as generation 3
        clock.set(Instant.parse("2019-07-24T14:00:00Z"));
        inspections.store(cumbria.withWsoaDue());
        workflows.save(
                WorkflowState.sleeping(
                        ID, 2, Stage.WSOA_DUE, 2, Instant.parse("2019-07-24T07:00:00Z"), STARTED));
        service.reconcile();

        // when both tick
        Decision old = service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 2, 40), STARTED);
        Decision current =
                service.tick(new TickInput(ID.value(), Stage.WSOA_DUE, 3, 0), clock.instant());

        // then: the reminder of 24 July goes once, from the current generation
        assertThat(old).isInstanceOf(Decision.End.class);
        assertThat(current)
                .isEqualTo(
                        new Decision.Wait(
                                13 * 86_400 + 17 * 3_600,
                                Instant.parse("2019-08-07T07:00:00Z"),
                                Stage.WSOA_DUE,
                                3,
                                2,
                                1,
                                0));
        assertThat(mailer.subjects())
                .containsExactly(
                        "[Cumbria] Written Statement of Action submission due in 20 working days: 21 August 2019");
    }

    private static RecordedEvent created(String type) {
        return new RecordedEvent(
                1,
                type,
                null,
                "Jo Lead",
                Instant.parse("2019-03-11T17:30:00Z"),
                "recorded",
                EventDetails.none());
    }

    private static Inspection renamed(Inspection i, String id) {
        return new Inspection(
                new InspectionId(id),
                i.areaId(),
                i.framework(),
                i.stage(),
                i.version(),
                i.notifiedOn(),
                i.startsOn(),
                i.endsOn(),
                i.reportReceivedOn(),
                i.reportPublishedOn(),
                i.outcome(),
                i.weaknesses(),
                i.deadlines(),
                i.keyDates(),
                i.lastEventOn(),
                i.eventCount(),
                i.createdAt(),
                i.updatedAt());
    }
}
