package org.sendtracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkingDayCalendarTest {

    /** The WSoA is due 70 working days after the report is received (SI 2015/1792). */
    private static final int WSOA_WORKING_DAYS = 70;

    private final WorkingDayCalendar calendar =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());

    static IntStream everyYearOfTheGovUkList() {
        return IntStream.rangeClosed(
                GovUkBankHolidays.FIRST_DAY.getYear(), GovUkBankHolidays.LAST_DAY.getYear());
    }

    @ParameterizedTest(name = "receipts in {0}")
    @MethodSource("everyYearOfTheGovUkList")
    void dueDate_forEveryReceiptDayOfTheYear_matchesACountOverTheGovUkList(int year) {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (LocalDate receipt = LocalDate.of(year, 1, 1);
                receipt.getYear() == year;
                receipt = receipt.plusDays(1)) {
            // given the due date counted with weekends and GOV.UK's list alone
            Optional<LocalDate> expected =
                    GovUkBankHolidays.plusWorkingDays(receipt, WSOA_WORKING_DAYS);
            if (expected.isEmpty()) {
                continue; // due after 2027: the list cannot check it
            }
            checked++;

            // when the calendar counts
            LocalDate actual = calendar.plusWorkingDays(receipt, WSOA_WORKING_DAYS);

            // then they agree
            if (!actual.equals(expected.get())) {
                mismatches.add(receipt + " -> " + actual + ", expected " + expected.get());
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(checked).as("receipt days checked in " + year).isPositive();
    }

    @Test
    void dueDate_isSeventyWorkingDaysAfterReceipt_skippingEasterMonday() {
        // given a report received on Tuesday 16 January 2018 (Good Friday 30 March, Easter Monday 2
        // April)
        LocalDate receivedOn = LocalDate.of(2018, 1, 16);

        // when
        LocalDate due = calendar.plusWorkingDays(receivedOn, WSOA_WORKING_DAYS);

        // then
        assertThat(due).isEqualTo(LocalDate.of(2018, 4, 26));
    }

    @Test
    void dueDate_spanningChristmasAndEaster_skipsEveryBankHolidayOnTheWay() {
        // given a report received on 15 December 2015: Christmas Day, Boxing Day (substitute Monday
        // 28 December), New Year's Day, Good Friday 25 March and Easter Monday 28 March 2016 follow
        LocalDate receivedOn = LocalDate.of(2015, 12, 15);

        // when
        LocalDate due = calendar.plusWorkingDays(receivedOn, WSOA_WORKING_DAYS);

        // then 14 weeks of weekdays (22 March) plus the five bank holidays
        assertThat(due).isEqualTo(LocalDate.of(2016, 3, 29));
    }

    @Test
    void dueDate_spanningChristmasAndBoxingDay_skipsBoth() {
        // given a report received on 15 October 2019 (Christmas, Boxing Day and New Year's Day
        // follow)
        LocalDate receivedOn = LocalDate.of(2019, 10, 15);

        // when
        LocalDate due = calendar.plusWorkingDays(receivedOn, WSOA_WORKING_DAYS);

        // then
        assertThat(due).isEqualTo(LocalDate.of(2020, 1, 24));
    }

    @Test
    void dueDate_movesOneDayLater_whenAnExtraBankHolidayIsConfiguredBeforeIt() {
        // given a calendar told of a one-off bank holiday, a Wednesday between receipt and due date
        WorkingDayCalendar withExtraDay =
                new WorkingDayCalendar(
                        new EnglandAndWalesBankHolidays(List.of(LocalDate.of(2018, 2, 14))));

        // when
        LocalDate due = withExtraDay.plusWorkingDays(LocalDate.of(2018, 1, 16), WSOA_WORKING_DAYS);

        // then the day after the date without it (26 April 2018)
        assertThat(due).isEqualTo(LocalDate.of(2018, 4, 27));
    }

    @Test
    void nextWorkingDay_afterChristmasEveOnAWeekend_skipsBothSubstituteDays() {
        // given Friday 24 December 2021: Christmas (Saturday) and Boxing Day (Sunday) move to 27
        // and 28 December
        LocalDate christmasEve = LocalDate.of(2021, 12, 24);

        // when
        LocalDate next = calendar.plusWorkingDays(christmasEve, 1);

        // then
        assertThat(next).isEqualTo(LocalDate.of(2021, 12, 29));
    }

    @ParameterizedTest(name = "{0} plus {1} working days is {2}")
    @CsvSource({
        "2019-05-14, 0, 2019-05-14", // day 0 is the start itself
        "2019-05-18, 0, 2019-05-18", // even on a Saturday
        "2019-05-18, 1, 2019-05-20", // counting from a Saturday: Monday is day 1
        "2019-04-18, 1, 2019-04-23", // Maundy Thursday: Good Friday and Easter Monday are skipped
        "2019-04-23, -1, 2019-04-18", // and the same backwards
        "2019-05-14, 70, 2019-08-21", // the WSoA example of the API contract
    })
    void plusWorkingDays_countsFromDayZero(LocalDate start, int workingDays, LocalDate expected) {
        assertThat(calendar.plusWorkingDays(start, workingDays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
        "2019-04-18, true", // Thursday
        "2019-04-19, false", // Good Friday
        "2019-04-20, false", // Saturday
        "2019-04-21, false", // Sunday
        "2019-04-22, false", // Easter Monday
        "2019-12-25, false", // Christmas Day
    })
    void isWorkingDay_isFalseOnWeekendsAndBankHolidays(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void workingDaysBetween_countsTheEndButNotTheStart_andIsNegativeBackwards() {
        LocalDate receivedOn = LocalDate.of(2019, 5, 14);
        LocalDate due = LocalDate.of(2019, 8, 21);

        assertThat(calendar.workingDaysBetween(receivedOn, due)).isEqualTo(70);
        assertThat(calendar.workingDaysBetween(due, receivedOn)).isEqualTo(-70);
        assertThat(calendar.workingDaysBetween(receivedOn, receivedOn)).isZero();
    }
}
