package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtracker.reminders.testing.Cumbria2019.CALENDAR;
import static org.sendtracker.reminders.testing.Cumbria2019.CHIEF_EXECUTIVE;
import static org.sendtracker.reminders.testing.Cumbria2019.DIRECTOR;
import static org.sendtracker.reminders.testing.Cumbria2019.LEAD_OFFICER;
import static org.sendtracker.reminders.testing.Cumbria2019.NHS_LEAD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.testing.Cumbria2019;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.testing.EmailsForPeople;

/**
 * Whole emails as officers receive them: subject, plain text and HTML, saying the same thing, each
 * written for people (docs/emails.md; {@link EmailsForPeople}).
 */
class EmailComposerTest {

    private final EmailComposer composer =
            new EmailComposer(CALENDAR, "https://sendtracker.example.gov.uk/");

    @Test
    void withoutAPublicUrl_noEmailIsComposed_asItCouldNotLinkAnywhere() {
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "before-5");
        EmailComposer unconfigured = new EmailComposer(CALENDAR, "");

        assertThatThrownBy(
                        () ->
                                unconfigured.compose(
                                        notice,
                                        inspection,
                                        Cumbria2019.area(),
                                        LocalDate.of(2019, 8, 14)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "the tracker's public URL is not configured (SENDTRACKER_PUBLIC_URL): an email cannot link to it");
    }

    @Test
    void fiveWorkingDaysBeforeTheWsoaIsDue_theLeadOfficerAloneIsReminded_byName_withWhatToDo() {
        // given
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "before-5");

        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 8, 14));

        // then
        assertThat(email.to()).containsExactly("jo.lead@cumbria.gov.uk");
        assertThat(email.cc()).isEmpty();
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019");
        assertThat(email.text())
                .isEqualTo(
                        """
                Dear Jo Lead,

                You are getting this email because you are the lead officer for Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019.

                The Written Statement of Action submission is due on Wednesday 21 August 2019, in 5 working days.

                What to do

                Make sure it is done by then. When it is done, record the date in the tracker: the reminders stop once it is recorded.

                The rule: 70 working days after the report was received (SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)).

                Open the inspection in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18
                """);
        assertThat(email.html())
                .isEqualTo(
                        """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019</title></head>
                <body>
                <p>Dear Jo Lead,</p>
                <p>You are getting this email because you are the lead officer for Cumbria&#39;s local area SEND inspection (2016 framework) of 18 to 22 March 2019.</p>
                <p>The Written Statement of Action submission is due on Wednesday 21 August 2019, in 5 working days.</p>
                <h2>What to do</h2>
                <p>Make sure it is done by then. When it is done, record the date in the tracker: the reminders stop once it is recorded.</p>
                <p>The rule: 70 working days after the report was received (SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)).</p>
                <p><a href="https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18">Open the inspection in the tracker</a></p>
                </body>
                </html>
                """);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void
            tenWorkingDaysOverdue_theReminderEscalatesToTheSeniorRoles_sayingWhy_andCopyingNobodyWhoIsAlreadyAddressed() {
        // given the lead officer is also the acting NHS lead (one person, two roles)
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "overdue-10");
        Area area =
                Cumbria2019.areaWith(
                        LEAD_OFFICER,
                        new Contact("Jo Lead", "jo.lead@cumbria.gov.uk", ContactRole.NHS_LEAD),
                        DIRECTOR,
                        CHIEF_EXECUTIVE);

        // when
        Email email = composer.compose(notice, inspection, area, LocalDate.of(2019, 9, 5));

        // then
        assertThat(email.to()).containsExactly("jo.lead@cumbria.gov.uk");
        assertThat(email.cc())
                .containsExactly("sam.director@cumbria.gov.uk", "alex.chief@cumbria.gov.uk");
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission OVERDUE by 10 working days: was due 21 August 2019");
        assertThat(email.text())
                .isEqualTo(
                        """
                Dear Jo Lead,

                You are getting this email because you are the lead officer for Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019. It is copied to the director of children's services and the chief executive because it is overdue.

                The Written Statement of Action submission was due on Wednesday 21 August 2019. It is now 10 working days overdue.

                What to do

                If it has been done, record the date in the tracker: the reminders stop once it is recorded. If it has not, do it as soon as you can. If a new date was agreed, change the due date in the tracker and give the reason.

                The rule: 70 working days after the report was received (SI 2015/1792, Explanatory Note; working days as in SI 2005/1973 reg 1(3)).

                Open the inspection in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18
                """);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void oneMailboxWrittenInTwoCases_isSentTheEmailOnce() {
        // given the lead officer's address entered again, capitalised, as the NHS lead's
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "overdue-10");
        Area area =
                Cumbria2019.areaWith(
                        LEAD_OFFICER,
                        new Contact("Jo Lead", "Jo.Lead@Cumbria.gov.uk", ContactRole.NHS_LEAD),
                        DIRECTOR,
                        CHIEF_EXECUTIVE);

        // when
        Email email = composer.compose(notice, inspection, area, LocalDate.of(2019, 9, 5));

        // then
        assertThat(email.to()).containsExactly("jo.lead@cumbria.gov.uk");
        assertThat(email.cc())
                .containsExactly("sam.director@cumbria.gov.uk", "alex.chief@cumbria.gov.uk");
    }

    @Test
    void withNoLeadOfficer_theSeniorOfficersAreAddressed_andToldWhy() {
        // given Cumbria has no lead officer in the tracker
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "overdue-5");
        Area area = Cumbria2019.areaWith(DIRECTOR, NHS_LEAD);

        // when
        Email email = composer.compose(notice, inspection, area, LocalDate.of(2019, 8, 29));

        // then
        assertThat(email.to()).containsExactly("sam.director@cumbria.gov.uk", "priya.shah@nhs.net");
        assertThat(email.cc()).isEmpty();
        assertThat(email.text())
                .startsWith(
                        """
                Dear Sam Director and Priya Shah,

                You are getting this email because you are the director of children's services or the NHS lead for Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019, and Cumbria has no lead officer in the tracker to send it to.

                """);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void
            aQuarterlyReviewIsAnnounced_tenWorkingDaysBefore_withABriefing_eachWeaknessWithItsLatestStatus_andTheOpenAndOverdueDeadlines() {
        // given a monitoring visit on 12 April 2021 set the next review for Monday 12 July; the
        // revisit (due 18 April) is late
        Inspection inspection =
                Cumbria2019.recordedAsItHappened().inMonitoringAfterAVisitInApril2021();
        Notice notice = reminder(inspection, DeadlineKind.MONITORING_REVIEW, "before-10");

        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2021, 6, 28));

        // then
        assertThat(email.to()).containsExactly("jo.lead@cumbria.gov.uk");
        assertThat(email.cc()).containsExactly("sam.director@cumbria.gov.uk", "priya.shah@nhs.net");
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] DfE and NHS England monitoring visit expected in 10 working days: 12 July 2021 (briefing)");
        assertThat(email.text())
                .isEqualTo(
                        """
                Dear Jo Lead,

                You are getting this email because you are the lead officer for Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019. It is copied to the director of children's services and the NHS lead so they can prepare.

                The DfE and NHS England monitoring visit is expected by Monday 12 July 2021, in 10 working days.

                What to do

                Use the briefing below to prepare. When it has happened, record it in the tracker.

                The rule: quarterly: DfE and NHS England review progress every 3 months while the WSoA is live (DfE and NHS England monitoring of the Written Statement of Action).

                Areas of weakness and their latest status

                - 1. Identification of children and young people with SEND: on track (since 12 April 2021)
                - 2. Quality and timeliness of EHC plans: delayed (since 12 April 2021)
                - 3. Joint commissioning arrangements: not started (since 14 May 2019)

                Open and overdue deadlines

                - Ofsted and CQC revisit: not recorded yet, expected by Sunday 18 April 2021
                - DfE and NHS England monitoring visit: expected by Monday 12 July 2021

                Open the inspection in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18
                """);
        assertThat(email.html())
                .isEqualTo(
                        """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>[Cumbria] DfE and NHS England monitoring visit expected in 10 working days: 12 July 2021 (briefing)</title></head>
                <body>
                <p>Dear Jo Lead,</p>
                <p>You are getting this email because you are the lead officer for Cumbria&#39;s local area SEND inspection (2016 framework) of 18 to 22 March 2019. It is copied to the director of children&#39;s services and the NHS lead so they can prepare.</p>
                <p>The DfE and NHS England monitoring visit is expected by Monday 12 July 2021, in 10 working days.</p>
                <h2>What to do</h2>
                <p>Use the briefing below to prepare. When it has happened, record it in the tracker.</p>
                <p>The rule: quarterly: DfE and NHS England review progress every 3 months while the WSoA is live (DfE and NHS England monitoring of the Written Statement of Action).</p>
                <h2>Areas of weakness and their latest status</h2>
                <ul>
                  <li>1. Identification of children and young people with SEND: on track (since 12 April 2021)</li>
                  <li>2. Quality and timeliness of EHC plans: delayed (since 12 April 2021)</li>
                  <li>3. Joint commissioning arrangements: not started (since 14 May 2019)</li>
                </ul>
                <h2>Open and overdue deadlines</h2>
                <ul>
                  <li>Ofsted and CQC revisit: not recorded yet, expected by Sunday 18 April 2021</li>
                  <li>DfE and NHS England monitoring visit: expected by Monday 12 July 2021</li>
                </ul>
                <p><a href="https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18">Open the inspection in the tracker</a></p>
                </body>
                </html>
                """);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void
            aNotifiedRevisit_bringsAPreparationEmail_withItsDatesAndABriefing_copiedToTheSeniorRoles() {
        // given the revisit notified on Monday 8 March 2021
        Inspection inspection = Cumbria2019.recordedAsItHappened().awaitingItsRevisitReport();
        Notice notice =
                new Notice.VisitPreparation(
                        "Revisit",
                        LocalDate.of(2021, 3, 8),
                        LocalDate.of(2021, 3, 22),
                        LocalDate.of(2021, 4, 24));

        // (the first quarterly review passed in January 2020 with nothing recorded: it is listed,
        // never dropped; docs/domain-rules.md §1.4)
        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2021, 3, 8));

        // then
        assertThat(email.to()).containsExactly("jo.lead@cumbria.gov.uk");
        assertThat(email.cc())
                .containsExactly(
                        "sam.director@cumbria.gov.uk",
                        "priya.shah@nhs.net",
                        "alex.chief@cumbria.gov.uk");
        assertThat(email.subject())
                .isEqualTo("[Cumbria] Revisit notified: inspectors arrive 22 March 2021");
        assertThat(email.text())
                .isEqualTo(
                        """
                Dear Jo Lead,

                You are getting this email because you are the lead officer for Cumbria's local area SEND inspection (2016 framework) of 18 to 22 March 2019. It is copied to the director of children's services, the NHS lead and the chief executive so they can prepare.

                Ofsted and CQC gave notice of the revisit on Monday 8 March 2021. Inspectors arrive on Monday 22 March 2021, in 10 working days.

                What to do

                Use the briefing below to prepare, and share it with those who will meet the inspectors. When the report arrives, record it in the tracker.

                The dates

                - Notice given: Monday 8 March 2021
                - Inspectors arrive: Monday 22 March 2021
                - Report expected: about Saturday 24 April 2021

                Areas of weakness and their latest status

                - 1. Identification of children and young people with SEND: not started (since 14 May 2019)
                - 2. Quality and timeliness of EHC plans: not started (since 14 May 2019)
                - 3. Joint commissioning arrangements: not started (since 14 May 2019)

                Open and overdue deadlines

                - DfE and NHS England monitoring visit: not recorded yet, expected by Saturday 18 January 2020
                - Ofsted and CQC revisit report: expected by Saturday 24 April 2021

                Open the inspection in the tracker: https://sendtracker.example.gov.uk/inspections/cumbria-2019-03-18
                """);
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void aDeadlineOnASaturday_isRemindedOnTheFridayBefore_sayingSo() {
        // given the WSoA moved to Saturday 17 August 2019; its reminder of the day goes on Friday
        // 16
        Inspection inspection =
                Cumbria2019.recordAt(
                        Cumbria2019.recordedAsItHappened().withWsoaDue(),
                        "DEADLINE_OVERRIDDEN",
                        Map.of(
                                "deadline",
                                "WSOA_SUBMISSION",
                                "dueOn",
                                "2019-08-17",
                                "reason",
                                "Agreed with Ofsted"),
                        Instant.parse("2019-07-01T09:00:00Z"));
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "due");
        assertThat(notice.date()).isEqualTo(LocalDate.of(2019, 8, 16));

        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 8, 16));

        // then
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission due Saturday: 17 August 2019");
        assertThat(email.text())
                .contains(
                        "\n\nThe Written Statement of Action submission is due on Saturday 17 August 2019, which is not a working day: today is the last working day before it.\n\n");
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void everyKindOfNotice_isWrittenForPeople_itsTextSayingWhatItsHtmlSays() {
        Cumbria2019 timeline = Cumbria2019.recordedAsItHappened();
        Area area = Cumbria2019.area();
        List<Inspection> inspections =
                List.of(
                        timeline.withWsoaDue(),
                        timeline.askedToResubmitItsWsoa(),
                        timeline.inMonitoring(),
                        timeline.inMonitoringAfterAVisitInApril2021());
        int checked = 0;
        for (Inspection inspection : inspections) {
            for (Deadline deadline : inspection.outstandingDeadlines()) {
                for (ReminderPoint point :
                        ReminderSchedule.of(deadline, ReminderPolicy.DEFAULT, CALENDAR)) {
                    for (LocalDate sentOn : List.of(point.date(), point.date().plusDays(3))) {
                        Email email =
                                composer.compose(
                                        new Notice.DeadlineReminder(deadline, point),
                                        inspection,
                                        area,
                                        sentOn);
                        EmailsForPeople.check(email.subject(), email.text(), email.html());
                        checked++;
                    }
                }
            }
        }
        Email preparation =
                composer.compose(
                        new Notice.VisitPreparation(
                                "Monitoring inspection",
                                LocalDate.of(2021, 3, 8),
                                LocalDate.of(2021, 3, 22),
                                null),
                        timeline.awaitingItsRevisitReport(),
                        area,
                        LocalDate.of(2021, 3, 8));
        EmailsForPeople.check(preparation.subject(), preparation.text(), preparation.html());
        assertThat(checked).isGreaterThan(40);
    }

    @Test
    void aReminderSentLate_afterAnOutage_countsTheWorkingDaysFromTheDayItIsSent() {
        // given the 5-working-day reminder (point: Wednesday 14 August 2019) goes out on Friday 16
        // August
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "before-5");

        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 8, 16));

        // then: Monday 19, Tuesday 20 and Wednesday 21 August are left
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission due in 3 working days: 21 August 2019");
    }

    @Test
    void
            anOverdueReminderSentLate_saysHowOverdueTheDeadlineIsOnTheDayItIsSent_inTheSubjectAndTheBody() {
        // given the overdue-5 reminder (point: Thursday 29 August 2019) goes out on Monday 2
        // September
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "overdue-5");

        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 9, 2));

        // then: 22, 23, 27 (26 was the bank holiday), 28, 29, 30 August and 2 September
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission OVERDUE by 7 working days: was due 21 August 2019");
        assertThat(email.text())
                .contains(
                        "\n\nThe Written Statement of Action submission was due on Wednesday 21 August 2019. It is now 7 working days overdue.\n\n");
    }

    @Test
    void anOverdueDeadlineOfACalendarDayRule_isOverdueByCalendarDays_asItsPageSays() {
        // given the WSoA resubmission Ofsted asked for by Tuesday 8 October 2019 (a date, so
        // lateness is counted in calendar days), whose overdue-5 point is Tuesday 15 October
        Inspection inspection = Cumbria2019.recordedAsItHappened().askedToResubmitItsWsoa();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_RESUBMISSION, "overdue-5");

        // when
        Email email =
                composer.compose(
                        notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 10, 15));

        // then: 7 days, not "5 working days", as the inspection page counts it that day
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action resubmission OVERDUE by 7 days: was due 8 October 2019");
        assertThat(email.text())
                .contains(
                        "\n\nThe Written Statement of Action resubmission was due on Tuesday 8 October 2019. It is now 7 days overdue.\n\n");
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void aDueDayReminderSentLate_saysHowLongAgoTheDeadlineFell_notThatItIsToday() {
        // given the reminder of the WSoA's due day (Wednesday 21 August 2019) goes out on Thursday
        // 22 August
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "due");

        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 8, 22));

        // then
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission was due 1 working day ago: 21 August 2019");
    }

    @Test
    void aVisitsDayReminderSentLate_saysHowLongAgoTheVisitWasExpected() {
        // given the revisit was expected by Sunday 18 April 2021; its briefing of the working day
        // before goes out on Monday 5 July (visits are never chased as overdue, so that briefing is
        // the last one a late workflow catches up with)
        Inspection inspection =
                Cumbria2019.recordedAsItHappened().inMonitoringAfterAVisitInApril2021();
        Notice notice = reminder(inspection, DeadlineKind.REVISIT, "before-1");

        // when
        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2021, 7, 5));

        // then: 19 April to 5 July 2021 holds 54 working days (the May bank holidays are not)
        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Ofsted and CQC revisit was expected 54 working days ago: 18 April 2021 (briefing)");
        assertThat(email.text())
                .contains(
                        "\n\nThe Ofsted and CQC revisit was expected by Sunday 18 April 2021, 54 working days ago.\n\n");
    }

    @Test
    void aReminderBeforeTheDaySentOnTheDayItself_saysTheDeadlineIsToday() {
        Inspection inspection = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "before-1");

        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 8, 21));

        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission due today: 21 August 2019");
    }

    @Test
    void anOverriddenDueDate_isExplainedWithTheComputedDateAndTheReason() {
        Inspection inspection =
                Cumbria2019.recordAt(
                        Cumbria2019.recordedAsItHappened().withWsoaDue(),
                        "DEADLINE_OVERRIDDEN",
                        Map.of(
                                "deadline",
                                "WSOA_SUBMISSION",
                                "dueOn",
                                "2019-09-04",
                                "reason",
                                "Extension agreed with Ofsted for the summer"),
                        Instant.parse("2019-08-19T09:00:00Z"));
        Notice notice = reminder(inspection, DeadlineKind.WSOA_SUBMISSION, "before-10");

        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 8, 20));

        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] Written Statement of Action submission due in 10 working days: 4 September 2019");
        assertThat(email.text())
                .contains(
                        "\n\nThe due date was changed from Wednesday 21 August 2019: Extension agreed with Ofsted for the summer\n\n");
    }

    @Test
    void whatUsersTyped_isEscapedInTheHtml_andVerbatimInTheText() {
        // given a weakness title and an area name carrying HTML's special characters
        String title = "Leaders' <script>alert(\"x\")</script> & \"plans\"";
        Cumbria2019 timeline = Cumbria2019.recordedAsItHappened();
        Inspection inspection =
                timeline.record(
                        timeline.withWsoaDue(List.of(title)),
                        "WSOA_SUBMITTED",
                        """
                {"on": "2019-08-20"}""");
        inspection =
                timeline.record(
                        inspection,
                        "WSOA_DECISION",
                        """
                {"on": "2019-10-18", "fitForPurpose": true}""");
        inspection =
                timeline.record(
                        inspection,
                        "REVISIT_NOTIFIED",
                        """
                {"on": "2021-03-08"}""");
        Area area =
                new Area(
                        new AreaId("cumbria"),
                        "Bath & North East <Somerset>",
                        List.of(LEAD_OFFICER),
                        1);
        Notice notice =
                new Notice.VisitPreparation(
                        "Revisit",
                        LocalDate.of(2021, 3, 8),
                        LocalDate.of(2021, 3, 22),
                        LocalDate.of(2021, 4, 24));

        // when
        Email email = composer.compose(notice, inspection, area, LocalDate.of(2021, 3, 8));

        // then
        assertThat(email.subject())
                .isEqualTo(
                        "[Bath & North East <Somerset>] Revisit notified: inspectors arrive 22 March 2021");
        assertThat(email.text())
                .contains(
                        "\n\nYou are getting this email because you are the lead officer for Bath & North East <Somerset>'s local area SEND inspection (2016 framework) of 18 to 22 March 2019.\n\n")
                .contains(
                        "\n- 1. Leaders' <script>alert(\"x\")</script> & \"plans\": not started (since 14 May 2019)\n");
        assertThat(email.html())
                .contains(
                        "<title>[Bath &amp; North East &lt;Somerset&gt;] Revisit notified: inspectors arrive 22 March 2021</title>")
                .contains(
                        "<p>You are getting this email because you are the lead officer for Bath &amp; North East &lt;Somerset&gt;&#39;s local area SEND inspection (2016 framework) of 18 to 22 March 2019.</p>")
                .contains(
                        "\n  <li>1. Leaders&#39; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;plans&quot;: not started (since 14 May 2019)</li>\n")
                .doesNotContain("<script>")
                .doesNotContain("<Somerset>");
        EmailsForPeople.check(email.subject(), email.text(), email.html());
    }

    @Test
    void aBoardsReportReminder_namesWhichBoardReportsToWhom_inTheSubjectAndTheText() {
        // an area may have two boards reporting on one day: "Board report" alone cannot tell them
        Inspection monitoring = Cumbria2019.recordedAsItHappened().withWsoaDue();
        Inspection inspection =
                monitoring
                        .change()
                        .addDeadline(
                                new Deadline(
                                        "BOARD_REPORT-improvement-board-2019-09-11",
                                        DeadlineKind.BOARD_REPORT,
                                        LocalDate.of(2019, 9, 11),
                                        LocalDate.of(2019, 9, 11),
                                        null,
                                        null,
                                        false,
                                        "SEND Improvement Board's report to the Health and"
                                                + " Wellbeing Board, every 2 months from 10 July"
                                                + " 2019 until 8 January 2020",
                                        "The board's terms of reference, as recorded with the board",
                                        ContactRole.LEAD_OFFICER,
                                        List.of(ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES),
                                        Instant.parse("2019-06-03T09:00:00Z"),
                                        org.sendtracker.rules.DateSetter.COUNCIL,
                                        org.sendtracker.rules.DayCount.WORKING_DAYS,
                                        null))
                        .recordedAt(Instant.parse("2019-06-03T09:00:00Z"));
        Notice notice = reminder(inspection, DeadlineKind.BOARD_REPORT, "before-5");

        Email email =
                composer.compose(notice, inspection, Cumbria2019.area(), LocalDate.of(2019, 9, 4));

        assertThat(email.subject())
                .isEqualTo(
                        "[Cumbria] SEND Improvement Board's report to the Health and Wellbeing"
                                + " Board due in 5 working days: 11 September 2019");
        assertThat(email.text())
                .contains(
                        "SEND Improvement Board's report to the Health and Wellbeing Board is due"
                                + " on Wednesday 11 September 2019, in 5 working days.");
    }

    private static Notice reminder(Inspection inspection, DeadlineKind kind, String pointId) {
        Deadline deadline = inspection.outstanding(kind).orElseThrow();
        ReminderPoint point =
                ReminderSchedule.of(deadline, ReminderPolicy.DEFAULT, CALENDAR).stream()
                        .filter(p -> p.id().equals(pointId))
                        .findFirst()
                        .orElseThrow();
        return new Notice.DeadlineReminder(deadline, point);
    }
}
