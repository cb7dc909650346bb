package org.sendtracker.http.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.Framework;
import org.sendtracker.rules.OffsetUnit;

/**
 * A met-late or overdue deadline's row in the CSV says so, with how late and in which days: the
 * rule's, as the emails count them.
 */
class DeadlineCsvRowTest {

    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());

    @Test
    void aWsoaSubmittedFiveWorkingDaysLate_isMetLate_inTheStatusAndDaysLateColumns() {
        // given a WSoA due Wednesday 21 August 2019, submitted Thursday 29 August (Monday 26 August
        // was the summer bank holiday)
        DeadlineRule rule =
                new DeadlineRule(
                        Framework.LASEND_2016,
                        DeadlineKind.WSOA_SUBMISSION,
                        "",
                        70,
                        OffsetUnit.WORKING_DAYS,
                        "70 working days after the report was received",
                        "SI 2015/1792",
                        "",
                        ContactRole.LEAD_OFFICER,
                        List.of(),
                        DateSetter.COUNCIL);
        Deadline wsoa =
                Deadline.setBy(
                                "WSOA_SUBMISSION",
                                rule,
                                LocalDate.of(2019, 8, 21),
                                Instant.parse("2019-05-14T09:00:00Z"))
                        .met(LocalDate.of(2019, 8, 29), CALENDAR);
        DeadlineRow row =
                DeadlineRow.of(
                        "cumbria",
                        "Cumbria",
                        "cumbria-2019-03-18",
                        Stage.WSOA_UNDER_REVIEW,
                        wsoa,
                        LocalDate.of(2019, 9, 2),
                        CALENDAR);

        // when
        List<String> fields =
                DeadlinesCsvController.fields(
                        row, "https://example/inspections/cumbria-2019-03-18");

        // then
        assertThat(fields).hasSameSizeAs(DeadlinesCsvController.HEADER);
        assertThat(DeadlinesCsvController.HEADER.subList(5, 10))
                .containsExactly(
                        "Status", "When", "Days late", "Days late counted in", "Date set by");
        assertThat(fields.subList(5, 10))
                .containsExactly(
                        "Met late",
                        "Met on 29 August 2019, 5 working days late",
                        "5",
                        "working days",
                        "the council");
    }

    @Test
    void aWsoaSevenWorkingDaysOverdue_saysSo_asTheOverdueEmailDoesThatDay() {
        // given a WSoA due Wednesday 21 August 2019 and not submitted, on Monday 2 September
        // (Monday 26 August was the summer bank holiday): 12 calendar days, 7 working days; that
        // day's overdue email says "OVERDUE by 7 working days" (EmailComposerTest)
        DeadlineRow row = overdue(rule(OffsetUnit.WORKING_DAYS), LocalDate.of(2019, 9, 2));

        // when
        List<String> fields =
                DeadlinesCsvController.fields(
                        row, "https://example/inspections/cumbria-2019-03-18");

        // then
        assertThat(row.when()).isEqualTo("7 working days overdue");
        assertThat(fields.subList(5, 10))
                .containsExactly(
                        "Overdue", "7 working days overdue", "7", "working days", "the council");
    }

    @Test
    void aDeadlineOfACalendarDayRule_isOverdueByCalendarDays() {
        // given a deadline of a calendar-day rule due Wednesday 21 August 2019, on Monday 2
        // September
        DeadlineRow row = overdue(rule(OffsetUnit.CALENDAR_DAYS), LocalDate.of(2019, 9, 2));

        // then
        assertThat(row.when()).isEqualTo("12 days overdue");
        assertThat(DeadlinesCsvController.fields(row, "https://example/i").subList(5, 10))
                .containsExactly(
                        "Overdue", "12 days overdue", "12", "calendar days", "the council");
    }

    @Test
    void longOverdue_isSaidInMonths() {
        DeadlineRow row = overdue(rule(OffsetUnit.WORKING_DAYS), LocalDate.of(2019, 12, 2));

        assertThat(row.when()).isEqualTo("about 3 months overdue");
    }

    private static DeadlineRule rule(OffsetUnit unit) {
        return new DeadlineRule(
                Framework.LASEND_2016,
                DeadlineKind.WSOA_SUBMISSION,
                "",
                70,
                unit,
                "70 working days after the report was received",
                "SI 2015/1792",
                "",
                ContactRole.LEAD_OFFICER,
                List.of(),
                DateSetter.COUNCIL);
    }

    private static DeadlineRow overdue(DeadlineRule rule, LocalDate today) {
        Deadline wsoa =
                Deadline.setBy(
                        "WSOA_SUBMISSION",
                        rule,
                        LocalDate.of(2019, 8, 21),
                        Instant.parse("2019-05-14T09:00:00Z"));
        return DeadlineRow.of(
                "cumbria", "Cumbria", "cumbria-2019-03-18", Stage.WSOA_DUE, wsoa, today, CALENDAR);
    }
}
