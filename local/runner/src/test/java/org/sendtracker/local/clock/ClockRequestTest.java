package org.sendtracker.local.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtracker.shared.Result;

class ClockRequestTest {

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments(
                        Map.of("now", "2026-01-05T09:00:00Z"),
                        ClockChange.to(Instant.parse("2026-01-05T09:00:00Z"))),
                arguments(
                        Map.of("advance", "P30D"),
                        new ClockChange.Advance(Period.ofDays(30), Duration.ZERO)),
                arguments(
                        Map.of("advance", "PT5H"),
                        new ClockChange.Advance(Period.ZERO, Duration.ofHours(5))),
                arguments(
                        Map.of("advance", "P1Y2M"),
                        new ClockChange.Advance(Period.of(1, 2, 0), Duration.ZERO)),
                arguments(
                        Map.of("advance", "P2W"),
                        new ClockChange.Advance(Period.ofWeeks(2), Duration.ZERO)),
                arguments(
                        Map.of("advance", "P1DT12H30M"),
                        new ClockChange.Advance(Period.ofDays(1), Duration.ofMinutes(750))));
    }

    @ParameterizedTest
    @MethodSource
    void accepted(Map<String, Object> body, ClockChange expected) {
        assertThat(ClockRequest.parse(body).orElseThrow()).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        String either =
                "Send either \"now\" (an ISO-8601 instant such as 2025-01-31T09:00:00Z)"
                        + " or \"advance\" (an ISO-8601 duration such as P30D, PT5H or P1Y2M)";
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("now", "2026-01-05T09:00:00Z");
        both.put("advance", "P1D");
        Map<String, Object> nullNow = new HashMap<>();
        nullNow.put("now", null);
        return Stream.of(
                arguments(Map.of(), either),
                arguments(both, either + ", not both"),
                arguments(Map.of("later", "P1D"), "Unknown field \"later\": " + either),
                arguments(
                        Map.of("now", "tomorrow"),
                        "\"now\" must be an ISO-8601 instant such as 2025-01-31T09:00:00Z, not 'tomorrow'"),
                arguments(
                        Map.of("now", "2026-01-05"),
                        "\"now\" must be an ISO-8601 instant such as 2025-01-31T09:00:00Z, not '2026-01-05'"),
                arguments(
                        nullNow,
                        "\"now\" must be an ISO-8601 instant such as 2025-01-31T09:00:00Z, not null"),
                arguments(
                        Map.of("advance", "30 days"),
                        "\"advance\" must be an ISO-8601 duration such as P30D, PT5H or P1Y2M, not '30 days'"),
                arguments(
                        Map.of("advance", "P"),
                        "\"advance\" must be an ISO-8601 duration such as P30D, PT5H or P1Y2M, not 'P'"),
                arguments(
                        Map.of("advance", "P1DT"),
                        "\"advance\" must be an ISO-8601 duration such as P30D, PT5H or P1Y2M, not 'P1DT'"),
                arguments(
                        Map.of("advance", 30),
                        "\"advance\" must be an ISO-8601 duration such as P30D, PT5H or P1Y2M, not 30"),
                arguments(
                        Map.of("advance", "-P1D"),
                        "\"advance\" must be an ISO-8601 duration such as P30D, PT5H or P1Y2M, not '-P1D'"),
                arguments(
                        Map.of("advance", "P-1D"),
                        "\"advance\" must not be negative: the clock only moves forward"),
                arguments(
                        Map.of("advance", "PT-5H"),
                        "\"advance\" must not be negative: the clock only moves forward"));
    }

    @ParameterizedTest
    @MethodSource
    void refused(Map<String, Object> body, String message) {
        Result<ClockChange> parsed = ClockRequest.parse(body);

        assertThat(((Result.Refused<ClockChange>) parsed).rejection().message()).isEqualTo(message);
    }
}
