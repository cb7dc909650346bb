package org.sendtracker.http.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.http.security.AntiForgery;
import org.sendtracker.http.testing.LocalAws;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.local.idp.DemoUser;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A signed-in officer's form post through the Lambda entry point, as API Gateway's HTTP API
 * delivers it: the session cookie in {@code cookies}, the form body base64-encoded. The sample is
 * {@code events/http-post-area-form.json}; the same post works on Netty (the browser tests).
 */
class FormPostLambdaTest {

    /**
     * The sample events this class exercises (the others are {@link HttpFunctionHandlerTest}'s).
     */
    static final List<String> SAMPLES = List.of("http-post-area-form.json");

    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();
    private static final DemoUser JO_SMITH = TestIdentityProvider.person("Jo Smith");

    static ApplicationContext context;
    static HttpFunctionHandler handler;

    @BeforeAll
    static void start() {
        LocalAws.dynamo();
        String table = "SendTracker-" + UUID.randomUUID();
        Map<String, Object> settings = new HashMap<>(TestIdentityProvider.get().settings());
        settings.put("sendtracker.table-name", table);
        settings.put("sendtracker.first-administrator", JO_SMITH.subject());
        context = ApplicationContext.run(settings);
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
        handler = new HttpFunctionHandler(context);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void aSessionCookie_inPayload2sCookiesList_signsThePersonIn() {
        // given a page fetched by a browser with a session, as API Gateway passes it: the Cookie
        // header moved into the event's cookies list
        APIGatewayV2HTTPEvent event = signedIn(event("http-post-area-form.json"), false);
        event.setRawPath("/areas");
        event.getRequestContext().getHttp().setMethod("GET");
        event.setBody(null);
        event.getHeaders().remove("content-type");
        event.getHeaders().remove("content-length");

        // when the handler gets it
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        // then the person is signed in: the page, not a redirect to sign in
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getBody()).contains("Signed in as <strong>Jo Smith</strong>");
    }

    @Test
    void aSignedInFormPost_base64EncodedByApiGateway_registersTheArea() {
        // given the sample: an administrator's "Register an area" form, with their session
        APIGatewayV2HTTPEvent event = signedIn(event("http-post-area-form.json"), true);

        // when the handler gets it
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        // then the area is registered and the browser is sent to its page
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(303);
        assertThat(header(response, "Location")).isEqualTo("/areas/lancashire?registered=true");
        assertThat(context.getBean(AreaService.class).find("lancashire"))
                .hasValueSatisfying(a -> assertThat(a.contacts()).hasSize(1));
    }

    @Test
    void aSignedInFormPost_notEncodedByApiGateway_isReadTheSame() {
        // given the same form as plain text (as API Gateway may also pass a text body)
        APIGatewayV2HTTPEvent event = signedIn(event("http-post-area-form.json"), false);
        event.setBody(event.getBody().replace("lancashire", "cheshire-east"));

        // when the handler gets it
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        // then it is registered too
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(303);
        assertThat(header(response, "Location")).isEqualTo("/areas/cheshire-east?registered=true");
    }

    @Test
    void aFormPost_withoutTheAntiForgeryToken_throughTheHandler_isRefused_andWritesNothing() {
        // given the sample with its session but a forged token
        APIGatewayV2HTTPEvent event = signedIn(event("http-post-area-form.json"), false);
        event.setBody(
                event.getBody()
                        .replaceFirst("csrf=[^&]*", "csrf=forged")
                        .replace("lancashire", "forgeshire"));

        // when the handler gets it
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        // then it is refused and nothing is written
        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(response.getBody())
                .contains("This form could not be accepted because it did not come from a page");
        assertThat(context.getBean(AreaService.class).find("forgeshire")).isEmpty();
    }

    /**
     * The sample with a fresh session of Jo Smith's where it has its placeholder, and the token the
     * page's form would carry for that session; base64-encoded as API Gateway sends a form.
     */
    private static APIGatewayV2HTTPEvent signedIn(APIGatewayV2HTTPEvent event, boolean base64) {
        String session = TestIdentityProvider.get().idToken(JO_SMITH);
        assertThat(event.getCookies()).hasSize(1);
        assertThat(event.getCookies().get(0)).startsWith("sendtracker_session=<");
        event.setCookies(List.of("sendtracker_session=" + session));
        String csrf = AntiForgery.token(session);
        String form =
                new String(Base64.getDecoder().decode(event.getBody()), StandardCharsets.UTF_8);
        assertThat(form).startsWith("csrf=<");
        form = form.replaceFirst("csrf=<[^&]*>", "csrf=" + csrf);
        event.setBody(
                base64
                        ? Base64.getEncoder().encodeToString(form.getBytes(StandardCharsets.UTF_8))
                        : form);
        event.setIsBase64Encoded(base64);
        return event;
    }

    private static APIGatewayV2HTTPEvent event(String file) {
        try {
            return EVENTS.readValue(EVENTS_DIR.resolve(file).toFile(), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + file, e);
        }
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        return response.getHeaders() == null
                ? null
                : response.getHeaders().entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
