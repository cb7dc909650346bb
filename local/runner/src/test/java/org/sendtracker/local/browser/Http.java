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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Plain HTTP against the running system: the JSON API to set up a case, and form posts as a browser
 * sends them.
 */
final class Http {

    /**
     * Who the set-up calls and plain requests come from unless a test says otherwise: the demo
     * administrator.
     */
    static final String ADMIN = "admin";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]*)\"");

    private final RunningSystem system;
    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    Http(RunningSystem system) {
        this.system = system;
    }

    /**
     * An access token for a demo user, from the local provider's token endpoint, as a script gets
     * one.
     */
    String token(String user) {
        return tokens.computeIfAbsent(
                user,
                u -> {
                    HttpResponse<String> response =
                            send(
                                    HttpRequest.newBuilder(system.uri("/local/idp/token"))
                                            .POST(
                                                    HttpRequest.BodyPublishers.ofString(
                                                            "{\"user\":\"" + u + "\"}"))
                                            .header("Content-Type", "application/json")
                                            .build());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(
                                "no token for "
                                        + u
                                        + ": "
                                        + response.statusCode()
                                        + " "
                                        + response.body());
                    }
                    return read(response.body()).get("access_token").asText();
                });
    }

    /** A GET as the demo administrator, with a bearer token. */
    HttpResponse<String> get(String path) {
        return get(path, ADMIN);
    }

    HttpResponse<String> get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(system.uri(path)).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return send(request.build());
    }

    /** A GET as the demo administrator, with these headers (name, value, ...), body as bytes. */
    HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(system.uri(path))
                        .GET()
                        .header("Authorization", "Bearer " + token(ADMIN));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A request as a browser sends it, asking for HTML first, signed in as the demo administrator.
     */
    HttpResponse<String> asBrowser(String method, String path) {
        return asBrowser(method, path, ADMIN);
    }

    /** As a browser, signed in (a session cookie) as {@code user}, or not at all when null. */
    HttpResponse<String> asBrowser(String method, String path, String user) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(system.uri(path))
                        .method(method, HttpRequest.BodyPublishers.noBody())
                        .header(
                                "Accept",
                                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (user != null) {
            request.header("Cookie", "sendtracker_session=" + token(user));
        }
        return send(request.build());
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
        HttpResponse<String> response =
                send(
                        HttpRequest.newBuilder(system.uri(path))
                                .method(method, HttpRequest.BodyPublishers.ofString(json))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token(ADMIN))
                                .build());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(
                    method
                            + " "
                            + path
                            + " answered "
                            + response.statusCode()
                            + ": "
                            + response.body());
        }
        return read(response.body());
    }

    /**
     * A form post as a browser sends it: signed in as the demo user {@code user} (a session cookie,
     * and the anti-forgery token its pages carry), or not signed in at all when null.
     */
    HttpResponse<String> form(String path, Map<String, String> fields, String user) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (user != null && !all.containsKey("csrf")) {
            all.put("csrf", csrfOf(user));
        }
        return formAsIs(path, all, user);
    }

    /** The anti-forgery token the pages give {@code user}'s session. */
    String csrfOf(String user) {
        Matcher matcher = CSRF.matcher(asBrowser("GET", "/account", user).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no anti-forgery token on " + user + "'s account page");
        }
        return matcher.group(1);
    }

    /** A form post with exactly these fields (no anti-forgery token added). */
    HttpResponse<String> formAsIs(String path, Map<String, String> fields, String user) {
        String body =
                fields.entrySet().stream()
                        .map(
                                e ->
                                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                                + "="
                                                + URLEncoder.encode(
                                                        e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
        HttpRequest.Builder request =
                HttpRequest.newBuilder(system.uri(path))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header(
                                "Accept",
                                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        if (user != null) {
            request.header("Cookie", "sendtracker_session=" + token(user));
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
