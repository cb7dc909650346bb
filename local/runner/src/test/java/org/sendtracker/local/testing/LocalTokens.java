package org.sendtracker.local.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A demo user's access token from a running local system's provider, as a script gets one (README,
 * "Sign-in").
 */
public final class LocalTokens {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private LocalTokens() {}

    /**
     * {@code Bearer <token>} for {@code user} ({@code admin}, {@code cumbria-editor}, …) from the
     * system at {@code base}.
     */
    public static String bearer(URI base, String user) {
        try {
            HttpResponse<String> response =
                    HTTP.send(
                            HttpRequest.newBuilder(base.resolve("/local/idp/token"))
                                    .header("Content-Type", "application/json")
                                    .POST(
                                            HttpRequest.BodyPublishers.ofString(
                                                    "{\"user\":\"" + user + "\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "no token for "
                                + user
                                + ": "
                                + response.statusCode()
                                + " "
                                + response.body());
            }
            return "Bearer "
                    + new ObjectMapper().readTree(response.body()).get("access_token").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
