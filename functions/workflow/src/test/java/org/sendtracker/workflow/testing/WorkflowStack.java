package org.sendtracker.workflow.testing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Recorded;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;
import org.sendtracker.reminders.testing.RecordingMailer;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The workflow functions' application context over DynamoDB Local, each stack with a fresh table;
 * SES and Step Functions replaced by recording doubles, the clock by one the test sets. Data goes
 * in through the real area and inspection services, as an officer's request would put it.
 */
public final class WorkflowStack implements AutoCloseable {

    public static final String STATE_MACHINE_ARN =
            "arn:aws:states:eu-west-2:123456789012:stateMachine:sendtracker-inspection-workflow";
    public static final String CUMBRIA = "cumbria-2019-03-18";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor OFFICER = new Actor("jo-smith", "Jo Smith");
    private static EmbeddedDynamoDb dynamo;

    private final ApplicationContext context;
    public final String table;

    private WorkflowStack(ApplicationContext context, String table) {
        this.context = context;
        this.table = table;
    }

    public static WorkflowStack start() {
        localDynamoDb();
        String table = "SendTracker-" + UUID.randomUUID();
        ApplicationContext context =
                ApplicationContext.run(
                        Map.of(
                                "sendtracker.table-name", table,
                                "sendtracker.workflow.state-machine-arn", STATE_MACHINE_ARN,
                                "sendtracker.public-url", "https://sendtracker.example.gov.uk"));
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
        return new WorkflowStack(context, table);
    }

    /** One DynamoDB Local for the test JVM; the SDK finds it through its own endpoint settings. */
    private static synchronized void localDynamoDb() {
        if (dynamo == null) {
            dynamo = EmbeddedDynamoDb.inMemory();
            System.setProperty("aws.endpointUrlDynamoDb", dynamo.endpoint().toString());
            System.setProperty("aws.region", "eu-west-2");
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
            Runtime.getRuntime().addShutdownHook(new Thread(dynamo::close));
        }
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public TestClock clock() {
        return bean(TestClock.class);
    }

    public RecordingMailer mailer() {
        return bean(RecordingMailer.class);
    }

    public RecordingSignals signals() {
        return bean(RecordingSignals.class);
    }

    /**
     * Cumbria registered and its inspection recorded as it happened: notified 11 March 2019 (its
     * first workflow execution started), report received 14 May 2019 at 17:30 BST with three areas
     * of significant weakness: WSoA due 21 August 2019.
     */
    public Inspection cumbriaWithItsWsoaDue() {
        clock().set(Instant.parse("2019-03-11T17:30:00Z"));
        ok(
                bean(AreaService.class)
                        .create(
                                json(
                                        """
                {"id": "cumbria", "name": "Cumbria", "contacts": [
                  {"name": "Jo Smith", "email": "send.lead@cumbria.gov.uk", "role": "LEAD_OFFICER"},
                  {"name": "Sam Patel", "email": "dcs@cumbria.gov.uk", "role": "DIRECTOR_OF_CHILDRENS_SERVICES"},
                  {"name": "Alex Brown", "email": "send@northcumbriaccg.nhs.uk", "role": "NHS_LEAD"}]}"""),
                                OFFICER));
        ok(
                bean(InspectionService.class)
                        .create(
                                json(
                                        """
                {"areaId": "cumbria", "framework": "LASEND_2016", "notifiedOn": "2019-03-11", "startsOn": "2019-03-18", "endsOn": "2019-03-22"}"""),
                                OFFICER));
        return record(
                Instant.parse("2019-05-14T16:30:00Z"),
                """
                {"type": "REPORT_RECEIVED", "on": "2019-05-14", "publishedOn": "2019-05-22", "wsoaRequired": true,
                 "weaknesses": ["Identification of children and young people with SEND", "Quality and timeliness of EHC plans",
                                "Joint commissioning arrangements"]}""");
    }

    /**
     * Records an officer's event on Cumbria's inspection at {@code at}, through the inspection
     * service.
     */
    public Inspection record(Instant at, String event) {
        clock().set(at);
        Recorded recorded =
                ok(
                        bean(InspectionService.class)
                                .record(
                                        CUMBRIA,
                                        json(event),
                                        Optional.empty(),
                                        Optional.empty(),
                                        OFFICER));
        return recorded.inspection();
    }

    /**
     * A sample event from the project's {@code events/} folder, as the Lambda runtime hands it
     * over.
     */
    public static Map<String, Object> event(String name) {
        return json(read(Path.of("../../events", name)));
    }

    public static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A handler's output as the JSON the Lambda runtime writes for it. */
    public static JsonNode asJson(Object output) {
        try {
            return JSON.readTree(JSON.writeValueAsString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> json(String json) {
        try {
            return JSON.readValue(json, new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T ok(Result<T> result) {
        if (!(result instanceof Result.Ok<T> ok)) {
            throw new IllegalStateException("refused: " + result);
        }
        return ok.value();
    }

    @Override
    public void close() {
        context.close();
    }
}
