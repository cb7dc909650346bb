package org.sendtracker.http.testing;

import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.local.idp.SigningKey;
import org.sendtracker.local.idp.TokenMinter;

/**
 * The identity provider the HTTP tests trust: one per test JVM, serving its public key set over
 * real HTTP (the tracker fetches it as it fetches Cognito's) and signing tokens shaped as Cognito's
 * with the local provider's minter. Also signs the tokens no real provider would issue, for the
 * tests that refuse them.
 */
public final class TestIdentityProvider {

    public static final String CLIENT_ID = "sendtracker-tests";

    /** The person every test acts as unless it says otherwise: an administrator. */
    public static final DemoUser OFFICER =
            new DemoUser(
                    "test-officer",
                    "test-officer",
                    "Test Officer",
                    "test.officer@sendtracker.example",
                    "The tests' administrator",
                    "ADMINISTRATOR",
                    Map.of());

    private static TestIdentityProvider instance;

    private final SigningKey key = SigningKey.generate();
    private final String issuer;
    private final String jwksUrl;
    private final TokenMinter minter;

    private TestIdentityProvider(int port) {
        this.issuer = "http://127.0.0.1:" + port + "/idp";
        this.jwksUrl = issuer + "/jwks.json";
        this.minter = new TokenMinter(key, issuer, CLIENT_ID);
    }

    public static synchronized TestIdentityProvider get() {
        if (instance == null) {
            try {
                HttpServer server =
                        HttpServer.create(
                                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
                TestIdentityProvider provider =
                        new TestIdentityProvider(server.getAddress().getPort());
                server.createContext(
                        "/idp/jwks.json",
                        exchange -> {
                            byte[] body = provider.key.jwks().getBytes(StandardCharsets.UTF_8);
                            exchange.getResponseHeaders().add("Content-Type", "application/json");
                            exchange.sendResponseHeaders(200, body.length);
                            try (OutputStream out = exchange.getResponseBody()) {
                                out.write(body);
                            }
                        });
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
                instance = provider;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /**
     * The tracker's sign-in settings for this provider (the test officer is the first
     * administrator).
     */
    public Map<String, Object> settings() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("sendtracker.auth.issuer", issuer);
        settings.put("sendtracker.auth.jwks-url", jwksUrl);
        settings.put("sendtracker.auth.client-id", CLIENT_ID);
        settings.put("sendtracker.auth.authorization-endpoint", issuer + "/authorize");
        settings.put("sendtracker.auth.token-endpoint", issuer + "/token");
        settings.put("sendtracker.first-administrator", OFFICER.subject());
        return settings;
    }

    /** {@code Bearer <an ID token>} for the person. */
    public String bearer(DemoUser user) {
        return "Bearer " + minter.idToken(user, null, Instant.now());
    }

    public String accessToken(DemoUser user) {
        return minter.accessToken(user, Instant.now());
    }

    public String idToken(DemoUser user) {
        return minter.idToken(user, null, Instant.now());
    }

    /** Claims signed with this provider's key, however wrong they are. */
    public String sign(JWTClaimsSet claims) {
        return minter.sign(claims);
    }

    public String issuer() {
        return issuer;
    }

    /** Someone named {@code name}, with the subject id {@code test-<name in lower case>}. */
    public static DemoUser person(String name) {
        String slug = name.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new DemoUser(
                slug, "test-" + slug, name, slug + "@sendtracker.example", name, "AREAS", Map.of());
    }
}
