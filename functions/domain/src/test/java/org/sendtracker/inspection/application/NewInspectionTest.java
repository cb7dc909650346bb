package org.sendtracker.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * A new inspection's dates are those of one inspection: inspectors arrive within six weeks of the
 * call, so a typo in a year (on site in 9999, notified in year 1) is refused, not kept for good.
 */
class NewInspectionTest {

    private static final LocalDate TODAY = LocalDate.of(2023, 3, 20);

    private static Map<String, Object> input(String notifiedOn, String startsOn, String endsOn) {
        Map<String, Object> input = new HashMap<>();
        input.put("areaId", "barsetshire");
        input.put("framework", "AREA_SEND_2023");
        input.put("notifiedOn", notifiedOn);
        input.put("startsOn", startsOn);
        input.put("endsOn", endsOn);
        return input;
    }

    @Test
    void inspectorsArrivingWithinSixWeeksOfTheCall_isAnInspection() {
        assertThat(NewInspection.read(input("2023-03-06", "2023-04-17", "2023-04-21"), TODAY))
                .isInstanceOf(Result.Ok.class);
    }

    @Test
    void inspectorsArrivingLaterThanThat_isRefused() {
        assertThat(errors(input("2023-03-06", "2023-04-18", "2023-04-21")))
                .containsExactly(
                        new FieldError(
                                "startsOn",
                                "The date inspectors arrived must be within 6 weeks of the date the area was notified"));
        assertThat(errors(input("2023-03-06", "9999-12-01", "9999-12-05")))
                .extracting(FieldError::field)
                .containsExactly("startsOn", "endsOn");
    }

    @Test
    void aCallInYearOne_isRefused() {
        Map<String, Object> input = input("0001-01-01", "2019-04-01", "2019-04-05");
        input.put("framework", "LASEND_2016");

        assertThat(errors(input))
                .containsExactly(
                        new FieldError(
                                "notifiedOn",
                                "The date the area was notified must be between 1 January 2014 and 31 December 2099 (1 January 0001 is not)"));
    }

    private static List<FieldError> errors(Map<String, Object> input) {
        Result<NewInspection> read = NewInspection.read(input, TODAY);
        return ((Rejection.Invalid) read.refusal().orElseThrow()).errors();
    }
}
