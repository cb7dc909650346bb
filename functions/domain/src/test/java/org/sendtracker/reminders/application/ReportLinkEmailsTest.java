package org.sendtracker.reminders.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sendtracker.reminders.testing.Cumbria2019.CALENDAR;
import static org.sendtracker.reminders.testing.Cumbria2019.ID;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.model.Email;
import org.sendtracker.reminders.model.EmailComposer;
import org.sendtracker.reminders.model.ReminderPlanner;
import org.sendtracker.reminders.model.ReminderPolicy;
import org.sendtracker.reminders.model.ReportLink;
import org.sendtracker.reminders.model.ReportNoticeComposer;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.reminders.testing.InMemoryNoticeLedger;
import org.sendtracker.reminders.testing.RecordingMailer;
import org.sendtracker.testing.EmailsForPeople;
import org.sendtracker.testing.SettableClock;

/**
 * A progress report issued to a board owes each member one email with the link to the copy as
 * issued: sent by the same pass as the reminders, claimed in the same ledger, so a retried Tick
 * sends nobody a second one (docs/progress-report.md).
 */
class ReportLinkEmailsTest {

    /** Tuesday 3 March 2020: nothing of Cumbria's falls due that day. */
    private static final Instant NOW = Instant.parse("2020-03-03T09:00:00Z");

    private static final ReportLink ISSUED =
            new ReportLink(
                    ID.value(),
                    2,
                    "SEND Improvement Board",
                    LocalDate.of(2019, 12, 1),
                    LocalDate.of(2020, 2, 29),
                    Instant.parse("2020-03-02T15:30:00Z"),
                    "Rae Porter",
                    List.of("jo.lead@cumbria.gov.uk", "Priya.Shah@nhs.net"));

    private final Inspection inspection = Cumbria2019.recordedAsItHappened().closed();
    private final InMemoryNoticeLedger ledger = new InMemoryNoticeLedger();
    private final RecordingMailer mailer = new RecordingMailer();
    private final Links links = new Links(ISSUED);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Test
    void eachMember_getsOneEmail_withTheLinkToTheCopyAsIssued_writtenForPeople() {
        // when the Tick's pass runs with the report's link owed
        ReminderService.Pass pass = service().sendDue(inspection);

        // then each member has one email, addressed to them alone, and the link is marked sent
        assertThat(pass.sent()).isEqualTo(2);
        assertThat(mailer.sent())
                .extracting(Email::to)
                .containsExactly(List.of("jo.lead@cumbria.gov.uk"), List.of("Priya.Shah@nhs.net"));
        assertThat(links.sent).containsExactly(ISSUED);
        assertThat(ledger.emails(ID))
                .extracting(SentEmail::key, SentEmail::status)
                .containsExactly(
                        tuple("REPORT#2#jo.lead@cumbria.gov.uk", SentEmail.Status.SENT),
                        tuple("REPORT#2#priya.shah@nhs.net", SentEmail.Status.SENT));
        Email toJo = mailer.sent().get(0);
        EmailsForPeople.check(toJo.subject(), toJo.text(), toJo.html());
        assertThat(toJo.subject())
                .isEqualTo(
                        "[Cumbria] Progress report for 1 December 2019 to 29 February 2020 issued"
                                + " to the SEND Improvement Board");
        assertThat(toJo.text())
                .isEqualTo(
                        """
                        Dear Jo Lead,

                        You are getting this email because you are a member of the SEND Improvement Board, and a progress report on Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019 was issued to it.

                        Rae Porter issued the report for 1 December 2019 to 29 February 2020 on Monday 2 March 2020. The tracker keeps it as it was issued: the link below shows it exactly as it was sent, whatever is recorded later.

                        What to do

                        Read the report before the board meets. It prints from the browser, and its page offers it as a PDF to download. You need to sign in to the tracker to open it; if you cannot, ask Rae Porter for access to Cumbria.

                        Open the progress report in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18/progress-reports/2
                        """);
        EmailsForPeople.check(
                mailer.sent().get(1).subject(),
                mailer.sent().get(1).text(),
                mailer.sent().get(1).html());
        assertThat(mailer.sent().get(1).text()).startsWith("Dear Priya Shah,\n");
    }

    @Test
    void aRetriedPass_beforeTheLinkWasMarkedSent_emailsNobodyTwice() {
        // given a pass that sent both emails, then failed before marking the link sent
        Links forgetful = new Links(ISSUED).forgettingSent();
        service(forgetful).sendDue(inspection);

        // when the Tick is retried
        ReminderService.Pass retry = service(forgetful).sendDue(inspection);

        // then the ledger's claims hold: no email goes twice
        assertThat(retry.sent()).isZero();
        assertThat(mailer.sent()).hasSize(2);
    }

    @Test
    void aMemberNoLongerAContact_isGreetedAsAColleague_andStillGetsTheLink() {
        Links toAFormerMember =
                new Links(
                        new ReportLink(
                                ID.value(),
                                3,
                                "SEND Improvement Board",
                                LocalDate.of(2019, 12, 1),
                                LocalDate.of(2020, 2, 29),
                                Instant.parse("2020-03-02T15:30:00Z"),
                                "Rae Porter",
                                List.of("gone@cumbria.gov.uk")));

        service(toAFormerMember).sendDue(inspection);

        Email email = mailer.sent().get(0);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
        assertThat(email.text()).startsWith("Dear colleague,\n");
    }

    private ReminderService service() {
        return service(links);
    }

    private ReminderService service(ReportLinks owed) {
        return new ReminderService(
                new InMemoryAreas(Cumbria2019.area()),
                new ReminderPlanner(ReminderPolicy.DEFAULT, CALENDAR),
                new EmailComposer(CALENDAR, "https://sendtracker.example.gov.uk"),
                ledger,
                mailer,
                sleeps::add,
                new SettableClock(NOW),
                owed,
                new ReportNoticeComposer("https://sendtracker.example.gov.uk/"));
    }

    /**
     * Links owed until marked sent (or, forgetting, owed for ever: a Tick that died after sending).
     */
    private static final class Links implements ReportLinks {
        private final List<ReportLink> owed;
        private final List<ReportLink> sent = new ArrayList<>();
        private boolean forget;

        Links(ReportLink... owed) {
            this.owed = new ArrayList<>(List.of(owed));
        }

        Links forgettingSent() {
            forget = true;
            return this;
        }

        @Override
        public List<ReportLink> unsent(InspectionId inspection) {
            return List.copyOf(owed);
        }

        @Override
        public void sent(ReportLink link) {
            if (!forget) {
                owed.remove(link);
                sent.add(link);
            }
        }
    }
}
