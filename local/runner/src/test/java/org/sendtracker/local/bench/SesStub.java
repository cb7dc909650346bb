package org.sendtracker.local.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * SES v2 {@code SendEmail} for the cold-start benchmark: accepts every email with a message id and
 * counts them, so the Tick function's reminder goes through the real SDK call and succeeds.
 * Anything else is refused as SES refuses (a 400 naming the error), so an unexpected call fails the
 * sample. The local runner's own endpoint needs its whole Micronaut server; this needs nothing.
 */
final class SesStub implements AutoCloseable {

    private static final String SEND_EMAIL = "/v2/email/outbound-emails";

    private final HttpServer server;
    private final AtomicInteger sent = new AtomicInteger();

    private SesStub(HttpServer server) {
        this.server = server;
    }

    static SesStub start() throws IOException {
        SesStub stub =
                new SesStub(
                        HttpServer.create(
                                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
        stub.server.createContext("/", stub::answer);
        stub.server.start();
        return stub;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Emails accepted so far. */
    int sent() {
        return sent.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        boolean sendEmail =
                exchange.getRequestMethod().equals("POST")
                        && exchange.getRequestURI().getPath().equals(SEND_EMAIL);
        String body =
                sendEmail
                        ? "{\"MessageId\":\"coldstart-" + sent.incrementAndGet() + "\"}"
                        : "{\"message\":\"the cold-start benchmark answers SendEmail only, not "
                                + exchange.getRequestURI().getPath()
                                + "\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (!sendEmail) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", "BadRequestException");
        }
        exchange.sendResponseHeaders(sendEmail ? 200 : 400, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
