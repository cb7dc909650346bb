package org.sendtracker.http.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.PropertySource;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.LocalAws;
import org.sendtracker.http.testing.SfnStub;
import org.sendtracker.http.testing.TemplateEnvironment;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The HTTP function as deployed: the real handler, with exactly the environment template.yaml gives
 * it (parameters at their defaults unless a test sets one), fed the sample API Gateway events.
 * Links that leave the browser point where the request came (API Gateway's host and scheme) or to
 * PublicUrl; icons and fonts arrive as binary; the feeds answer the media types calendar and
 * spreadsheet clients ask for.
 */
class TemplateEnvironmentOnLambdaTest {

    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();
    private static final String API = "https://a1b2c3d4e5.execute-api.eu-west-2.amazonaws.com";

    private final SfnStub sfn = new SfnStub();
    private HttpFunctionHandler handler;

    @AfterEach
    void stop() {
        if (handler != null) {
            handler.close();
        }
        sfn.close();
    }

    @Test
    void withoutPublicUrl_theAreaPageAndItsCalendarLinkToTheApiTheRequestCameTo() {
        // given the template's environment with PublicUrl at its default (empty)
        start(Map.of());
        cumbriaWithItsWsoaDue();

        // when the area page and its calendar feed are asked for through API Gateway
        APIGatewayV2HTTPResponse page = handle(get("/areas/cumbria", "text/html"));
        APIGatewayV2HTTPResponse feed = handle(get("/areas/cumbria/calendar.ics", "text/calendar"));

        // then each link is absolute, on the API's own host
        assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(200);
        assertThat(page.getBody())
                .contains("/areas/cumbria/calendar.ics")
                .doesNotContain("localhost");
        assertThat(feed.getStatusCode()).as(feed.getBody()).isEqualTo(200);
        assertThat(unfolded(text(feed))).contains("URL:" + API + "/inspections/cumbria-2019-03-18");
        assertThat(sfn.calls())
                .as("the new inspection's workflow was started, as configured")
                .isEqualTo(1);
    }

    @Test
    void withPublicUrl_everyLinkUsesIt_whateverHostTheRequestNamed() {
        start(Map.of("PublicUrl", "https://send.cumbria.gov.uk/"));
        cumbriaWithItsWsoaDue();

        APIGatewayV2HTTPResponse page = handle(get("/areas/cumbria", "text/html"));
        APIGatewayV2HTTPResponse feed = handle(get("/areas/cumbria/calendar.ics", "text/calendar"));

        assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(200);
        assertThat(page.getBody()).doesNotContain(API);
        assertThat(unfolded(text(feed)))
                .contains("URL:https://send.cumbria.gov.uk/inspections/cumbria-2019-03-18");
    }

    @Test
    void theFeeds_answerTheMediaTypesTheirClientsAskFor_ratherThan406() {
        start(Map.of());
        cumbriaWithItsWsoaDue();

        APIGatewayV2HTTPResponse calendar =
                handle(get("/inspections/cumbria-2019-03-18/calendar.ics", "text/calendar"));
        APIGatewayV2HTTPResponse csv = handle(get("/deadlines.csv?areaId=cumbria", "text/csv"));

        assertThat(calendar.getStatusCode()).isEqualTo(200);
        assertThat(header(calendar, "Content-Type")).startsWith("text/calendar");
        assertThat(csv.getStatusCode()).as(csv.getBody()).isEqualTo(200);
        assertThat(header(csv, "Content-Type")).startsWith("text/csv");
    }

    @Test
    void theFaviconAndTheFonts_arriveAsBinary_byteForByte() throws IOException {
        start(Map.of());
        for (String asset : new String[] {"images/favicon.ico", "fonts/bold-b542beb274-v2.woff2"}) {
            APIGatewayV2HTTPResponse response = handle(get("/govuk/assets/" + asset, "*/*"));

            assertThat(response.getStatusCode()).as(asset).isEqualTo(200);
            assertThat(response.getIsBase64Encoded())
                    .as(asset + " is base64-encoded for API Gateway")
                    .isTrue();
            byte[] expected =
                    getClass()
                            .getResourceAsStream(
                                    "/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/"
                                            + asset)
                            .readAllBytes();
            assertThat(Base64.getDecoder().decode(response.getBody()))
                    .as(asset)
                    .isEqualTo(expected);
        }
    }

    private void start(Map<String, String> parameters) {
        LocalAws.dynamo();
        System.setProperty("aws.endpointUrlSfn", sfn.endpoint().toString());
        String table = "SendTracker-" + UUID.randomUUID();
        Map<String, String> given = new HashMap<>(parameters);
        given.put("Table", table);
        given.put("MailFrom", "SEND tracker <send-tracker@cumbria.gov.uk>");
        given.put(
                "SENDTRACKER_WORKFLOW_STATE_MACHINE_ARN",
                "arn:aws:states:eu-west-2:123456789012:stateMachine:inspection-workflow-test");
        // The sign-in settings the template derives from its user pool, pointed at the tests'
        // identity provider.
        Map<String, Object> idp = TestIdentityProvider.get().settings();
        given.put("SENDTRACKER_AUTH_ISSUER", (String) idp.get("sendtracker.auth.issuer"));
        given.put("SENDTRACKER_AUTH_JWKS_URL", (String) idp.get("sendtracker.auth.jwks-url"));
        given.put("UserPoolClient", (String) idp.get("sendtracker.auth.client-id"));
        given.put(
                "SENDTRACKER_AUTH_AUTHORIZATION_ENDPOINT",
                (String) idp.get("sendtracker.auth.authorization-endpoint"));
        given.put(
                "SENDTRACKER_AUTH_TOKEN_ENDPOINT",
                (String) idp.get("sendtracker.auth.token-endpoint"));
        given.put("SENDTRACKER_AUTH_LOGOUT_ENDPOINT", "");
        given.put("FirstAdministrator", TestIdentityProvider.OFFICER.subject());
        Map<String, Object> environment =
                new HashMap<>(TemplateEnvironment.of("HttpFunction", given));
        ApplicationContext context =
                ApplicationContext.builder()
                        .propertySources(
                                PropertySource.of(
                                        "template.yaml",
                                        environment,
                                        PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                        .start();
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
        handler = new HttpFunctionHandler(context);
    }

    /** The samples' area, inspection and report: the WSoA is due 21 August 2019. */
    private void cumbriaWithItsWsoaDue() {
        for (String sample :
                new String[] {
                    "http-post-area.json", "http-post-inspection.json", "http-post-event.json"
                }) {
            APIGatewayV2HTTPResponse response = handle(event(sample));
            assertThat(response.getStatusCode())
                    .as(sample + ": " + response.getBody())
                    .isEqualTo(201);
        }
    }

    /** The sample GET, aimed at {@code pathAndQuery}, accepting {@code accept}. */
    private static APIGatewayV2HTTPEvent get(String pathAndQuery, String accept) {
        APIGatewayV2HTTPEvent event = event("http-get-area.json");
        String path =
                pathAndQuery.contains("?")
                        ? pathAndQuery.substring(0, pathAndQuery.indexOf('?'))
                        : pathAndQuery;
        event.setRawPath(path);
        event.setRawQueryString(
                pathAndQuery.contains("?")
                        ? pathAndQuery.substring(pathAndQuery.indexOf('?') + 1)
                        : "");
        event.getRequestContext().getHttp().setPath(path);
        event.setPathParameters(Map.of("proxy", path.substring(1)));
        event.getHeaders().put("accept", accept);
        return event;
    }

    /**
     * A feed's text: it travels base64-encoded, gzipped when the request accepts gzip, as the
     * sample's does (docs/performance.md, "Calendar feeds under Lambda's 6 MB limit").
     */
    private static String text(APIGatewayV2HTTPResponse feed) {
        assertThat(feed.getIsBase64Encoded()).isTrue();
        byte[] body = Base64.getDecoder().decode(feed.getBody());
        if ("gzip".equals(header(feed, "Content-Encoding"))) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
                body = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** RFC 5545 folds lines longer than 75 octets. */
    private static String unfolded(String ics) {
        return ics.replace("\r\n ", "").replace("\n ", "");
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, new MockLambdaContext());
    }

    private static APIGatewayV2HTTPEvent event(String file) {
        try {
            APIGatewayV2HTTPEvent event =
                    EVENTS.readValue(
                            EVENTS_DIR.resolve(file).toFile(), APIGatewayV2HTTPEvent.class);
            event.getHeaders().put("authorization", ApiStack.OFFICER_BEARER);
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + file, e);
        }
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        Map<String, String> headers = response.getHeaders();
        return headers == null
                ? null
                : headers.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
