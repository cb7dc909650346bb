package org.sendtracker.local.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP against the running system: the JSON API to set up a case, and form posts as a browser sends them. */
final class Http {

    static final String ACTOR = "Browser Tests";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RunningSystem system;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Http(RunningSystem system) {
        this.system = system;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(system.uri(path)).GET().build());
    }

    /** A request as a browser sends it, asking for HTML first. */
    HttpResponse<String> asBrowser(String method, String path) {
        return send(HttpRequest.newBuilder(system.uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").build());
    }

    JsonNode getJson(String path) {
        return read(get(path).body());
    }

    /** A JSON API call ({@code POST}) that must succeed; the parsed answer. */
    JsonNode api(String path, String json) {
        return write("POST", path, json);
    }

    /** A JSON API replacement ({@code PUT}) that must succeed; the parsed answer. */
    JsonNode put(String path, String json) {
        return write("PUT", path, json);
    }

    private JsonNode write(String method, String path, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(system.uri(path)).method(method, HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("X-Actor", ACTOR).build());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return read(response.body());
    }

    /** A form post as a browser sends it; {@code actor} null means not signed in. */
    HttpResponse<String> form(String path, Map<String, String> fields, String actor) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(system.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (actor != null) {
            request.header("Cookie", "sendtracker_actor=" + URLEncoder.encode(actor, StandardCharsets.UTF_8));
        }
        return send(request.build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
