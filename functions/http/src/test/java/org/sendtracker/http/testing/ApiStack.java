package org.sendtracker.http.testing;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

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
        Map<String, Object> configuration = new java.util.HashMap<>(properties);
        configuration.put("sendtracker.table-name", table);
        configuration.put("micronaut.server.port", -1);
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, configuration);
        TableLayout.createIfMissing(server.getApplicationContext().getBean(DynamoDbClient.class), table);
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

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** Any method, exactly the headers given (no default Content-Type or X-Actor); {@code body} null sends none. */
    public Response request(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("X-Actor", "Test Officer");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Response put(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("X-Actor", "Test Officer");
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {
        /** The body parsed as JSON. */
        public com.fasterxml.jackson.databind.JsonNode json() {
            return Json.parse(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
