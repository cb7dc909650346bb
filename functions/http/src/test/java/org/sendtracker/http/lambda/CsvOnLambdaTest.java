package org.sendtracker.http.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.LocalAws;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.local.idp.DemoUser;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The CSV through the Lambda entry point, as API Gateway's HTTP API delivers the sample request
 * {@code events/http-get-deadlines-csv.json} ({@code curl --compressed}): gzipped when the client
 * accepts it, base64-encoded either way (a binary body must be, or API Gateway would mangle it),
 * and a page, not a file, when even the gzipped file would not fit in Lambda's answer
 * (docs/performance.md, "The CSV under Lambda's 6 MB limit").
 */
class CsvOnLambdaTest {

    /**
     * The sample events this class exercises (the others are {@link HttpFunctionHandlerTest}'s).
     */
    static final List<String> SAMPLES = List.of("http-get-deadlines-csv.json");

    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();
    private static final DemoUser JO_SMITH = TestIdentityProvider.person("Jo Smith");

    /** The deployed limit. */
    static HttpFunctionHandler handler;

    /** The same table, with an answer's encoded body limited to 300 characters. */
    static HttpFunctionHandler limited;

    @BeforeAll
    static void start() {
        LocalAws.dynamo();
        String table = "SendTracker-" + UUID.randomUUID();
        Map<String, Object> settings = new HashMap<>(TestIdentityProvider.get().settings());
        settings.put("sendtracker.table-name", table);
        settings.put("sendtracker.first-administrator", JO_SMITH.subject());
        ApplicationContext context = ApplicationContext.run(settings);
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
        handler = new HttpFunctionHandler(context);
        settings.put("sendtracker.answer.max-encoded-body", 300);
        limited = new HttpFunctionHandler(ApplicationContext.run(settings));
        for (String sample :
                new String[] {
                    "http-post-area.json", "http-post-inspection.json", "http-post-event.json"
                }) {
            APIGatewayV2HTTPResponse response = handle(handler, event(sample));
            assertThat(response.getStatusCode())
                    .as(sample + ": " + response.getBody())
                    .isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        handler.close();
        limited.close();
    }

    @Test
    void theSample_curlCompressed_getsTheFileGzipped_inABase64Body() throws IOException {
        // given the sample: the whole record of Cumbria's deadlines, asked for by curl --compressed
        APIGatewayV2HTTPEvent event = event("http-get-deadlines-csv.json");

        // when the handler gets it
        APIGatewayV2HTTPResponse response = handle(handler, event);

        // then the file is gzipped, marked so, and base64-encoded for API Gateway
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getIsBase64Encoded()).isTrue();
        assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(response, "Content-Type"))
                .isEqualTo("text/csv; charset=utf-8; header=present");
        assertThat(header(response, "Content-Disposition"))
                .matches(
                        "attachment; filename=\"send-deadlines-cumbria-whole-record-to-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
        byte[] gzipped = Base64.getDecoder().decode(response.getBody());
        assertThat(response.getBody())
                .as("plain base64, the size CsvDownload counted")
                .hasSize((gzipped.length + 2) / 3 * 4);
        assertThat(gunzip(gzipped))
                .startsWith("Area,Area id,Inspection,Deadline,Due on,Status,")
                .contains(
                        "Cumbria,cumbria,",
                        "Written Statement of Action submission,2019-08-21,Overdue,");
        // and what the answer carries besides its body (the status, each header twice, the JSON
        // around them) is a small part of the 64 kB CsvDownload leaves for it
        response.setBody("");
        assertThat(EVENTS.writeValueAsString(response)).hasSizeLessThan(2_048);
    }

    @Test
    void withoutAcceptEncoding_theSameFile_comesUncompressed() {
        // given the sample, once as sent and once from a client that asks for no coding
        APIGatewayV2HTTPEvent plainEvent = event("http-get-deadlines-csv.json");
        plainEvent.getHeaders().remove("accept-encoding");

        // when the handler gets both
        APIGatewayV2HTTPResponse gzipped = handle(handler, event("http-get-deadlines-csv.json"));
        APIGatewayV2HTTPResponse plain = handle(handler, plainEvent);

        // then the uncompressed file is the same file, still base64 (its media type is binary)
        assertSameFileUncompressed(plain, gzipped);
    }

    @Test
    void aFileThatWouldNotFitEvenGzipped_isA400PageSayingWhatToDo_notAFile() {
        // given a limit of 300 characters of encoded body, less than the gzipped file
        APIGatewayV2HTTPEvent event = event("http-get-deadlines-csv.json");

        // when the handler gets the sample
        APIGatewayV2HTTPResponse response = handle(limited, event);

        // then it answers a page saying why and what to ask for instead, and no file
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        assertThat(header(response, "Content-Disposition")).isNull();
        assertThat(header(response, "Content-Encoding")).isNull();
        assertThat(response.getIsBase64Encoded()).isFalse();
        assertThat(response.getBody())
                .contains(
                        "<h1 class=\"govuk-heading-l\">This spreadsheet is too large to download</h1>",
                        " compressed (",
                        " uncompressed), more than the 225 bytes that can be downloaded at once."
                                + " To download the deadlines, choose a later first due date");
    }

    static APIGatewayV2HTTPResponse handle(
            HttpFunctionHandler handler, APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, new MockLambdaContext());
    }

    /** The sample with a fresh token of Jo Smith's where it has its placeholder. */
    static APIGatewayV2HTTPEvent event(String file) {
        try {
            APIGatewayV2HTTPEvent event =
                    EVENTS.readValue(
                            EVENTS_DIR.resolve(file).toFile(), APIGatewayV2HTTPEvent.class);
            assertThat(event.getHeaders().get("authorization")).as(file).startsWith("Bearer <");
            event.getHeaders().put("authorization", TestIdentityProvider.get().bearer(JO_SMITH));
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + file, e);
        }
    }

    /**
     * {@code plain} is a 200 with no coding, still base64 (the media type is binary), whose text is
     * {@code gzipped}'s unzipped, under the same file name.
     */
    static void assertSameFileUncompressed(
            APIGatewayV2HTTPResponse plain, APIGatewayV2HTTPResponse gzipped) {
        assertThat(plain.getStatusCode()).as(plain.getBody()).isEqualTo(200);
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(plain, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(plain.getIsBase64Encoded()).isTrue();
        assertThat(new String(Base64.getDecoder().decode(plain.getBody()), StandardCharsets.UTF_8))
                .isEqualTo(gunzip(Base64.getDecoder().decode(gzipped.getBody())));
        assertThat(header(plain, "Content-Disposition"))
                .isEqualTo(header(gzipped, "Content-Disposition"));
    }

    static String gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders() == null
                ? null
                : response.getHeaders().entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
