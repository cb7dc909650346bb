package org.sendtracker.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.local.idp.SigningKey;
import org.sendtracker.local.idp.TokenMinter;

/**
 * The identity provider the cold-start benchmark's HTTP function trusts: a fresh key whose public
 * set is served on loopback, as Cognito serves its JWKS. The function fetches it on its first
 * signed-in request, as on Lambda; the sample events are copied with a real token for the demo
 * administrator in place of their placeholder.
 */
final class BenchSignIn implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_ID = "sendtracker-coldstart";
    private static final DemoUser ADMINISTRATOR = DemoUser.byId("admin").orElseThrow();

    private final HttpServer server;
    private final String issuer;
    private final TokenMinter minter;

    private BenchSignIn(HttpServer server, SigningKey key) {
        this.server = server;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/idp";
        this.minter = new TokenMinter(key, issuer, CLIENT_ID);
    }

    static BenchSignIn start() throws IOException {
        SigningKey key = SigningKey.generate();
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = key.jwks().getBytes(StandardCharsets.UTF_8);
        server.createContext(
                "/idp/jwks.json",
                exchange -> {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, jwks.length);
                    try (OutputStream body = exchange.getResponseBody()) {
                        body.write(jwks);
                    }
                });
        server.start();
        return new BenchSignIn(server, key);
    }

    /** The HTTP function's sign-in settings, as template.yaml names them. */
    Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SENDTRACKER_AUTH_ISSUER", issuer);
        environment.put("SENDTRACKER_AUTH_JWKS_URL", issuer + "/jwks.json");
        environment.put("SENDTRACKER_AUTH_CLIENT_ID", CLIENT_ID);
        environment.put("SENDTRACKER_AUTH_AUTHORIZATION_ENDPOINT", issuer + "/authorize");
        environment.put("SENDTRACKER_AUTH_TOKEN_ENDPOINT", issuer + "/token");
        environment.put("SENDTRACKER_AUTH_LOGOUT_ENDPOINT", issuer + "/logout");
        environment.put("SENDTRACKER_FIRST_ADMINISTRATOR", ADMINISTRATOR.subject());
        return environment;
    }

    /** A copy of the sample API Gateway event, signed in as the demo administrator. */
    Path signed(Path event, Path work) {
        try {
            ObjectNode copy = (ObjectNode) JSON.readTree(event.toFile());
            ((ObjectNode) copy.get("headers"))
                    .put(
                            "authorization",
                            "Bearer " + minter.idToken(ADMINISTRATOR, null, Instant.now()));
            Path file = Files.createTempFile(work, "signed-" + event.getFileName(), ".json");
            Files.writeString(file, JSON.writeValueAsString(copy));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
