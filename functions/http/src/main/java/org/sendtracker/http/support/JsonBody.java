package org.sendtracker.http.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Parses a request body into the loosely typed map the domain's readers check field by field, so a
 * wrong type is a message about that field rather than a framework's deserialisation error.
 */
@Singleton
public final class JsonBody {

    /** Bodies are a few hundred bytes; anything near this is a mistake or an attack. */
    public static final int MAX_BYTES = 64 * 1024;

    private final ObjectMapper json =
            JsonMapper.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .build();

    public Result<Map<String, Object>> parse(String body) {
        if (body == null || body.isBlank()) {
            return Result.refused(
                    Rejection.Invalid.of("body", "The request body is empty: send a JSON object"));
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "body", "The request body is larger than " + MAX_BYTES / 1024 + " KB"));
        }
        Object parsed;
        try {
            parsed = json.readValue(body, Object.class);
        } catch (JsonProcessingException e) {
            String problem =
                    e instanceof MismatchedInputException
                                    && e.getOriginalMessage().startsWith("Trailing token")
                            ? "there is more after the first JSON value"
                            : plain(e.getOriginalMessage());
            String where =
                    e.getLocation() == null
                            ? ""
                            : " (line "
                                    + e.getLocation().getLineNr()
                                    + ", column "
                                    + e.getLocation().getColumnNr()
                                    + ")";
            return Result.refused(
                    Rejection.Invalid.of(
                            "body", "The request body is not valid JSON: " + problem + where));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            return Result.refused(
                    Rejection.Invalid.of("body", "The request body must be a JSON object"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return Result.ok(object);
    }

    /**
     * Jackson's message without what names its own classes, settings and input buffer (its feature
     * flags, {@code [Source: …]}, a start marker's position), which say nothing to the person who
     * sent the body; the line and column are given after it.
     */
    static String plain(String message) {
        if (message.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON";
        }
        if (message.contains("(code 65279 / 0xfeff)")) {
            return "it starts with a byte order mark (U+FEFF): send the JSON without one";
        }
        if (message.startsWith("Unexpected end-of-input: expected close marker for Object")) {
            return "it ends before the object is closed: a } is missing";
        }
        if (message.startsWith("Unexpected end-of-input: expected close marker for Array")) {
            return "it ends before a list is closed: a ] is missing";
        }
        if (message.startsWith("Unexpected end-of-input within/between Object entries")) {
            return "it ends in the middle of the object";
        }
        if (message.contains("maybe a (non-standard) comment?")) {
            return "JSON has no comments";
        }
        if (message.startsWith("Unexpected character ('}'")
                && message.contains("was expecting double-quote to start field name")) {
            return "there is a comma before the closing }";
        }
        if (message.contains("was expecting double-quote to start field name")) {
            return "each field's name must be in double quotes";
        }
        if (message.contains("expected a valid value")
                || message.startsWith("Unrecognized token")) {
            return "a value must be text in double quotes, a number, true, false, null, a list or"
                    + " an object";
        }
        if (message.startsWith("Unexpected close marker")) {
            return "the brackets do not match: a } or ] closes what is not open";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a tab, line break or other control character inside text must be written as"
                    + " an escape (\\t, \\n)";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "a backslash in text starts an escape JSON does not know: write \\\\ for a"
                    + " backslash";
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "a number cannot start with 0";
        }
        if (message.contains("was expecting a colon")) {
            return "each field's name must be followed by a colon";
        }
        if (message.startsWith("Document nesting depth")) {
            return "it is nested more than "
                    + StreamReadConstraints.DEFAULT_MAX_DEPTH
                    + " levels deep";
        }
        String text = message;
        int marker = text.indexOf(" (start marker at");
        if (marker >= 0) {
            text = text.substring(0, marker);
        }
        int source = text.indexOf("[Source:");
        if (source >= 0) {
            text = text.substring(0, source);
        }
        text = text.replaceAll(":? ?(?:enable|disable) `[^`]*`[^;)]*", "");
        text = text.replaceAll("\\s*\\([^()]*(?:`|Feature)[^()]*\\)", "");
        text = text.strip();
        while (text.endsWith(":") || text.endsWith(";") || text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.isEmpty() ? "it is not well-formed" : text;
    }
}
