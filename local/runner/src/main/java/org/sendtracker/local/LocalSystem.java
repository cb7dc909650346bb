package org.sendtracker.local;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.local.demo.DemoData;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.local.signin.DemoPeople;
import org.sendtracker.local.stepfunctions.StepFunctionsEngine;
import org.sendtracker.local.stepfunctions.store.DamagedStoreException;
import org.sendtracker.local.workflow.LocalLambdas;
import org.sendtracker.local.workflow.ScheduledReconcile;
import org.sendtracker.workflow.lambda.FunctionMetrics;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole system on one machine, wired exactly as in AWS except for the SDK endpoints: DynamoDB
 * Local (file-backed under {@code DATA_DIR}), the HTTP function on Netty, the local Step Functions
 * engine running the project's state machine with the workflow functions in-process, a local SES v2
 * endpoint delivering to an outbox, and a simulated clock. Data, executions, timers, mail and the
 * clock all survive a restart; demo data is loaded only into an empty store. The reconcile runs at
 * start and on its template schedule in simulated time, so a lost timer is restored as on AWS.
 */
public final class LocalSystem implements AutoCloseable {

    public static final String TABLE = "SendTracker";

    /**
     * Keep DynamoDB Local and the engine's executions in memory (the benchmark: nothing to
     * survive).
     */
    public static final String IN_MEMORY = "sendtracker.local.in-memory";

    /** The local provider's one client: the tracker. */
    public static final String LOCAL_CLIENT_ID = "sendtracker-local";

    /**
     * DynamoDB Local's file when it shares one database across credentials and regions ({@code
     * -sharedDb}).
     */
    public static final String DYNAMODB_FILE = "shared-local-instance.db";

    /** Where the workflow functions' metrics go, one EMF document a line, under the data folder. */
    public static final String METRICS_FILE = "metrics.jsonl";

    public static final String STATE_MACHINE_ARN =
            "arn:aws:states:us-east-1:000000000000:stateMachine:InspectionWorkflow";

    /** How long stopping waits for the timers firing now (each a Tick or Wait run) to finish. */
    private static final Duration TIMERS_FINISH = Duration.ofSeconds(20);

    private static final Duration REQUESTS_FINISH = Duration.ofSeconds(20);

    private final EmbeddedDynamoDb dynamo;
    private final EmbeddedServer server;

    private LocalSystem(EmbeddedDynamoDb dynamo, EmbeddedServer server) {
        this.dynamo = dynamo;
        this.server = server;
    }

    public static LocalSystem start(LocalSettings settings, boolean loadDemoData) {
        return start(settings, loadDemoData, Map.of());
    }

    /**
     * @param properties more configuration, e.g. {@code sendtracker.local.clock-start} for a test
     *     living in 2019
     */
    public static LocalSystem start(
            LocalSettings settings, boolean loadDemoData, Map<String, Object> properties) {
        int port = settings.port() > 0 ? settings.port() : EmbeddedDynamoDb.freePort();
        boolean inMemory = "true".equals(String.valueOf(properties.get(IN_MEMORY)));
        Path dynamoDir = settings.dataDir().resolve("dynamodb");
        // The workflow functions' metrics (CloudWatch embedded metric format): into a file of the
        // data folder, not onto the console between the runner's own lines.
        System.setProperty(
                FunctionMetrics.METRICS_FILE,
                settings.dataDir().resolve(METRICS_FILE).toAbsolutePath().toString());
        EmbeddedDynamoDb dynamo =
                inMemory
                        ? EmbeddedDynamoDb.inMemory()
                        : EmbeddedDynamoDb.fileBacked(dynamoDir, EmbeddedDynamoDb.freePort());
        EmbeddedServer server = null;
        try {
            String local = "http://127.0.0.1:" + port;
            pointSdkAt(
                    dynamo.endpoint(),
                    URI.create(local + "/local/ses"),
                    URI.create(local + "/local/sfn"));
            String publicUrl = "http://localhost:" + port;
            Map<String, Object> configuration =
                    new HashMap<>(
                            Map.of(
                                    "micronaut.server.port",
                                    port,
                                    "micronaut.server.host",
                                    settings.bind(),
                                    "sendtracker.table-name",
                                    TABLE,
                                    "sendtracker.local.data-dir",
                                    settings.dataDir().toString(),
                                    "sendtracker.workflow.state-machine-arn",
                                    STATE_MACHINE_ARN,
                                    "sendtracker.public-url",
                                    publicUrl,
                                    "sendtracker.mail.configuration-set",
                                    "local-delivery-events",
                                    // one version writes the local table: a backfill is done
                                    // after its first walk (docs/performance.md)
                                    "sendtracker.backfill.settle",
                                    "PT0S"));
            configuration.putAll(signIn(publicUrl, inMemory ? null : settings.dataDir()));
            configuration.putAll(properties);
            server = ApplicationContext.run(EmbeddedServer.class, configuration);
            ApplicationContext context = server.getApplicationContext();
            context.getBean(Outbox.class); // reads the outbox index now, not at the first email
            createTable(
                    context.getBean(DynamoDbClient.class),
                    inMemory ? null : dynamoDir.resolve(DYNAMODB_FILE));
            // As on AWS, where the schedule would have run while the runner was stopped: heals lost
            // timers.
            context.getBean(ScheduledReconcile.class)
                    .runNow(context.getBean(LocalClock.class).instant());
            if (loadDemoData) {
                context.getBean(DemoData.class).loadIntoEmptyStore();
            }
            // after the demo's areas exist: access is granted only to areas on record
            context.getBean(DemoPeople.class).grantIfMissing();
            return new LocalSystem(dynamo, server);
        } catch (RuntimeException | Error e) {
            // Never half-working: whatever started is stopped before the failure is reported.
            if (server != null) {
                closeQuietly(server::close, e);
            }
            closeQuietly(dynamo::close, e);
            throw e;
        }
    }

    /**
     * The table, created when missing; DynamoDB Local failing on its first request means its file
     * is damaged.
     */
    private static void createTable(DynamoDbClient dynamoDb, Path file) {
        try {
            TableLayout.createIfMissing(dynamoDb, TABLE);
        } catch (SdkException e) {
            if (file == null) {
                throw e;
            }
            throw new DamagedStoreException(
                    file,
                    "DynamoDB Local cannot read it ("
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
                            + ")",
                    "Move the dynamodb folder aside (or restore it from a backup) to start with an empty store.",
                    e);
        }
    }

    private static void closeQuietly(Runnable close, Throwable failure) {
        try {
            close.run();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Sign-in through the local OpenID Connect provider at {@code publicUrl}/local/idp, verified by
     * the same code as Cognito's tokens in AWS; its key is kept in {@code dataDir} (none: a key for
     * this process only).
     */
    public static Map<String, Object> signIn(String publicUrl, Path dataDir) {
        String issuer = publicUrl + "/local/idp";
        Map<String, Object> settings = new HashMap<>();
        settings.put("sendtracker.auth.issuer", issuer);
        settings.put("sendtracker.auth.jwks-url", issuer + "/jwks.json");
        settings.put("sendtracker.auth.client-id", LOCAL_CLIENT_ID);
        settings.put("sendtracker.auth.authorization-endpoint", issuer + "/authorize");
        settings.put("sendtracker.auth.token-endpoint", issuer + "/token");
        settings.put("sendtracker.auth.logout-endpoint", issuer + "/logout");
        settings.put("sendtracker.first-administrator", "demo-admin");
        if (dataDir != null) {
            settings.put(
                    "sendtracker.local.idp.key-file",
                    dataDir.resolve("idp-signing-key.json").toString());
        }
        return settings;
    }

    /** The SDK's own per-service endpoint settings: the production code has no local branch. */
    private static void pointSdkAt(URI dynamoDb, URI sesV2, URI stepFunctions) {
        System.setProperty("aws.endpointUrlDynamoDb", dynamoDb.toString());
        System.setProperty("aws.endpointUrlSesV2", sesV2.toString());
        System.setProperty("aws.endpointUrlSfn", stepFunctions.toString());
        System.setProperty("aws.region", System.getProperty("aws.region", "eu-west-2"));
        System.setProperty("aws.accessKeyId", "local");
        System.setProperty("aws.secretAccessKey", "local");
    }

    /**
     * Where a browser opens the system: its public address (localhost), which sign-in sends people
     * back to.
     */
    public URI uri() {
        return URI.create("http://localhost:" + server.getPort() + "/");
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    /** Runs the reconcile now, as its schedule would. */
    public Map<String, Object> reconcile() {
        return context().getBean(LocalLambdas.class).reconcile();
    }

    @Override
    /**
     * Stops the timers first (a clock advance under way stops at its next timer; the Tick firing
     * now finishes, its mail sent while the mail endpoint still listens), then the server and its
     * beans, then DynamoDB Local: docs/design.md, "Stopping".
     */
    public void close() {
        ApplicationContext context = server.getApplicationContext();
        context.findBean(LocalClock.class).ifPresent(LocalClock::close);
        context.findBean(StepFunctionsEngine.class)
                .ifPresent(
                        engine -> {
                            try {
                                engine.stopTimers(TIMERS_FINISH);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
        answerRequestsUnderWay();
        server.close();
        dynamo.close();
    }

    /**
     * Stops taking connections and waits, at most {@link #REQUESTS_FINISH}, for the requests under
     * way to be answered. Closing the server at once dropped their connections after their writes
     * were recorded, so a client saw no answer for a change made, and one without an idempotency
     * key would make it again.
     */
    private void answerRequestsUnderWay() {
        if (!(server instanceof GracefulShutdownCapable graceful)) {
            return;
        }
        try {
            graceful.shutdownGracefully()
                    .toCompletableFuture()
                    .get(REQUESTS_FINISH.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // what is still under way is cut short by the close that follows
        }
    }
}
