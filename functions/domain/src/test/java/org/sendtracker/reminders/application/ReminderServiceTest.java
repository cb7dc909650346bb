package org.sendtracker.reminders.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.sendtracker.reminders.testing.Cumbria2019.CALENDAR;
import static org.sendtracker.reminders.testing.Cumbria2019.DIRECTOR;
import static org.sendtracker.reminders.testing.Cumbria2019.ID;
import static org.sendtracker.reminders.testing.Cumbria2019.PARENT_CARER_FORUM;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.model.EmailComposer;
import org.sendtracker.reminders.model.ReminderPlanner;
import org.sendtracker.reminders.model.ReminderPolicy;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.reminders.testing.InMemoryNoticeLedger;
import org.sendtracker.reminders.testing.RecordingMailer;
import org.sendtracker.testing.SettableClock;

/**
 * Sending what is due: claimed first (at most once), retried with backoff, failures recorded, never
 * lost.
 */
class ReminderServiceTest {

    /** Wednesday 14 August 2019, 08:00 in England: the WSoA's 5-working-day reminder is due. */
    private static final Instant FIVE_DAYS_BEFORE = Instant.parse("2019-08-14T07:00:00Z");

    private static final String FIVE_DAYS_BEFORE_KEY =
            "REMINDER#WSOA_SUBMISSION#2019-08-21#before-5";
    private static final String SUBJECT =
            "[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019";

    private final Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
    private final InMemoryNoticeLedger ledger = new InMemoryNoticeLedger();
    private final RecordingMailer mailer = new RecordingMailer();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final SettableClock clock = new SettableClock(FIVE_DAYS_BEFORE);

    @Test
    void aDueNotice_isClaimedInTheLedgerBeforeItIsSent_andSettledAsSentAfterwards() {
        // given a mailer that looks in the ledger while it sends
        List<SentEmail> ledgerWhileSending = new ArrayList<>();
        Mailer looking =
                (email, tags) -> {
                    ledgerWhileSending.addAll(ledger.emails(ID));
                    return "0102018c-ses-message-id";
                };

        // when
        ReminderService.Pass pass = service(Cumbria2019.area(), looking).sendDue(inspection);

        // then
        assertThat(pass)
                .isEqualTo(
                        new ReminderService.Pass(
                                1, 0, Optional.of(Instant.parse("2019-08-20T07:00:00Z"))));
        assertThat(ledgerWhileSending)
                .containsExactly(
                        new SentEmail(
                                FIVE_DAYS_BEFORE_KEY,
                                SentEmail.Status.SENDING,
                                FIVE_DAYS_BEFORE,
                                List.of("jo.lead@cumbria.gov.uk"),
                                List.of(),
                                SUBJECT,
                                null,
                                null,
                                0,
                                null));
        assertThat(ledger.emails(ID))
                .containsExactly(
                        new SentEmail(
                                FIVE_DAYS_BEFORE_KEY,
                                SentEmail.Status.SENT,
                                FIVE_DAYS_BEFORE,
                                List.of("jo.lead@cumbria.gov.uk"),
                                List.of(),
                                SUBJECT,
                                "0102018c-ses-message-id",
                                null,
                                1,
                                null));
    }

    @Test
    void aSecondPass_sendsNothingThatWasClaimedBefore() {
        // given
        ReminderService service = service(Cumbria2019.area(), mailer);
        service.sendDue(inspection);

        // when: the Lambda is retried, ten minutes later
        clock.advance(Duration.ofMinutes(10));
        ReminderService.Pass second = service.sendDue(inspection);

        // then
        assertThat(second)
                .isEqualTo(
                        new ReminderService.Pass(
                                0, 0, Optional.of(Instant.parse("2019-08-20T07:00:00Z"))));
        assertThat(mailer.subjects()).containsExactly(SUBJECT);
    }

    @Test
    void aRetryableFailure_isRetriedAfter1sThen2s_andTheThirdAttemptSucceeds() {
        // given SES throttles twice
        mailer.failingWith(throttled(), throttled());

        // when
        ReminderService.Pass pass = service(Cumbria2019.area(), mailer).sendDue(inspection);

        // then
        assertThat(pass.sent()).isEqualTo(1);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(mailer.attempts()).isEqualTo(3);
        assertThat(ledger.emails(ID))
                .singleElement()
                .satisfies(
                        email -> {
                            assertThat(email.status()).isEqualTo(SentEmail.Status.SENT);
                            assertThat(email.messageId()).isEqualTo("msg-1");
                            assertThat(email.attempts()).isEqualTo(3);
                            assertThat(email.error()).isNull();
                        });
    }

    @Test
    void aRetryableFailureThatPersists_isSettledAsFailedAfterThreeAttempts_withTheMessage() {
        // given SES throttles every attempt
        mailer.failingWith(throttled(), throttled(), throttled());

        // when
        ReminderService.Pass pass = service(Cumbria2019.area(), mailer).sendDue(inspection);

        // then
        assertThat(pass)
                .isEqualTo(
                        new ReminderService.Pass(
                                0, 1, Optional.of(Instant.parse("2019-08-20T07:00:00Z"))));
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(mailer.sent()).isEmpty();
        assertThat(ledger.emails(ID))
                .containsExactly(
                        new SentEmail(
                                FIVE_DAYS_BEFORE_KEY,
                                SentEmail.Status.FAILED,
                                FIVE_DAYS_BEFORE,
                                List.of("jo.lead@cumbria.gov.uk"),
                                List.of(),
                                SUBJECT,
                                null,
                                "SES refused the email: Maximum sending rate exceeded.",
                                3,
                                null));
    }

    @Test
    void aNonRetryableFailure_isSettledAsFailedAtOnce_withoutWaiting() {
        // given SES rejects the message outright
        mailer.failingWith(
                new Mailer.MailException(
                        "SES refused the email: Email address is not verified.", false, null));

        // when
        ReminderService.Pass pass = service(Cumbria2019.area(), mailer).sendDue(inspection);

        // then
        assertThat(pass.failed()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
        assertThat(mailer.attempts()).isEqualTo(1);
        assertThat(ledger.emails(ID))
                .singleElement()
                .satisfies(
                        email -> {
                            assertThat(email.status()).isEqualTo(SentEmail.Status.FAILED);
                            assertThat(email.error())
                                    .isEqualTo(
                                            "SES refused the email: Email address is not verified.");
                            assertThat(email.attempts()).isEqualTo(1);
                        });
    }

    @Test
    void anAreaWithNoLeadOfficer_hasTheReminderSentToTheSeniorOfficersInstead_sayingSo() {
        // given Cumbria has a director but no lead officer, who owns the WSoA
        Area noLeadOfficer = Cumbria2019.areaWith(DIRECTOR);

        // when
        ReminderService.Pass pass = service(noLeadOfficer, mailer).sendDue(inspection);

        // then the director has it, told why: before, nobody had it until it was overdue
        assertThat(pass.failed()).isZero();
        assertThat(mailer.sent())
                .singleElement()
                .satisfies(
                        email -> {
                            assertThat(email.to()).containsExactly(DIRECTOR.email());
                            assertThat(email.cc()).isEmpty();
                            assertThat(email.text())
                                    .contains("Dear Sam Director,")
                                    .contains(
                                            "Cumbria has no lead officer in the tracker to send it to.");
                        });
        assertThat(ledger.emails(ID))
                .singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(SentEmail.Status.SENT));
    }

    @Test
    void anAreaWithNoContactInTheResponsibleRoleNorASeniorOne_getsAFailedRecordSayingSo() {
        // given Cumbria's only contact is its parent carer forum, who is never written to
        Area noLeadOfficer = Cumbria2019.areaWith(PARENT_CARER_FORUM);

        // when
        ReminderService.Pass pass = service(noLeadOfficer, mailer).sendDue(inspection);

        // then
        assertThat(pass.failed()).isEqualTo(1);
        assertThat(mailer.attempts()).isZero();
        assertThat(ledger.emails(ID))
                .containsExactly(
                        new SentEmail(
                                FIVE_DAYS_BEFORE_KEY,
                                SentEmail.Status.FAILED,
                                FIVE_DAYS_BEFORE,
                                List.of(),
                                List.of(),
                                SUBJECT,
                                null,
                                "no contact holds the role this notice is for: add one on the area's page",
                                0,
                                null));
    }

    @Test
    void aFailedSend_isNotRepeatedByTheNextPass() {
        // given
        mailer.failingWith(
                new Mailer.MailException(
                        "SES refused the email: Email address is not verified.", false, null));
        ReminderService service = service(Cumbria2019.area(), mailer);
        service.sendDue(inspection);

        // when
        ReminderService.Pass second = service.sendDue(inspection);

        // then: the failure stays on record for an officer to see; the claim still holds the key
        assertThat(second.failed()).isZero();
        assertThat(mailer.attempts()).isEqualTo(1);
    }

    @Test
    void nothingDue_readsNoAreaAndSendsNothing() {
        // given an inspection whose area is not on record, before its first reminder point (24 July
        // 2019)
        clock.set(Instant.parse("2019-07-01T07:00:00Z"));

        // when
        ReminderService.Pass pass = service(null, mailer).sendDue(inspection);

        // then
        assertThat(pass)
                .isEqualTo(
                        new ReminderService.Pass(
                                0, 0, Optional.of(Instant.parse("2019-07-24T07:00:00Z"))));
    }

    @Test
    void aDueNoticeForAnInspectionWhoseAreaIsMissing_isAProgrammingError() {
        Throwable thrown = catchThrowable(() -> service(null, mailer).sendDue(inspection));

        assertThat(thrown)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("inspection cumbria-2019-03-18 names a missing area cumbria");
    }

    @Test
    void twoConcurrentPassesOnOneInspection_sendEachNoticeExactlyOnce() throws Exception {
        // given two notices due on Monday 5 July 2021: the late revisit's prompt to record it (the
        // date Ofsted and CQC set passed with nothing recorded) and the review's 5-day one
        Inspection monitored =
                Cumbria2019.recordedAsItHappened().inMonitoringAfterAVisitInApril2021();
        clock.set(Instant.parse("2021-07-05T07:00:00Z"));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                InMemoryNoticeLedger sharedLedger = new InMemoryNoticeLedger();
                RecordingMailer sharedMailer = new RecordingMailer();
                CyclicBarrier start = new CyclicBarrier(2);

                // when two executions (or a retried Lambda and its original) tick at the same
                // moment
                List<Future<ReminderService.Pass>> passes = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    ReminderService service =
                            service(Cumbria2019.area(), sharedMailer, sharedLedger);
                    passes.add(
                            threads.submit(
                                    () -> {
                                        start.await(5, TimeUnit.SECONDS);
                                        return service.sendDue(monitored);
                                    }));
                }
                int sent = 0;
                for (Future<ReminderService.Pass> pass : passes) {
                    sent += pass.get(10, TimeUnit.SECONDS).sent();
                }

                // then
                assertThat(sent).as("round %d", round).isEqualTo(2);
                assertThat(sharedMailer.subjects())
                        .as("round %d", round)
                        .containsExactlyInAnyOrder(
                                "[Cumbria] Ofsted and CQC revisit not recorded yet: expected by 18 April 2021, 54 working days ago (please record it)",
                                "[Cumbria] DfE and NHS England monitoring visit expected in 5 working days: 12 July 2021 (briefing)");
                assertThat(sharedLedger.emails(ID))
                        .extracting(SentEmail::status)
                        .containsExactly(SentEmail.Status.SENT, SentEmail.Status.SENT);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private ReminderService service(Area area, Mailer mailer) {
        return service(area, mailer, ledger);
    }

    private ReminderService service(Area area, Mailer mailer, NoticeLedger ledger) {
        InMemoryAreas areas = area == null ? new InMemoryAreas() : new InMemoryAreas(area);
        return new ReminderService(
                areas,
                new ReminderPlanner(ReminderPolicy.DEFAULT, CALENDAR),
                new EmailComposer(CALENDAR, "https://sendtracker.example.gov.uk"),
                ledger,
                mailer,
                sleeps::add,
                clock);
    }

    private static Mailer.MailException throttled() {
        return new Mailer.MailException(
                "SES refused the email: Maximum sending rate exceeded.", true, null);
    }
}
