package org.sendtracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EnglandAndWalesBankHolidaysTest {

    private final BankHolidays holidays = new EnglandAndWalesBankHolidays();

    static IntStream everyYearOfTheGovUkList() {
        return IntStream.rangeClosed(
                GovUkBankHolidays.FIRST_DAY.getYear(), GovUkBankHolidays.LAST_DAY.getYear());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyYearOfTheGovUkList")
    void bankHolidays_ofEachYear_areExactlyThoseGovUkLists(int year) {
        // given GOV.UK's list for the year
        Set<LocalDate> govUk = GovUkBankHolidays.of(year);

        // when every day of the year is asked about
        Set<LocalDate> reported = new TreeSet<>();
        for (LocalDate day = LocalDate.of(year, 1, 1);
                day.getYear() == year;
                day = day.plusDays(1)) {
            if (holidays.isBankHoliday(day)) {
                reported.add(day);
            }
        }

        // then the calendar reports the same days, no more and no fewer
        assertThat(reported).containsExactlyElementsOf(govUk);
    }

    @ParameterizedTest(name = "{0} is a bank holiday: {1}")
    @CsvSource({
        // Christmas on a Saturday, Boxing Day on a Sunday: both move to the next weekdays
        "2021-12-27, Christmas Day (substitute day)",
        "2021-12-28, Boxing Day (substitute day)",
        // Christmas on a Sunday: Boxing Day keeps Monday, Christmas moves to Tuesday
        "2022-12-26, Boxing Day",
        "2022-12-27, Christmas Day (substitute day)",
        // Boxing Day on a Saturday moves to Monday
        "2015-12-28, Boxing Day (substitute day)",
        "2020-12-28, Boxing Day (substitute day)",
        // New Year's Day on a Sunday moves to Monday
        "2023-01-02, New Year's Day (substitute day)",
    })
    void christmasAndNewYearOnAWeekend_haveASubstituteWeekday(LocalDate day, String why) {
        assertThat(holidays.isBankHoliday(day)).as(why).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2012-06-04, spring bank holiday moved for the Diamond Jubilee",
        "2012-06-05, Diamond Jubilee",
        "2020-05-08, early May bank holiday moved for VE Day",
        "2022-06-03, Platinum Jubilee",
        "2022-09-19, State Funeral of Queen Elizabeth II",
        "2023-05-08, Coronation of King Charles III",
    })
    void oneOffBankHolidays_areKnown(LocalDate day, String why) {
        assertThat(holidays.isBankHoliday(day)).as(why).isTrue();
    }

    @Test
    void easterMondayAndTheSummerBankHoliday_areEnglishBankHolidays() {
        // Jollyday's UK calendar without the "eng" subdivision drops both
        assertThat(holidays.isBankHoliday(LocalDate.of(2019, 4, 22)))
                .as("Easter Monday 2019")
                .isTrue();
        assertThat(holidays.isBankHoliday(LocalDate.of(2019, 8, 26)))
                .as("summer bank holiday 2019")
                .isTrue();
    }

    @Test
    void scottishOnlyHolidays_areNotBankHolidays() {
        assertThat(holidays.isBankHoliday(LocalDate.of(2019, 1, 2))).as("2 January").isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2019, 8, 5)))
                .as("first Monday of August")
                .isFalse();
        assertThat(holidays.isBankHoliday(LocalDate.of(2019, 12, 2)))
                .as("St Andrew's Day substitute")
                .isFalse();
    }

    @Test
    void aConfiguredExtraDay_isABankHoliday_besideTheLibrarysOwn() {
        // given a one-off day proclaimed after the library's release
        LocalDate proclaimed = LocalDate.of(2026, 6, 15);
        BankHolidays withExtra = new EnglandAndWalesBankHolidays(List.of(proclaimed));

        // then it counts, and the regular ones still do
        assertThat(withExtra.isBankHoliday(proclaimed)).isTrue();
        assertThat(withExtra.isBankHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(holidays.isBankHoliday(proclaimed)).isFalse();
    }

    @Test
    void extraBankHolidays_mayNotBeNull() {
        assertThatNullPointerException()
                .isThrownBy(() -> new EnglandAndWalesBankHolidays(null))
                .withMessage("extraBankHolidays == null");
    }
}
