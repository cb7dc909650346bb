package org.sendtracker.http.web.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePartsTest {

    private static final String LABEL = "the date the report was received";

    @ParameterizedTest(name = "{0}/{1}/{2} is {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "14 | 5   | 2019 | 2019-05-14",
                "1  | 01  | 2020 | 2020-01-01",
                "9  | jan | 2020 | 2020-01-09",
                "9  | September | 2020 | 2020-09-09",
                "31 | 2   | 2019 | 2019-02-31",
            })
    void threeBoxesOfNumbers_becomeTheIsoDate_forTheDomainToJudge(
            String day, String month, String year, String iso) {
        assertThat(read(day, month, year)).isEqualTo(new DateParts.Iso(iso));
    }

    @ParameterizedTest(name = "{0}/{1}/{2}: {3}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "14 | -  | 2019 | The date the report was received must include a month",
                "-  | 5  | -    | The date the report was received must include a day and year",
                "14 | x  | 2019 | The date the report was received must be a real date",
                "1st| 5  | 2019 | The date the report was received must be a real date",
                "14 | 5  | 19   | The date the report was received must include a year with 4 numbers, for example 2019",
            })
    void boxesThatCannotMakeADate_sayWhy(String day, String month, String year, String message) {
        DateParts parts = read(day, month, year);

        assertThat(parts).isInstanceOf(DateParts.Invalid.class);
        assertThat(((DateParts.Invalid) parts).message()).isEqualTo(message);
        assertThat(((DateParts.Invalid) parts).typed()).doesNotMatch("\\d{4}-\\d{2}-\\d{2}");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {"- | - | -", "'' | ' ' | ''"})
    void threeEmptyBoxes_areAnAbsentDate(String day, String month, String year) {
        assertThat(read(day, month, year)).isEqualTo(new DateParts.Absent());
    }

    private static DateParts read(String day, String month, String year) {
        Map<String, String> values = new HashMap<>();
        if (day != null) {
            values.put("on-day", day);
        }
        if (month != null) {
            values.put("on-month", month);
        }
        if (year != null) {
            values.put("on-year", year);
        }
        return DateParts.read(FormData.of(values), "on", LABEL);
    }
}
