package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sendtracker.reminders.testing.Cumbria2019.CALENDAR;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.testing.EmailsForPeople;

/**
 * A date others set that passed with nothing recorded asks the owner to record it: it is not the
 * council's failure, so nobody senior is copied in (docs/domain-rules.md §1.4).
 */
class NotRecordedPromptTest {

    private final EmailComposer composer =
            new EmailComposer(CALENDAR, "https://sendtracker.example.gov.uk/");
    private final ReminderPlanner planner = new ReminderPlanner(ReminderPolicy.DEFAULT, CALENDAR);

    @Test
    void aRevisitNotRecordedFiveWorkingDaysAfterItsExpectedDate_promptsTheLeadOfficerAlone() {
        // given the revisit expected by Sunday 18 April 2021, nothing recorded by Friday 23 April
        Inspection inspection = Cumbria2019.recordedAsItHappened().inMonitoring();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2021-04-23T09:00:00Z"));

        // then the revisit's notice is a prompt to record it
        Notice.DeadlineReminder prompt = dueReminder(plan, DeadlineKind.REVISIT);
        assertThat(prompt.point().timing()).isEqualTo(ReminderPoint.Timing.NOT_RECORDED);
        assertThat(prompt.key()).isEqualTo("REMINDER#REVISIT#2021-04-18#not-recorded-5");

        Email email =
                composer.compose(prompt, inspection, Cumbria2019.area(), LocalDate.of(2021, 4, 23));
        assertThat(email.to()).containsExactly("jo.lead@cumbria.gov.uk");
        assertThat(email.cc()).isEmpty();
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Ofsted and CQC revisit not recorded yet: expected by 18 April 2021, 5 working days ago (please record it)");
        assertThat(email.text())
                .isEqualTo(
                        """
                        Dear Jo Lead,

                        You are getting this email because you are the lead officer for Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019.

                        The Ofsted and CQC revisit was expected by Sunday 18 April 2021, 5 working days ago.

                        Nothing has been recorded for it yet. The date is set by Ofsted and CQC, so a missed date is not the council's failure, but the record needs to say what happened.

                        What to do

                        If it has happened, record it in the tracker. If it has been arranged for a later date, change the date in the tracker and give the reason.

                        The rule: the revisit is expected within 18 months of the WSoA's acceptance (DfE announcement, 9 November 2018; Ofsted guidance).

                        Open the inspection in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18
                        """);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void
            aRevisitReportNotRecordedFiveWorkingDaysAfterItWasExpected_promptsTheLeadOfficerToRecordIt() {
        // given the revisit report expected about Saturday 24 April 2021 (33 days after inspectors
        // arrived on 22 March), nothing recorded by Friday 30 April
        Inspection inspection = Cumbria2019.recordedAsItHappened().awaitingItsRevisitReport();

        // when
        ReminderPlanner.Plan plan = planner.plan(inspection, Instant.parse("2021-04-30T07:00:00Z"));

        // then the report is not silently awaited for ever: its prompt is due
        Notice.DeadlineReminder prompt = dueReminder(plan, DeadlineKind.REVISIT_REPORT);
        assertThat(prompt.key()).isEqualTo("REMINDER#REVISIT_REPORT#2021-04-24#not-recorded-5");

        Email email =
                composer.compose(prompt, inspection, Cumbria2019.area(), LocalDate.of(2021, 4, 30));
        assertThat(email.to()).containsExactly("jo.lead@cumbria.gov.uk");
        assertThat(email.cc()).isEmpty();
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Ofsted and CQC revisit report not recorded yet: expected by 24 April 2021, 5 working days ago (please record it)");
        assertThat(email.text())
                .isEqualTo(
                        """
                        Dear Jo Lead,

                        You are getting this email because you are the lead officer for Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019.

                        The Ofsted and CQC revisit report was expected by Saturday 24 April 2021, 5 working days ago.

                        Nothing has been recorded for it yet. The date is set by Ofsted and CQC, so a missed date is not the council's failure, but the record needs to say what happened.

                        What to do

                        If it has arrived, record it in the tracker. If Ofsted and CQC have said it will come later, change the date in the tracker and give the reason.

                        The rule: the revisit report is expected about 33 days after inspectors arrive for the revisit (Ofsted guidance).

                        Open the inspection in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18
                        """);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void aReportOthersSend_hasNoBriefingBefore_onlyThePromptsToRecordIt() {
        Inspection inspection = Cumbria2019.recordedAsItHappened().awaitingItsRevisitReport();
        Deadline report = inspection.outstanding(DeadlineKind.REVISIT_REPORT).orElseThrow();

        assertThat(ReminderSchedule.of(report, ReminderPolicy.DEFAULT, CALENDAR))
                .extracting(ReminderPoint::id, ReminderPoint::date)
                .containsExactly(
                        tuple("not-recorded-5", LocalDate.of(2021, 4, 30)),
                        tuple("not-recorded-10", LocalDate.of(2021, 5, 10)));
    }

    @Test
    void aDateOthersSet_isNeverChasedAsOverdue_norEscalated() {
        Inspection inspection = Cumbria2019.recordedAsItHappened().inMonitoring();
        Deadline revisit = inspection.outstanding(DeadlineKind.REVISIT).orElseThrow();

        assertThat(ReminderSchedule.of(revisit, ReminderPolicy.DEFAULT, CALENDAR))
                .extracting(ReminderPoint::timing)
                .doesNotContain(ReminderPoint.Timing.OVERDUE)
                .contains(ReminderPoint.Timing.NOT_RECORDED);
    }

    @Test
    void theCouncilsOwnDate_isStillChasedAndEscalatedWhenOverdue() {
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Deadline wsoa = inspection.outstanding(DeadlineKind.WSOA_SUBMISSION).orElseThrow();

        assertThat(ReminderSchedule.of(wsoa, ReminderPolicy.DEFAULT, CALENDAR))
                .extracting(ReminderPoint::timing)
                .contains(ReminderPoint.Timing.OVERDUE)
                .doesNotContain(ReminderPoint.Timing.NOT_RECORDED);
    }

    /** The plan's reminder about the deadline of {@code kind}, due now. */
    private static Notice.DeadlineReminder dueReminder(
            ReminderPlanner.Plan plan, DeadlineKind kind) {
        return plan.due().stream()
                .filter(Notice.DeadlineReminder.class::isInstance)
                .map(Notice.DeadlineReminder.class::cast)
                .filter(n -> n.deadline().kind() == kind)
                .findFirst()
                .orElseThrow();
    }
}
