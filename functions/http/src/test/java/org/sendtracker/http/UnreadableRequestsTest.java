package org.sendtracker.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtracker.http.lambda.HttpFunctionHandler;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Requests no browser would send (a malformed cookie header, an address with a control character or
 * a broken escape) get a 4xx or have the bad part ignored, never a 500: through Netty and through
 * the Lambda handler alike.
 */
class UnreadableRequestsTest {

    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();

    static ApiStack api;
    static HttpFunctionHandler handler;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        String table = "SendTracker-" + UUID.randomUUID();
        Map<String, Object> settings = new HashMap<>(TestIdentityProvider.get().settings());
        settings.put("sendtracker.table-name", table);
        ApplicationContext context = ApplicationContext.run(settings);
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
        handler = new HttpFunctionHandler(context);
    }

    @AfterAll
    static void stop() {
        api.close();
        handler.close();
    }

    /**
     * Cookie headers no browser sends: bad percent-encoding, unbalanced quotes, no name, no value.
     * A cookie the service reads is among them (the sign-in cookie, without a value or with an
     * unbalanced quote).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "other=%E0%A4%A",
                "other=\"unbalanced",
                "other=unbalanced\"",
                "=\"",
                "=",
                "novalue",
                ";;;",
                "a=b; c=%ZZ",
                "sendtracker_session=\"Jo",
                "sendtracker_session",
                "sendtracker_session=; other=\"x",
                "sendtracker_session=%E0%A4%A",
                "a=\u00e9\u00e8"
            })
    void onNetty_aMalformedCookie_isNeverA500_onAPage_aFormOrTheApi(String cookie) {
        ApiStack.Response page =
                api.request("GET", "/", null, "Cookie", cookie, "Accept", "text/html");
        ApiStack.Response form =
                api.request(
                        "POST",
                        "/areas",
                        "name=Durham&id=durham",
                        "Cookie",
                        cookie,
                        "Content-Type",
                        "application/x-www-form-urlencoded",
                        "Authorization",
                        "",
                        "Accept",
                        "text/html");
        ApiStack.Response json = api.request("GET", "/api/areas", null, "Cookie", cookie);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(form.status())
                .as("not signed in: the answers go on to be kept through the sign-in")
                .isEqualTo(307);
        assertThat(form.header("Location")).startsWith("/sign-in/keep?action=%2Fareas");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(api.get("/api/areas/durham").status()).as("nothing registered").isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "other=%E0%A4%A",
                "other=\"unbalanced",
                "other=unbalanced\"",
                "=\"",
                "=",
                "novalue",
                ";;;",
                "a=b; c=%ZZ",
                "sendtracker_session=\"Jo",
                "sendtracker_session",
                "sendtracker_session=; other=\"x",
                "sendtracker_session=%E0%A4%A",
                "a=\u00e9\u00e8"
            })
    void onLambda_aMalformedCookie_isNeverA500_onAPageOrTheApi(String cookie) {
        APIGatewayV2HTTPEvent page =
                withoutActor(event("http-list-areas.json"), "GET", "/", null, cookie);
        page.getHeaders().put("accept", "text/html");
        APIGatewayV2HTTPEvent write =
                withoutActor(
                        event("http-post-area.json"),
                        "POST",
                        "/api/areas",
                        """
                {"id":"durham","name":"Durham","contacts":[]}""",
                        cookie);
        write.getHeaders().remove("authorization");
        APIGatewayV2HTTPEvent json =
                withoutActor(event("http-list-areas.json"), "GET", "/api/areas", null, cookie);

        APIGatewayV2HTTPResponse pageResponse =
                handler.handleRequest(page, new MockLambdaContext());
        APIGatewayV2HTTPResponse writeResponse =
                handler.handleRequest(write, new MockLambdaContext());
        APIGatewayV2HTTPResponse jsonResponse =
                handler.handleRequest(json, new MockLambdaContext());

        assertThat(pageResponse.getStatusCode()).as(pageResponse.getBody()).isEqualTo(200);
        assertThat(writeResponse.getStatusCode()).as("no bearer token: refused").isEqualTo(401);
        assertThat(jsonResponse.getStatusCode()).as(jsonResponse.getBody()).isEqualTo(200);
        assertThat(jsonResponse.getBody()).as("nothing registered").doesNotContain("durham");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/areas/%E0%A4%A",
                "/areas/%E0%A4%A",
                "/api/inspections/%",
                "/areas/%ZZ",
                "/sign-in?x=%FF",
                "/sign-in?x=%C3",
                "/?x=%FF",
                "/api/deadlines?areaId=%FF"
            })
    void onNetty_anAddressWithABrokenEscape_isNeverA500(String path) {
        // the JDK's client will not send such an address: write the request by hand, as a script or
        // scanner might
        String statusLine =
                rawGet(path, path.startsWith("/api") ? "application/json" : "text/html");

        // refused, or (a page, signed out) sent to sign in first: never a 500
        assertThat(statusLine).matches("HTTP/1\\.1 (4\\d\\d|303) .*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sign-in?x=%FF", "/sign-in?next=%C3", "/sign-in?%FF=1"})
    void onNetty_aQueryEscapeThatIsNotUtf8_isA400_notA500(String path) {
        // Netty's query decoder gave up on %FF with an exception, which answered 500
        assertThat(rawGet(path, "text/html")).startsWith("HTTP/1.1 400 ");
    }

    private static String rawGet(String path, String accept) {
        URI server = api.uri("/");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream()
                    .write(
                            ("GET "
                                            + path
                                            + " HTTP/1.1\r\nHost: localhost\r\nAccept: "
                                            + accept
                                            + "\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(
                            new InputStreamReader(
                                    socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onLambda_aQueryParameterWithAControlCharacter_isA400NamingIt() {
        APIGatewayV2HTTPEvent event =
                withoutActor(
                        event("http-list-inspections.json"),
                        "GET",
                        "/api/inspections",
                        null,
                        "a=b");
        event.setRawQueryString("areaId=%1B%5B31mcumbria");
        event.setQueryStringParameters(Map.of("areaId", "\u001B[31mcumbria"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(400);
        assertThat(Json.parse(response.getBody()).get("message").asText())
                .isEqualTo(
                        "The query parameter 'areaId' must not contain control characters or text direction controls (U+001B at character 1)");
    }

    @Test
    void onLambda_anIdWithALineBreak_isA400() {
        APIGatewayV2HTTPEvent event =
                withoutActor(
                        event("http-get-inspection.json"),
                        "GET",
                        "/api/inspections/cumbria%0A-2019-03-18",
                        null,
                        "a=b");

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(400);
        assertThat(Json.parse(response.getBody()).get("message").asText())
                .isEqualTo("The address must be on one line");
    }

    /**
     * A sample event turned into another request, with the cookie and the test officer's bearer
     * token.
     */
    private static APIGatewayV2HTTPEvent withoutActor(
            APIGatewayV2HTTPEvent event, String method, String path, String body, String cookie) {
        event.getHeaders().put("authorization", ApiStack.OFFICER_BEARER);
        event.getHeaders().remove("content-length");
        event.setRawPath(path);
        event.getRequestContext().getHttp().setPath(path);
        event.getRequestContext().getHttp().setMethod(method);
        event.setPathParameters(Map.of("proxy", path.substring(1)));
        event.setBody(body);
        event.setCookies(List.of(cookie));
        return event;
    }

    private static APIGatewayV2HTTPEvent event(String file) {
        try {
            return EVENTS.readValue(EVENTS_DIR.resolve(file).toFile(), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + file, e);
        }
    }
}
