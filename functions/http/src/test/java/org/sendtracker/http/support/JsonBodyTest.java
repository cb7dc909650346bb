package org.sendtracker.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * A body that is not JSON is told so in words about the body: never in the parser's own terms (its
 * class names, feature flags, input buffer).
 */
class JsonBodyTest {

    private final JsonBody json = new JsonBody();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an object not closed | { | it ends before the object is closed: a } is missing (line 1, column 2)",
                "a value missing | {\"on\": | it ends in the middle of the object (line 1, column 7)",
                "NaN | {\"a\":NaN} | NaN and Infinity are not numbers in JSON (line 1, column 9)",
                "Infinity | {\"a\":-Infinity} | NaN and Infinity are not numbers in JSON (line 1, column 15)",
                "a field twice | {\"a\":1,\"a\":2} | Duplicate field 'a' (line 1, column 11)",
                "a quote missing | {a:1} | each field's name must be in double quotes (line 1, column 2)",
                "a single quote | {'a':1} | each field's name must be in double quotes (line 1, column 2)",
                "a comment | {/* x */} | JSON has no comments (line 1, column 2)",
                "a comma before } | {\"a\":1,} | there is a comma before the closing } (line 1, column 8)",
                "a single-quoted value | {\"a\":'x'} | a value must be text in double quotes, a number, true, false, null, a list or an object (line 1, column 6)",
                "an unquoted value | {\"a\":x} | a value must be text in double quotes, a number, true, false, null, a list or an object (line 1, column 6)",
                "brackets crossed | {\"a\":[} | the brackets do not match: a } or ] closes what is not open (line 1, column 7)",
                "a leading zero | {\"a\":01} | a number cannot start with 0 (line 1, column 7)",
                "a colon missing | {\"a\" 1} | each field's name must be followed by a colon (line 1, column 6)",
                "a list not closed | {\"a\":[1 | it ends before a list is closed: a ] is missing (line 1, column 8)",
                "a byte order mark | \uFEFF{} | it starts with a byte order mark (U+FEFF): send the JSON without one (line 1, column 1)",
            })
    void aBodyThatIsNotJson_isToldSoInWords(String problem, String body, String message) {
        assertThat(errorOf(body)).isEqualTo("The request body is not valid JSON: " + message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"1001 levels | 1001", "a control character | 0"})
    void noMessage_namesTheParsersOwnClassesOrSettings(String problem, int depth) {
        String body =
                depth > 0
                        ? "{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}"
                        : "{\"a\":\"x\u0001\"}";

        assertThat(errorOf(body))
                .startsWith("The request body is not valid JSON: ")
                .doesNotContain("`", "Source", "Feature", "Constraints", "REDACTED");
    }

    private String errorOf(String body) {
        Rejection rejection = json.parse(body).refusal().orElseThrow();
        return ((Rejection.Invalid) rejection)
                .errors().stream().map(FieldError::message).findFirst().orElseThrow();
    }
}
