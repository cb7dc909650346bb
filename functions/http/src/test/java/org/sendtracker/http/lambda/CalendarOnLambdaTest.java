package org.sendtracker.http.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.http.lambda.CsvOnLambdaTest.assertSameFileUncompressed;
import static org.sendtracker.http.lambda.CsvOnLambdaTest.gunzip;
import static org.sendtracker.http.lambda.CsvOnLambdaTest.handle;
import static org.sendtracker.http.lambda.CsvOnLambdaTest.header;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.http.testing.LocalAws;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.local.idp.DemoUser;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A personal calendar feed through the Lambda entry point, as API Gateway's HTTP API delivers the
 * sample request {@code events/http-get-personal-calendar.json} (a calendar app, gzip accepted, no
 * sign-in): gzipped when the client accepts it, base64-encoded either way, and a few words of plain
 * text, not a feed and never a 502, when even the gzipped feed would not fit in Lambda's answer
 * (docs/performance.md, "Calendar feeds under Lambda's 6 MB limit").
 */
class CalendarOnLambdaTest {

    /** The sample events this class exercises. */
    static final List<String> SAMPLES = List.of("http-get-personal-calendar.json");

    private static final String PLACEHOLDER = "SECRET-FROM-YOUR-ACCOUNT-PAGE";
    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();
    private static final DemoUser JO_SMITH = TestIdentityProvider.person("Jo Smith");

    /** The deployed limit. */
    static HttpFunctionHandler handler;

    /** The same table, with an answer's encoded body limited to 300 characters. */
    static HttpFunctionHandler limited;

    /** Jo Smith's personal feed's secret. */
    static String secret;

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
            APIGatewayV2HTTPResponse response = handle(handler, CsvOnLambdaTest.event(sample));
            assertThat(response.getStatusCode())
                    .as(sample + ": " + response.getBody())
                    .isEqualTo(201);
        }
        AccessService access = context.getBean(AccessService.class);
        access.remember(access.resolve(JO_SMITH.subject(), JO_SMITH.name(), null));
        secret = access.renewFeed(JO_SMITH.subject()).orElseThrow();
    }

    @AfterAll
    static void stop() {
        handler.close();
        limited.close();
    }

    @Test
    void theSample_aCalendarAppAcceptingGzip_getsTheFeedGzipped_inABase64Body() throws IOException {
        // given the sample: a calendar app fetching Jo Smith's personal feed, gzip accepted
        APIGatewayV2HTTPEvent event = event("");

        // when the handler gets it
        APIGatewayV2HTTPResponse response = handle(handler, event);

        // then the feed is gzipped, marked so, base64-encoded for API Gateway, and still a feed
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getIsBase64Encoded()).isTrue();
        assertThat(header(response, "Content-Encoding")).isEqualTo("gzip");
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(response, "Content-Type")).isEqualTo("text/calendar; charset=utf-8");
        assertThat(header(response, "Content-Disposition"))
                .isEqualTo("inline; filename=\"send-deadlines.ics\"");
        assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
        byte[] gzipped = Base64.getDecoder().decode(response.getBody());
        assertThat(response.getBody())
                .as("plain base64, the size LargeAnswer counted")
                .hasSize((gzipped.length + 2) / 3 * 4);
        assertThat(gunzip(gzipped))
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains(
                        "X-WR-CALNAME:SEND deadlines: Jo Smith",
                        "UID:WSOA_SUBMISSION.cumbria-2019-03-18@sendtracker")
                .endsWith("END:VCALENDAR\r\n");
        // and what the answer carries besides its body is a small part of the 64 kB left for it
        response.setBody("");
        assertThat(EVENTS.writeValueAsString(response)).hasSizeLessThan(2_048);
    }

    @Test
    void withoutAcceptEncoding_theSameFeed_comesUncompressed_stillBase64() {
        // given the sample, once as sent and once from a client that asks for no coding
        APIGatewayV2HTTPEvent plainEvent = event("");
        plainEvent.getHeaders().remove("accept-encoding");

        // when the handler gets both
        APIGatewayV2HTTPResponse gzipped = handle(handler, event(""));
        APIGatewayV2HTTPResponse plain = handle(handler, plainEvent);

        // then the uncompressed feed is the same text, base64 (its media type is binary)
        assertSameFileUncompressed(plain, gzipped);
    }

    @Test
    void oneAreaOfThePersonalFeed_isThatAreasFeed_underItsOwnFileName() {
        // when the sample asks for Cumbria alone, and for an area that is not there
        APIGatewayV2HTTPResponse cumbria = handle(handler, event("area=cumbria"));
        APIGatewayV2HTTPResponse nowhere = handle(handler, event("area=nowhere"));

        // then the first is Cumbria's part of the feed, the second a plain 404
        assertThat(cumbria.getStatusCode()).as(cumbria.getBody()).isEqualTo(200);
        assertThat(header(cumbria, "Content-Disposition"))
                .isEqualTo("inline; filename=\"send-deadlines-cumbria.ics\"");
        assertThat(gunzip(Base64.getDecoder().decode(cumbria.getBody())))
                .contains(
                        "X-WR-CALNAME:SEND deadlines: Jo Smith\\, Cumbria",
                        "UID:WSOA_SUBMISSION.cumbria-2019-03-18@sendtracker");
        assertThat(nowhere.getStatusCode()).isEqualTo(404);
        assertThat(nowhere.getBody())
                .isEqualTo("There is no area 'nowhere' that this calendar's owner may read");
    }

    @Test
    void aFeedThatWouldNotFitEvenGzipped_isA400SayingWhatToDo_notAFeedNorA502() {
        // given a limit of 300 characters of encoded body, less than the gzipped feed
        APIGatewayV2HTTPEvent event = event("");

        // when the handler gets the sample
        APIGatewayV2HTTPResponse response = handle(limited, event);

        // then it answers a few words of text saying why and what to subscribe to instead
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(header(response, "Content-Type")).isEqualTo("text/plain; charset=utf-8");
        assertThat(header(response, "Content-Disposition")).isNull();
        assertThat(header(response, "Content-Encoding")).isNull();
        assertThat(header(response, "Vary")).isEqualTo("Accept-Encoding");
        assertThat(header(response, "Cache-Control")).isEqualTo("no-cache");
        assertThat(response.getIsBase64Encoded()).isFalse();
        assertThat(response.getBody())
                .matches(
                        "This calendar would be \\d+ bytes compressed \\(\\d+ kB uncompressed\\),"
                                + " more than the 225 bytes that can be downloaded at once\\."
                                + " Subscribe to one area at a time instead: this address followed"
                                + " by \\?area= and the area's id, the last part of its page's"
                                + " address \\(for example calendar.ics\\?area=cumbria\\)\\.");
    }

    /** The sample with Jo Smith's secret in its address and {@code query} as its query. */
    private static APIGatewayV2HTTPEvent event(String query) {
        try {
            APIGatewayV2HTTPEvent event =
                    EVENTS.readValue(
                            EVENTS_DIR.resolve(SAMPLES.get(0)).toFile(),
                            APIGatewayV2HTTPEvent.class);
            assertThat(event.getRawPath()).contains(PLACEHOLDER);
            assertThat(event.getHeaders()).doesNotContainKey("authorization");
            String path = event.getRawPath().replace(PLACEHOLDER, secret);
            event.setRawPath(path);
            event.getRequestContext().getHttp().setPath(path);
            event.setPathParameters(Map.of("proxy", path.substring(1)));
            event.setRawQueryString(query);
            if (!query.isEmpty()) {
                String[] pair = query.split("=", 2);
                event.setQueryStringParameters(Map.of(pair[0], pair[1]));
            }
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + SAMPLES.get(0), e);
        }
    }
}
