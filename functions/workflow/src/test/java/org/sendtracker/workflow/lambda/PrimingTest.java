package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.infrastructure.config.ReminderPriming;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;
import org.sendtracker.workflow.testing.WorkflowStack;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The workflow functions' SnapStart priming, what each {@code beforeCheckpoint} hook runs: every
 * step succeeds, and nothing is written, started, woken or sent, even with an inspection whose
 * reminders are due.
 */
class PrimingTest {

    private WorkflowStack stack;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void tickWaitAndReconcile_primeEveryStep_andChangeNothing() {
        // given Cumbria with its WSoA due and its workflow waiting
        Inspection cumbria = stack.cumbriaWithItsWsoaDue();
        Optional<WorkflowState> workflow = stack.bean(Workflows.class).find(cumbria.id());
        int signals = stack.signals().started().size() + stack.signals().woken().size();
        List<Map<String, AttributeValue>> items = everyItem();

        // when
        List<Priming.Primed> primed =
                List.of(
                        new TickFunction(stack.context()).priming().prime(),
                        new WaitFunction(stack.context()).priming().prime(),
                        new ReconcileFunction(stack.context()).priming().prime());

        // then
        assertThat(primed).allSatisfy(each -> assertThat(each.failed()).isEmpty());
        assertThat(stack.mailer().sent()).isEmpty();
        assertThat(stack.signals().started().size() + stack.signals().woken().size())
                .isEqualTo(signals);
        assertThat(stack.bean(Workflows.class).find(cumbria.id())).isEqualTo(workflow);
        assertThat(stack.bean(Inspections.class).find(cumbria.id())).hasValue(cumbria);
        InspectionId absent = new InspectionId(Priming.ABSENT_INSPECTION);
        assertThat(stack.bean(Workflows.class).find(absent)).isEmpty();
        assertThat(stack.bean(Inspections.class).find(absent)).isEmpty();
        assertThat(everyItem()).isEqualTo(items);
    }

    /**
     * Tick's reminder step sends a synthetic inspection's reminder through the function's own
     * reminder service over clients that answer in the JVM: it succeeds, and no email is sent, no
     * claim or email is written to the ledger, and no item at all is added or changed.
     */
    @Test
    void ticksReminderStep_sendsItsReminderOffline_andSendsAndWritesNothing() {
        stack.cumbriaWithItsWsoaDue();
        List<Map<String, AttributeValue>> items = everyItem();

        ReminderPriming.step(stack.context()).action().run();

        assertThat(stack.mailer().sent()).isEmpty();
        assertThat(
                        stack.bean(NoticeLedger.class)
                                .emails(new InspectionId(Priming.ABSENT_INSPECTION)))
                .isEmpty();
        assertThat(everyItem()).isEqualTo(items);
    }

    /**
     * The whole table, in key order: a test may scan, through a client of its own (the function's
     * refuses to).
     */
    private List<Map<String, AttributeValue>> everyItem() {
        try (DynamoDbClient dynamo =
                DynamoDbClient.builder().httpClient(UrlConnectionHttpClient.create()).build()) {
            return dynamo
                    .scanPaginator(b -> b.tableName(stack.table).consistentRead(true))
                    .items()
                    .stream()
                    .sorted(
                            Comparator.comparing(
                                            (Map<String, AttributeValue> item) ->
                                                    item.get("PK").s())
                                    .thenComparing(item -> item.get("SK").s()))
                    .toList();
        }
    }
}
