package org.sendtracker.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.local.idp.DemoUser;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The HTTP function on Netty over DynamoDB Local, each stack with a table of its own, driven by a
 * plain JDK HTTP client as a caller would.
 */
public final class ApiStack implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    public final String table;

    private ApiStack(EmbeddedServer server, String table) {
        this.server = server;
        this.table = table;
    }

    public static ApiStack start() {
        return start(Map.of());
    }

    /** A stack with extra configuration, e.g. a property that switches on a test-only bean. */
    public static ApiStack start(Map<String, Object> properties) {
        LocalAws.dynamo();
        String table = "SendTracker-" + UUID.randomUUID();
        Map<String, Object> configuration = new HashMap<>(TestIdentityProvider.get().settings());
        configuration.putAll(properties);
        configuration.put("sendtracker.table-name", table);
        configuration.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, configuration);
        TableLayout.createIfMissing(
                server.getApplicationContext().getBean(DynamoDbClient.class), table);
        return new ApiStack(server, table);
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public TestClock clock() {
        return context().getBean(TestClock.class);
    }

    public URI uri(String path) {
        return server.getURI().resolve(path);
    }

    /** A GET as the test officer (an administrator). */
    public Response get(String path) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .GET()
                        .header("Authorization", OFFICER_BEARER)
                        .build());
    }

    /**
     * Any method, with the test officer's bearer token unless the headers give an Authorization (an
     * empty one sends none) and no other default header (no Content-Type); {@code body} null sends
     * none.
     */
    public Response request(String method, String path, String body, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path))
                        .method(
                                method,
                                body == null
                                        ? HttpRequest.BodyPublishers.noBody()
                                        : HttpRequest.BodyPublishers.ofString(body));
        request.setHeader("Authorization", OFFICER_BEARER);
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Authorization") && headers[i + 1].isEmpty()) {
                request = copyWithout(request.build(), "Authorization");
                continue;
            }
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json")
                        .header("Authorization", OFFICER_BEARER);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Response put(String path, String json, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri(path))
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json")
                        .header("Authorization", OFFICER_BEARER);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** The test officer's token, minted once per JVM (it lasts an hour). */
    public static final String OFFICER_BEARER =
            TestIdentityProvider.get().bearer(TestIdentityProvider.OFFICER);

    /**
     * {@code Bearer <token>} for someone named {@code name}, granted {@code access} ({@code
     * {"role":"ADMINISTRATOR"}} or {@code {"role":"AREAS","areas":{"x":"EDITOR"}}}) by the test
     * officer first.
     */
    public String bearerFor(String name, String accessJson) {
        DemoUser person = TestIdentityProvider.person(name);
        Response granted =
                put(
                        "/api/people/" + person.subject(),
                        accessJson.replaceFirst("\\{", "{\"name\":\"" + name + "\","));
        if (granted.status() != 200 && granted.status() != 201) {
            throw new IllegalStateException(
                    "could not grant "
                            + name
                            + " access: "
                            + granted.status()
                            + " "
                            + granted.body());
        }
        return TestIdentityProvider.get().bearer(person);
    }

    /** {@code Bearer <token>} for an administrator named {@code name}. */
    public String bearerFor(String name) {
        return bearerFor(name, "{\"role\":\"ADMINISTRATOR\"}");
    }

    private static HttpRequest.Builder copyWithout(HttpRequest built, String header) {
        HttpRequest.Builder copy =
                HttpRequest.newBuilder(built.uri())
                        .method(
                                built.method(),
                                built.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        built.headers()
                .map()
                .forEach(
                        (name, values) -> {
                            if (!name.equalsIgnoreCase(header)) {
                                values.forEach(value -> copy.header(name, value));
                            }
                        });
        return copy;
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response =
                    http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, List<String>> headers) {
        /** The body parsed as JSON. */
        public JsonNode json() {
            return Json.parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
