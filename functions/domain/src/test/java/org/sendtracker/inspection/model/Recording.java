package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.application.EventReader;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Records events on an inspection the way the API does: the type's name and the body as parsed
 * JSON, on a fixed day with a fixed clock, the real calendar and the built-in rules.
 */
final class Recording {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    static final EventContext CONTEXT =
            new EventContext(
                    TODAY,
                    NOW,
                    new WorkingDayCalendar(new EnglandAndWalesBankHolidays()),
                    BuiltInRules.get());

    private static final ObjectMapper JSON = new ObjectMapper();

    private Recording() {}

    static Result<Transition> decide(Inspection inspection, String type, String json) {
        return decide(inspection, type, json, CONTEXT);
    }

    static Result<Transition> decide(
            Inspection inspection, String type, String json, EventContext context) {
        return EventReader.decide(inspection, type, parse(json), context);
    }

    /** The transition of an event the test expects to be accepted. */
    static Transition accepted(Inspection inspection, String type, String json) {
        Result<Transition> result = decide(inspection, type, json);
        assertThat(result).as(type + " " + json).isInstanceOf(Result.Ok.class);
        return result.orElseThrow();
    }

    static Inspection record(Inspection inspection, String type, String json) {
        return accepted(inspection, type, json).next();
    }

    static Rejection refusal(Result<Transition> result) {
        assertThat(result).isInstanceOf(Result.Refused.class);
        return ((Result.Refused<Transition>) result).rejection();
    }

    /** The per-field errors of a 400 refusal. */
    static List<FieldError> fieldErrors(Result<Transition> result) {
        Rejection rejection = refusal(result);
        assertThat(rejection).isInstanceOf(Rejection.Invalid.class);
        return ((Rejection.Invalid) rejection).errors();
    }

    static Rejection.NotAllowed notAllowed(Result<Transition> result) {
        Rejection rejection = refusal(result);
        assertThat(rejection).isInstanceOf(Rejection.NotAllowed.class);
        return (Rejection.NotAllowed) rejection;
    }

    /** The deadlines one a line: id, due date, status on {@link #TODAY}, and when met. */
    static String deadlinesOf(Inspection inspection) {
        return inspection.deadlines().stream()
                .map(
                        d ->
                                String.format(
                                                "%-34s %s %s%s",
                                                d.id(),
                                                d.dueOn(),
                                                d.statusOn(TODAY),
                                                d.metOn() == null ? "" : " " + d.metOn())
                                        .strip())
                .collect(Collectors.joining("\n"));
    }

    /**
     * The areas of weakness one a line: number, title, status, and the revisit's judgement when
     * given.
     */
    static String weaknessesOf(Inspection inspection) {
        return inspection.weaknesses().stream()
                .map(
                        w ->
                                w.number()
                                        + ". "
                                        + w.title()
                                        + ": "
                                        + w.status()
                                        + (w.sufficientProgress() == null
                                                ? ""
                                                : w.sufficientProgress()
                                                        ? ", sufficient progress"
                                                        : ", insufficient progress"))
                .collect(Collectors.joining("\n"));
    }

    /** The key dates as name to date, in the order first recorded. */
    static Map<String, LocalDate> keyDatesOf(Inspection inspection) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        inspection.keyDates().forEach(dates::put);
        return dates;
    }

    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
    }
}
