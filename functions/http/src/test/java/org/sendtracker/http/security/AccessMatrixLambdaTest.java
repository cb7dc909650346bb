package org.sendtracker.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sendtracker.http.lambda.HttpFunctionHandler;
import org.sendtracker.http.testing.TestIdentityProvider;

/**
 * {@link AccessMatrixTest}'s reads through the Lambda entry point, as API Gateway delivers them:
 * the same answers for every role and every bad credential, over the same table.
 */
class AccessMatrixLambdaTest {

    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();

    static HttpFunctionHandler handler;

    @BeforeAll
    static void start() {
        AccessMatrixTest.start();
        Map<String, Object> settings = new HashMap<>(TestIdentityProvider.get().settings());
        settings.put("sendtracker.table-name", AccessMatrixTest.api.table);
        handler = new HttpFunctionHandler(ApplicationContext.run(settings));
    }

    @AfterAll
    static void stop() {
        handler.close();
        AccessMatrixTest.stop();
    }

    /** The doors a GET reaches: the API's reads, pages, feeds and exports. */
    private static List<String[]> reads() {
        String n = AccessMatrixTest.north;
        String s = AccessMatrixTest.south;
        // path, page?, administrator, editor, viewer, national, no access
        return List.of(
                new String[] {"/api/areas/" + n, "api", "200", "200", "200", "200", "404"},
                new String[] {"/api/areas/" + s, "api", "200", "404", "404", "200", "404"},
                new String[] {
                    "/api/inspections/" + s + "-2019-03-18",
                    "api",
                    "200",
                    "404",
                    "404",
                    "200",
                    "404"
                },
                new String[] {"/api/people", "api", "200", "403", "403", "403", "403"},
                new String[] {"/areas/" + s, "page", "200", "404", "404", "200", "404"},
                new String[] {
                    "/areas/" + n + "/contacts", "page", "200", "200", "403", "403", "404"
                },
                new String[] {
                    "/inspections/" + s + "-2019-03-18", "page", "200", "404", "404", "200", "404"
                },
                new String[] {"/admin/people", "page", "200", "403", "403", "403", "403"},
                new String[] {
                    "/areas/" + s + "/calendar.ics", "feed", "200", "404", "404", "200", "404"
                },
                new String[] {"/deadlines.csv", "feed", "200", "200", "200", "200", "200"});
    }

    @TestFactory
    Stream<DynamicTest> everyRole_getsTheSameAnswer_throughTheLambdaHandler() {
        List<String> roles = List.of("administrator", "editor", "viewer", "national", "no access");
        return reads().stream()
                .flatMap(
                        door ->
                                roles.stream()
                                        .map(
                                                role ->
                                                        DynamicTest.dynamicTest(
                                                                role + ": GET " + door[0],
                                                                () -> {
                                                                    APIGatewayV2HTTPResponse
                                                                            response =
                                                                                    handle(
                                                                                            get(
                                                                                                    door[
                                                                                                            0],
                                                                                                    door[
                                                                                                            1]
                                                                                                            .equals(
                                                                                                                    "page"),
                                                                                                    AccessMatrixTest
                                                                                                            .bearer
                                                                                                            .get(
                                                                                                                    role)));
                                                                    assertThat(
                                                                                    response
                                                                                            .getStatusCode())
                                                                            .as(response.getBody())
                                                                            .isEqualTo(
                                                                                    Integer
                                                                                            .parseInt(
                                                                                                    door[
                                                                                                            2
                                                                                                                    + roles
                                                                                                                            .indexOf(
                                                                                                                                    role)]));
                                                                    assertThat(
                                                                                    header(
                                                                                            response,
                                                                                            "Content-Security-Policy"))
                                                                            .contains(
                                                                                    "frame-ancestors 'none'");
                                                                })));
    }

    @TestFactory
    Stream<DynamicTest> aBadCredential_throughTheLambdaHandler_isSignInAndNothingMore() {
        return AccessMatrixTest.badCredentials().entrySet().stream()
                .flatMap(
                        bad ->
                                reads().stream()
                                        .map(
                                                door ->
                                                        DynamicTest.dynamicTest(
                                                                bad.getKey() + ": GET " + door[0],
                                                                () -> {
                                                                    APIGatewayV2HTTPResponse
                                                                            response =
                                                                                    handle(
                                                                                            get(
                                                                                                    door[
                                                                                                            0],
                                                                                                    door[
                                                                                                            1]
                                                                                                            .equals(
                                                                                                                    "page"),
                                                                                                    bad
                                                                                                            .getValue()));
                                                                    assertThat(
                                                                                    response
                                                                                            .getStatusCode())
                                                                            .as(response.getBody())
                                                                            .isEqualTo(
                                                                                    door[1].equals(
                                                                                                    "page")
                                                                                            ? 303
                                                                                            : 401);
                                                                })));
    }

    private static APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, new MockLambdaContext());
    }

    /**
     * The sample GET aimed at {@code pathAndQuery}, as a browser (a page) or a client asks for it.
     */
    private static APIGatewayV2HTTPEvent get(String path, boolean page, String authorization) {
        try {
            APIGatewayV2HTTPEvent event =
                    EVENTS.readValue(
                            EVENTS_DIR.resolve("http-get-area.json").toFile(),
                            APIGatewayV2HTTPEvent.class);
            event.setRawPath(path);
            event.setRawQueryString("");
            event.getRequestContext().getHttp().setPath(path);
            event.setPathParameters(Map.of("proxy", path.substring(1)));
            event.getHeaders()
                    .put(
                            "accept",
                            page ? "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8" : "*/*");
            if (authorization.isEmpty()) {
                event.getHeaders().remove("authorization");
            } else {
                event.getHeaders().put("authorization", authorization);
            }
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
