package org.sendtracker.local.stepfunctions.protocol;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves {@link SfnJsonProtocol} over HTTP with the JDK's built-in server, at {@code contextPath}
 * ("/" or e.g. "/local/sfn"). Point an SDK's {@code endpointOverride} at {@link #endpoint()}.
 */
public final class SfnHttpEndpoint implements AutoCloseable {

    private static final int THREADS = 4;

    private final HttpServer server;
    private final ExecutorService executor;
    private final String contextPath;

    private SfnHttpEndpoint(HttpServer server, ExecutorService executor, String contextPath) {
        this.server = server;
        this.executor = executor;
        this.contextPath = contextPath;
    }

    /** Starts serving on {@code address} (port 0 picks a free port). */
    public static SfnHttpEndpoint start(
            SfnJsonProtocol protocol, InetSocketAddress address, String contextPath)
            throws IOException {
        HttpServer server = HttpServer.create(address, 0);
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService executor =
                Executors.newFixedThreadPool(
                        THREADS,
                        runnable -> {
                            Thread thread =
                                    new Thread(
                                            runnable, "sfn-http-" + threadNumber.incrementAndGet());
                            thread.setDaemon(true);
                            return thread;
                        });
        server.setExecutor(executor);
        server.createContext(contextPath, exchange -> answer(protocol, exchange));
        server.start();
        return new SfnHttpEndpoint(server, executor, contextPath);
    }

    private static void answer(SfnJsonProtocol protocol, HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            int status;
            if (!"POST".equals(exchange.getRequestMethod())) {
                status = 405;
                body =
                        "{\"__type\":\"MethodNotAllowed\",\"message\":\"Only POST is supported\"}"
                                .getBytes(StandardCharsets.UTF_8);
            } else {
                String request;
                try (InputStream in = exchange.getRequestBody()) {
                    request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                ProtocolResponse response =
                        protocol.handle(
                                exchange.getRequestHeaders().getFirst("X-Amz-Target"), request);
                status = response.statusCode();
                body = response.body().getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", ProtocolResponse.CONTENT_TYPE);
            exchange.getResponseHeaders().set("x-amzn-RequestId", UUID.randomUUID().toString());
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The URI clients use, e.g. {@code http://127.0.0.1:54321/local/sfn}. */
    public URI endpoint() {
        InetSocketAddress address = server.getAddress();
        String path = contextPath.equals("/") ? "" : contextPath;
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
