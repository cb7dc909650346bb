package org.sendtracker.local.ses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendtracker.shared.Result;

class SendEmailRequestTest {

    private static final String SIMPLE =
            "\"Content\":{\"Simple\":{\"Subject\":{\"Data\":\"WSoA due\"},\"Body\":{\"Text\":{\"Data\":\"Due\"}}}}";

    private static String refusal(String body) {
        Result<SendEmail> parsed = SendEmailRequest.parse(body);
        return ((Result.Refused<SendEmail>) parsed).rejection().message();
    }

    @Test
    void aSimpleMessage_keepsItsAddressesSubjectAndBodies() {
        SendEmail email =
                SendEmailRequest.parse(
                                "{\"FromEmailAddress\":\"a@sendtracker.example\","
                                        + "\"Destination\":{\"ToAddresses\":[\"b@x.example\"],\"BccAddresses\":[\"c@x.example\"]},"
                                        + "\"ReplyToAddresses\":[\"d@x.example\"],\"ConfigurationSetName\":\"reminders\","
                                        + SIMPLE
                                        + "}")
                        .orElseThrow();

        assertThat(email)
                .usingRecursiveComparison()
                .isEqualTo(
                        new SendEmail(
                                "a@sendtracker.example",
                                List.of("b@x.example"),
                                List.of(),
                                List.of("c@x.example"),
                                List.of("d@x.example"),
                                "WSoA due",
                                "Due",
                                null,
                                null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "``                                                                  | The request body is empty: send a SendEmail request as JSON",
                "[]                                                                  | The request body must be a JSON object",
                "{\"Destination\":{\"ToAddresses\":[\"b@x.example\"]}}              | Content is required",
                "{\"Destination\":{\"ToAddresses\":[\"b@x.example\"]},\"Content\":{}} | Content must have exactly one of Simple and Raw, not neither",
                "{\"Content\":{\"Simple\":{},\"Raw\":{}}}                            | Content must have exactly one of Simple and Raw, not Simple and Raw",
                "{\"Destination\":{\"ToAddresses\":[\"b@x.example\"]},"
                        + "\"Content\":{\"Simple\":{}}} | FromEmailAddress is required with Simple content",
                "{\"FromEmailAddress\":\"a@x.example\",\"Destination\":{\"ToAddresses\":\"b@x.example\"}} | Destination.ToAddresses must be a list of email addresses",
                "{\"FromEmailAddress\":\"zoë@x.example\"}                            | FromEmailAddress is not a 7-bit ASCII email address: 'zoë@x.example'",
                "{\"FromEmailAddress\":\"a@x.example\",\"Content\":{\"Simple\":{\"Body\":{}}}} | Content.Simple.Subject is required",
                "{\"FromEmailAddress\":\"a@x.example\",\"Content\":{\"Simple\":{\"Subject\":{\"Data\":1}}}} | Content.Simple.Subject.Data must be a string",
                "{\"FromEmailAddress\":\"a@x.example\",\"Content\":{\"Simple\":{\"Subject\":{\"Data\":\"s\"},\"Body\":{}}}} | Content.Simple.Body must have Text, Html or both",
                "{\"FromEmailAddress\":\"a@x.example\",\"Content\":{\"Raw\":{\"Data\":\"not base64!\"}}} | Content.Raw.Data must be a MIME message in base64: Illegal base64 character 20",
                "{\"Content\":{\"Raw\":{\"Data\":\"U3ViamVjdDogeA0KDQpoaQ==\"}}}      | FromEmailAddress is required when the raw message has no From header",
                "{\"FromEmailAddress\":\"a@x.example\",\"Content\":{\"Raw\":{\"Data\":\"U3ViamVjdDogeA0KDQpoaQ==\"}}} | The message has no recipients: give at least one address in Destination.ToAddresses, CcAddresses or BccAddresses"
            })
    void refused(String body, String message) {
        assertThat(refusal(body)).isEqualTo(message);
    }

    @Test
    void anAddressCarryingALineBreak_isRefused_soItCannotAddHeaders() {
        assertThat(
                        refusal(
                                "{\"FromEmailAddress\":\"a@x.example\",\"Destination\":{\"CcAddresses\":[\"b@x.example\\r\\nBcc: c@x.example\"]}}"))
                .isEqualTo(
                        "Destination.CcAddresses[0] is not a 7-bit ASCII email address: 'b@x.example\r\nBcc: c@x.example'");
    }

    @Test
    void moreThanFiftyRecipients_isRefused_asSesRefusesThem() {
        String to =
                IntStream.rangeClosed(1, 51)
                        .mapToObj(i -> "\"officer" + i + "@x.example\"")
                        .collect(Collectors.joining(","));

        assertThat(
                        refusal(
                                "{\"FromEmailAddress\":\"a@x.example\",\"Destination\":{\"ToAddresses\":["
                                        + to
                                        + "]},"
                                        + SIMPLE
                                        + "}"))
                .isEqualTo("A message may have at most 50 recipients, not 51");
    }
}
