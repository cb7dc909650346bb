package org.sendtracker.local.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the reconcile runs: the schedule event of template.yaml's {@code ReconcileFunction} (its
 * {@code ScheduleExpression}, {@code ScheduleExpressionTimezone} and {@code Input}), read from the
 * template the runner carries, so the local schedule is the deployed one. EventBridge Scheduler's
 * expressions as the project uses them: {@code rate(N minute|minutes|hour|hours|day|days)}, counted
 * from the epoch, and {@code cron(minutes hours * * ? *)}, whose minutes and hours may be a value,
 * a list, a range, {@code *} or an increment ({@code 0/15}), in the schedule's time zone. Anything
 * else is refused with the expression named, rather than run at some other time.
 */
public final class ReconcileSchedule {

    /** The runner's default when the template names no schedule for the reconcile. */
    public static final String HOURLY = "rate(1 hour)";

    private static final Pattern RATE =
            Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)");
    private static final Pattern CRON =
            Pattern.compile("cron\\((\\S+) (\\S+) (\\S+) (\\S+) (\\S+) (\\S+)\\)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String expression;
    private final ZoneId zone;
    private final Map<String, Object> input;
    private final UnaryOperator<Instant> next;

    private ReconcileSchedule(
            String expression,
            ZoneId zone,
            Map<String, Object> input,
            UnaryOperator<Instant> next) {
        this.expression = expression;
        this.zone = zone;
        this.input = input;
        this.next = next;
    }

    /**
     * @param zone where a cron expression's hours are read ({@code ScheduleExpressionTimezone}; UTC
     *     by default)
     * @param input the event the function receives ({@code Input})
     * @throws IllegalArgumentException naming the expression when it is not one the runner can keep
     */
    public static ReconcileSchedule of(String expression, ZoneId zone, Map<String, Object> input) {
        Objects.requireNonNull(expression, "expression == null");
        Matcher rate = RATE.matcher(expression.trim());
        if (rate.matches()) {
            Duration every =
                    Duration.of(
                            Long.parseLong(rate.group(1)),
                            switch (rate.group(2).replaceAll("s$", "")) {
                                case "minute" -> ChronoUnit.MINUTES;
                                case "hour" -> ChronoUnit.HOURS;
                                default -> ChronoUnit.DAYS;
                            });
            if (every.isZero()) {
                throw new IllegalArgumentException("the schedule " + expression + " never repeats");
            }
            long millis = every.toMillis();
            return new ReconcileSchedule(
                    expression,
                    zone,
                    input,
                    after ->
                            Instant.ofEpochMilli(
                                    Math.floorDiv(after.toEpochMilli(), millis) * millis + millis));
        }
        Matcher cron = CRON.matcher(expression.trim());
        if (cron.matches() && everyDay(cron)) {
            TreeSet<Integer> minutes = values(cron.group(1), 59, expression);
            TreeSet<Integer> hours = values(cron.group(2), 23, expression);
            return new ReconcileSchedule(
                    expression, zone, input, after -> nextCron(after, minutes, hours, zone));
        }
        throw new IllegalArgumentException(
                "the local runner cannot keep the schedule "
                        + expression
                        + ": it runs rate(N minutes|hours|days) and cron(minutes hours * * ? *)");
    }

    /**
     * The schedule of the template's {@code ReconcileFunction}, or {@link #HOURLY} when it has
     * none.
     */
    public static ReconcileSchedule fromTemplate(InputStream template) {
        JsonNode events;
        try {
            events =
                    new ObjectMapper(new YAMLFactory())
                            .readTree(template)
                            .path("Resources")
                            .path("ReconcileFunction")
                            .path("Properties")
                            .path("Events");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template.yaml", e);
        }
        for (Iterator<JsonNode> it = events.elements(); it.hasNext(); ) {
            JsonNode event = it.next();
            if (event.path("Type").asText().startsWith("Schedule")) {
                JsonNode properties = event.path("Properties");
                String zone = properties.path("ScheduleExpressionTimezone").asText("UTC");
                String expression =
                        properties
                                .path("ScheduleExpression")
                                .asText(properties.path("Schedule").asText(HOURLY));
                return of(expression, ZoneId.of(zone), input(properties.path("Input")));
            }
        }
        return of(HOURLY, ZoneOffset.UTC, defaultInput());
    }

    /** The same zone and input on another expression. */
    public ReconcileSchedule withExpression(String other) {
        return of(other, zone, input);
    }

    /** The first time the reconcile runs strictly after {@code instant}. */
    public Instant nextAfter(Instant instant) {
        return next.apply(instant);
    }

    /** The event the function is given, as the scheduler sends it. */
    public Map<String, Object> input() {
        return input;
    }

    public String expression() {
        return expression;
    }

    @Override
    public String toString() {
        return expression;
    }

    private static Map<String, Object> input(JsonNode input) {
        if (input.isMissingNode() || input.isNull()) {
            return defaultInput();
        }
        try {
            return JSON.readValue(
                    input.isTextual() ? input.asText() : input.toString(),
                    new TypeReference<>() {});
        } catch (IOException e) {
            throw new IllegalArgumentException(
                    "template.yaml: the reconcile schedule's Input is not a JSON object: " + input,
                    e);
        }
    }

    private static Map<String, Object> defaultInput() {
        return Map.of("source", "local.schedule");
    }

    private static boolean everyDay(Matcher cron) {
        for (int field = 3; field <= 6; field++) {
            if (!cron.group(field).equals("*") && !cron.group(field).equals("?")) {
                return false;
            }
        }
        return true;
    }

    private static TreeSet<Integer> values(String field, int max, String expression) {
        TreeSet<Integer> values = new TreeSet<>();
        for (String part : field.split(",")) {
            try {
                addValues(part, max, values);
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                throw new IllegalArgumentException(
                        "the schedule " + expression + " has an impossible field: " + field, e);
            }
        }
        if (values.isEmpty() || values.first() < 0 || values.last() > max) {
            throw new IllegalArgumentException(
                    "the schedule " + expression + " has an impossible field: " + field);
        }
        return values;
    }

    private static void addValues(String part, int max, TreeSet<Integer> values) {
        String[] stepped = part.split("/", 2);
        int step = stepped.length == 2 ? Integer.parseInt(stepped[1]) : 1;
        String range = stepped[0];
        int from;
        int to;
        if (range.equals("*")) {
            from = 0;
            to = max;
        } else if (range.contains("-")) {
            from = Integer.parseInt(range.substring(0, range.indexOf('-')));
            to = Integer.parseInt(range.substring(range.indexOf('-') + 1));
        } else {
            from = Integer.parseInt(range);
            to = stepped.length == 2 ? max : from;
        }
        if (from > to || step < 1) {
            throw new NumberFormatException(part);
        }
        for (int value = from; value <= to; value += step) {
            values.add(value);
        }
    }

    private static Instant nextCron(
            Instant after, TreeSet<Integer> minutes, TreeSet<Integer> hours, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int days = 0; days <= 2; days++) {
            for (int hour : hours) {
                for (int minute : minutes) {
                    Instant candidate =
                            ZonedDateTime.of(day.plusDays(days), LocalTime.of(hour, minute), zone)
                                    .toInstant();
                    if (candidate.isAfter(after)) {
                        return candidate;
                    }
                }
            }
        }
        throw new IllegalStateException(
                "no time of the schedule follows " + after); // every day has one
    }
}
