package org.sendtracker.reports.testing;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.local.idp.SigningKey;
import org.sendtracker.local.idp.TokenMinter;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * What the reports function's tests run against: DynamoDB Local (the real repositories), an
 * identity provider serving its key set over real HTTP (tokens verified as Cognito's are), and the
 * application with a fresh table. The improvement plans are given by the test.
 */
public final class ReportsStack implements AutoCloseable {

    public static final String CLIENT_ID = "sendtracker-report-tests";

    /** The administrator every test acts as unless it says otherwise. */
    public static final DemoUser OFFICER =
            new DemoUser(
                    "report-officer",
                    "test-report-officer",
                    "Rae Porter",
                    "rae.porter@sendtracker.example",
                    "The tests' administrator",
                    "ADMINISTRATOR",
                    Map.of());

    /** Signed in, with access to no area. */
    public static final DemoUser STRANGER =
            new DemoUser(
                    "stranger",
                    "test-stranger",
                    "Sam Stranger",
                    "sam.stranger@sendtracker.example",
                    "No access",
                    "AREAS",
                    Map.of());

    private static EmbeddedDynamoDb dynamo;

    public final ApplicationContext context;
    private final HttpServer idp;
    private final TokenMinter minter;

    public ReportsStack() {
        startDynamo();
        SigningKey key = SigningKey.generate();
        try {
            idp = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        idp.createContext(
                "/idp/jwks.json",
                exchange -> {
                    byte[] body = key.jwks().getBytes(StandardCharsets.UTF_8);
                    exchange.getResponseHeaders().add("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(body);
                    }
                });
        idp.start();
        String issuer = "http://127.0.0.1:" + idp.getAddress().getPort() + "/idp";
        minter = new TokenMinter(key, issuer, CLIENT_ID);
        String table = "SendTracker-" + UUID.randomUUID();
        Map<String, Object> settings = new HashMap<>();
        settings.put("sendtracker.auth.issuer", issuer);
        settings.put("sendtracker.auth.jwks-url", issuer + "/jwks.json");
        settings.put("sendtracker.auth.client-id", CLIENT_ID);
        settings.put("sendtracker.auth.authorization-endpoint", issuer + "/authorize");
        settings.put("sendtracker.auth.token-endpoint", issuer + "/token");
        settings.put("sendtracker.first-administrator", OFFICER.subject());
        settings.put("sendtracker.table-name", table);
        context = ApplicationContext.builder().properties(settings).start();
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
    }

    /** The improvement plans the reports read: a test sets them ({@link FixedPlans}). */
    public FixedPlans plans() {
        return context.getBean(FixedPlans.class);
    }

    public String idToken(DemoUser user) {
        return minter.idToken(user, null, Instant.now());
    }

    private static synchronized void startDynamo() {
        if (dynamo == null) {
            dynamo = EmbeddedDynamoDb.inMemory();
            System.setProperty("aws.endpointUrlDynamoDb", dynamo.endpoint().toString());
            System.setProperty("aws.region", "eu-west-2");
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close));
        }
    }

    @Override
    public void close() {
        context.close();
        idp.stop(0);
    }
}
