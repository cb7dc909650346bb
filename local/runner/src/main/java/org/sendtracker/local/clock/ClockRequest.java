package org.sendtracker.local.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/** Reads the body of {@code POST /local/clock}: exactly one of {@code now} and {@code advance}. */
final class ClockRequest {

    static final String EITHER =
            "Send either \"now\" (an ISO-8601 instant such as 2025-01-31T09:00:00Z)"
                    + " or \"advance\" (an ISO-8601 duration such as P30D, PT5H or P1Y2M)";

    private ClockRequest() {}

    static Result<ClockChange> parse(Map<String, Object> body) {
        for (String field : body.keySet()) {
            if (!field.equals("now") && !field.equals("advance")) {
                return invalid(field, "Unknown field \"" + field + "\": " + EITHER);
            }
        }
        if (body.size() != 1) {
            return invalid("body", body.isEmpty() ? EITHER : EITHER + ", not both");
        }
        return body.containsKey("now") ? setTo(body.get("now")) : advance(body.get("advance"));
    }

    private static Result<ClockChange> setTo(Object value) {
        try {
            return Result.ok(ClockChange.to(Instant.parse(String.valueOf(value))));
        } catch (DateTimeParseException e) {
            return invalid(
                    "now",
                    "\"now\" must be an ISO-8601 instant such as 2025-01-31T09:00:00Z, not "
                            + quoted(value));
        }
    }

    /**
     * {@link Period} reads only the date part and {@link Duration} only days and time, so the text
     * is split at {@code T}: {@code P1Y2MT5H} is a period of 1 year 2 months and a duration of 5
     * hours.
     */
    private static Result<ClockChange> advance(Object value) {
        String message =
                "\"advance\" must be an ISO-8601 duration such as P30D, PT5H or P1Y2M, not "
                        + quoted(value);
        if (!(value instanceof String text) || !text.startsWith("P") || text.equals("P")) {
            return invalid("advance", message);
        }
        int time = text.indexOf('T');
        try {
            Period period =
                    time == 1
                            ? Period.ZERO
                            : Period.parse(time < 0 ? text : text.substring(0, time));
            Duration duration =
                    time < 0 ? Duration.ZERO : Duration.parse("P" + text.substring(time));
            if (period.isNegative() || duration.isNegative()) {
                return invalid(
                        "advance",
                        "\"advance\" must not be negative: the clock only moves forward");
            }
            return Result.ok(new ClockChange.Advance(period, duration));
        } catch (DateTimeParseException e) {
            return invalid("advance", message);
        }
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "'" + text + "'" : String.valueOf(value);
    }

    private static Result<ClockChange> invalid(String field, String message) {
        return Result.refused(Rejection.Invalid.of(field, message));
    }
}
