package org.sendtracker.local.clock;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;

/**
 * The local runner's application on Netty with its data under {@code dataDir}, driven by a plain
 * JDK HTTP client. The application's beans need DynamoDB, so one in-memory DynamoDB Local serves
 * the test JVM, reached through the SDK's own settings exactly as {@code LocalSystem} sets them.
 */
public final class LocalApp implements AutoCloseable {

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private LocalApp(EmbeddedServer server) {
        this.server = server;
    }

    private static EmbeddedDynamoDb dynamo;

    public static LocalApp start(Path dataDir) {
        return start(dataDir, EmbeddedDynamoDb.freePort());
    }

    /** On a given port, for a test that must name the endpoint before the application starts. */
    public static LocalApp start(Path dataDir, int port) {
        pointSdkAtDynamoDbLocal();
        Map<String, Object> settings =
                new HashMap<>(LocalSystem.signIn("http://localhost:" + port, null));
        settings.put("micronaut.server.port", port);
        settings.put("sendtracker.local.data-dir", dataDir.toString());
        settings.put("sendtracker.public-url", "http://localhost:" + port);
        return new LocalApp(ApplicationContext.run(EmbeddedServer.class, settings));
    }

    private static synchronized void pointSdkAtDynamoDbLocal() {
        if (dynamo == null) {
            dynamo = EmbeddedDynamoDb.inMemory();
            System.setProperty("aws.endpointUrlDynamoDb", dynamo.endpoint().toString());
            System.setProperty("aws.region", "eu-west-2");
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close));
        }
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public URI uri(String path) {
        return server.getURI().resolve(path);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public Response post(String path, String json) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json")
                        .build());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response =
                    http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(
                    response.statusCode(),
                    new String(response.body(), StandardCharsets.UTF_8),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(
            int status, String body, String contentType, Map<String, List<String>> headers) {
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
