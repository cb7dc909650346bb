package org.sendtracker.http.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.LocalAws;
import org.sendtracker.http.testing.RecordingDynamoDb;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.http.web.signin.SignInFlow;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.infrastructure.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The HTTP function's SnapStart priming, what its {@code beforeCheckpoint} hook runs: every step
 * succeeds (each request gets the public answer or the sign-in refusal it expects, the unsigned
 * token included) and it only reads. The handler is built as Lambda builds it (the no-arg
 * constructor, Micronaut's Lambda context builder) from this module's classpath, which has no SES
 * client.
 */
class PrimingTest {

    static HttpFunctionHandler handler;
    static RecordingDynamoDb.Operations operations;

    @BeforeAll
    static void start() {
        LocalAws.dynamo();
        String table = "SendTracker-" + UUID.randomUUID();
        System.setProperty("sendtracker.table-name", table);
        System.setProperty(RecordingDynamoDb.ENABLED, "true");
        Map<String, Object> signIn = TestIdentityProvider.get().settings();
        signIn.forEach((name, value) -> System.setProperty(name, value.toString()));
        try {
            handler = new HttpFunctionHandler();
        } finally {
            System.clearProperty("sendtracker.table-name");
            System.clearProperty(RecordingDynamoDb.ENABLED);
            signIn.keySet().forEach(System::clearProperty);
        }
        ApplicationContext context = handler.getApplicationContext();
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
        operations = context.getBean(RecordingDynamoDb.Operations.class);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    @Test
    void priming_runsEveryStep_andOnlyReadsDynamoDb() {
        operations.clear();

        Priming.Primed primed = handler.priming().prime();

        assertThat(primed.failed()).isEmpty();
        assertThat(operations.names())
                .isNotEmpty()
                .allMatch(name -> name.equals("GetItem") || name.equals("Query"));
    }

    @Test
    void primingAgain_changesNothingTheFirstDidNot() {
        handler.priming().prime();
        operations.clear();

        Priming.Primed again = handler.priming().prime();

        assertThat(again.failed()).isEmpty();
        assertThat(operations.names())
                .isNotEmpty()
                .allMatch(name -> name.equals("GetItem") || name.equals("Query"));
    }

    @Test
    void signedInSteps_succeed_andTouchNoTable() {
        operations.clear();

        SignedInPriming.steps(handler.getApplicationContext()).forEach(step -> step.action().run());

        assertThat(operations.names()).isEmpty();
    }

    /**
     * The token endpoint's client is built by an officer's sign-in, after a restore, never before
     * the snapshot (docs/performance.md, "SnapStart uniqueness").
     */
    @Test
    void priming_leavesTheSignInFlowsTokenClientUnbuilt() throws ReflectiveOperationException {
        handler.priming().prime();

        SignInFlow flow = handler.getApplicationContext().getBean(SignInFlow.class);
        Field client = SignInFlow.class.getDeclaredField("http");
        client.setAccessible(true);

        assertThat(client.get(flow)).isNull();
    }
}
