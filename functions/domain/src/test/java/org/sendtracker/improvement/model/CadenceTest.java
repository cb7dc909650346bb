package org.sendtracker.improvement.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void everyTwoMonths_countsEachReportFromTheFirst_soAShortMonthDoesNotDrift() {
        Cadence cadence =
                Cadence.everyMonths(2, LocalDate.of(2025, 1, 31), LocalDate.of(2025, 9, 30));

        assertThat(cadence.dues())
                .containsExactly(
                        LocalDate.of(2025, 1, 31),
                        LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 5, 31),
                        LocalDate.of(2025, 7, 31),
                        LocalDate.of(2025, 9, 30));
    }

    @Test
    void everySixWeeks_withoutAnEnd_reachesTwentyFourMonthsAfterTheFirst() {
        Cadence cadence = Cadence.everyWeeks(6, LocalDate.of(2025, 1, 6), null);

        List<LocalDate> dues = cadence.dues();

        assertThat(dues).first().isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(dues).last().isEqualTo(LocalDate.of(2026, 12, 21));
        assertThat(dues).hasSize(18);
    }

    @Test
    void weekly_withoutAnEnd_isCappedAtTheMostReportsOneCadenceMayProduce() {
        assertThat(Cadence.everyWeeks(1, LocalDate.of(2025, 1, 6), null).dues()).hasSize(105);
        assertThat(Cadence.everyWeeks(1, LocalDate.of(2025, 1, 6), LocalDate.of(2035, 1, 1)).dues())
                .hasSize(Cadence.MAX_REPORTS);
    }

    @Test
    void meetingDates_areSortedAndDeduplicated() {
        Cadence cadence =
                Cadence.meetingDates(
                        List.of(
                                LocalDate.of(2025, 6, 12),
                                LocalDate.of(2025, 3, 13),
                                LocalDate.of(2025, 6, 12)));

        assertThat(cadence.dues())
                .containsExactly(LocalDate.of(2025, 3, 13), LocalDate.of(2025, 6, 12));
        assertThat(cadence.describe()).isEqualTo("at its meetings on 13 March 2025, 12 June 2025");
    }

    @Test
    void describe_saysItAsAPersonWould() {
        assertThat(Cadence.everyMonths(2, LocalDate.of(2025, 1, 15), null).describe())
                .isEqualTo(
                        "every 2 months from 15 January 2025 (no end date: 24 months, to 15"
                                + " January 2027)");
        // without an end, where the 24 months stop it: the last Monday on or before 7 December 2028
        assertThat(Cadence.everyWeeks(1, LocalDate.of(2026, 12, 7), null).describe())
                .isEqualTo(
                        "every week from 7 December 2026 (no end date: 24 months, to 4 December"
                                + " 2028)");
        assertThat(Cadence.everyMonths(5, LocalDate.of(2025, 1, 31), null).describe())
                .endsWith("to 30 September 2026)");
        assertThat(
                        Cadence.everyWeeks(1, LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 31))
                                .describe())
                .isEqualTo("every week from 6 January 2025 until 31 March 2025");
    }

    @Test
    void describe_saysWhereTheReportsStop_whenTheLimitEndsThemBeforeTheEndDate() {
        Cadence weeklyTo2099 =
                Cadence.everyWeeks(1, LocalDate.of(2025, 1, 6), LocalDate.of(2099, 12, 31));

        assertThat(weeklyTo2099.dues()).hasSize(Cadence.MAX_REPORTS);
        assertThat(weeklyTo2099.dues().get(Cadence.MAX_REPORTS - 1))
                .isEqualTo(LocalDate.of(2027, 4, 19));
        assertThat(weeklyTo2099.describe())
                .isEqualTo(
                        "every week from 6 January 2025 until 31 December 2099 (the first 120"
                                + " reports, to 19 April 2027)");
        // the 120th report falls on the end date itself: all of them, nothing cut
        assertThat(
                        Cadence.everyWeeks(1, LocalDate.of(2025, 1, 6), LocalDate.of(2027, 4, 19))
                                .describe())
                .isEqualTo("every week from 6 January 2025 until 19 April 2027");
        // one more week would make 121: cut
        assertThat(
                        Cadence.everyWeeks(1, LocalDate.of(2025, 1, 6), LocalDate.of(2027, 4, 26))
                                .describe())
                .endsWith("(the first 120 reports, to 19 April 2027)");
        assertThat(
                        Cadence.everyMonths(1, LocalDate.of(2025, 1, 31), LocalDate.of(2040, 1, 1))
                                .describe())
                .isEqualTo(
                        "every month from 31 January 2025 until 1 January 2040 (the first 120"
                                + " reports, to 31 December 2034)");
    }

    @Test
    void aCadence_refusesWhatCannotHappen() {
        assertThatThrownBy(() -> Cadence.everyMonths(0, LocalDate.of(2025, 1, 1), null))
                .hasMessage("every < 1: 0");
        assertThatThrownBy(
                        () ->
                                Cadence.everyMonths(
                                        1, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1)))
                .hasMessage("until 2025-01-01 is before from 2025-02-01");
        assertThatThrownBy(() -> Cadence.meetingDates(List.of()))
                .hasMessage("a cadence of meeting dates lists at least one");
    }
}
