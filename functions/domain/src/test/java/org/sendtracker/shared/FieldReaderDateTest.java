package org.sendtracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date to record lies from 2014 to 2099: one outside is a typo that would otherwise stay in the
 * record (an inspection on site in 9999 could never move on). A query's range may ask about any
 * real date.
 */
class FieldReaderDateTest {

    @ParameterizedTest
    @ValueSource(strings = {"2014-01-01", "2019-05-14", "2099-12-31"})
    void aDateFrom2014To2099_isRecorded(String text) {
        FieldReader fields = new FieldReader(Map.of("on", text));

        assertThat(fields.date("on", "the date", true)).isEqualTo(LocalDate.parse(text));
        assertThat(fields.errors()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0001-01-01, 1 January 0001",
        "2013-12-31, 31 December 2013",
        "2100-01-01, 1 January 2100",
        "9999-12-31, 31 December 9999"
    })
    void aDateOutside2014To2099_isRefused_sayingWhich_inWords(String text, String inWords) {
        FieldReader fields = new FieldReader(Map.of("on", text));

        assertThat(fields.date("on", "the date the report was published", true)).isNull();
        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the report was published must be between 1 January 2014"
                                        + " and 31 December 2099 ("
                                        + inWords
                                        + " is not)"));
    }

    @ParameterizedTest
    @CsvSource({
        "2022-02-31, 31 February 2022 does not exist",
        "2027-02-29, 29 February 2027 does not exist",
        "2019-13-14, there is no month 13",
        "2019-00-14, there is no month 0",
        "2019-04-00, 0 April 2019 does not exist"
    })
    void aDateThatDoesNotExist_isRefused_sayingWhichInWords(String text, String why) {
        FieldReader fields = new FieldReader(Map.of("on", text));

        assertThat(fields.date("on", "the date the report was published", true)).isNull();
        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "on",
                                "The date the report was published must be a real date ("
                                        + why
                                        + ")"));
    }

    @Test
    void aQuerysDate_mayBeAnyRealDate() {
        FieldReader fields = new FieldReader(Map.of("from", "2010-01-01", "to", "9999-12-31"));

        assertThat(fields.queryDate("from", "the first due date", false))
                .isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(fields.queryDate("to", "the last due date", false))
                .isEqualTo(LocalDate.of(9999, 12, 31));
        assertThat(fields.errors()).isEmpty();
    }
}
