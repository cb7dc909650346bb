package org.sendtracker.http.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Files fetched from a running stack as bytes, with or without gzip: the CSV and the calendar feeds
 * (docs/performance.md, "The CSV under Lambda's 6 MB limit").
 */
public final class Downloads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Downloads() {}

    /** {@code path} as the test officer, with {@code acceptEncoding} (none when null). */
    public static HttpResponse<byte[]> get(ApiStack stack, String path, String acceptEncoding) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(stack.uri(path))
                        .GET()
                        .header("Authorization", ApiStack.OFFICER_BEARER);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body as text; Netty gzips a page itself for a client that accepts it. */
    public static String text(HttpResponse<byte[]> response) {
        boolean gzipped = response.headers().firstValue("Content-Encoding").isPresent();
        return new String(
                gzipped ? gunzip(response.body()) : response.body(), StandardCharsets.UTF_8);
    }

    public static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
