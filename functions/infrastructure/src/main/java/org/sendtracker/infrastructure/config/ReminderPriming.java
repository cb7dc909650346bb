package org.sendtracker.infrastructure.config;

import io.micronaut.context.ApplicationContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.infrastructure.dynamodb.Repositories;
import org.sendtracker.infrastructure.dynamodb.TableName;
import org.sendtracker.infrastructure.ses.SesMailers;
import org.sendtracker.infrastructure.snapstart.OfflineHttpClient;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.infrastructure.snapstart.SyntheticRecords;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.ReminderService;
import org.sendtracker.reminders.application.ReportLinks;
import org.sendtracker.reminders.model.ReminderPlanner;
import org.sendtracker.reminders.model.ReminderPolicy;
import org.sendtracker.reminders.model.ReportLink;
import org.sendtracker.report.application.WsoaWork;
import org.sendtracker.workflow.application.WorkflowState;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Tick's priming of what a tick of a real inspection does ({@link Priming}, docs/performance.md,
 * "SnapStart priming"): the reminder a synthetic inspection is owed on its deadline's day, planned,
 * composed, claimed in the ledger, sent and settled by the function's own reminder service, ledger
 * and mailer, then its workflow's state saved. The writes and the send go through DynamoDB and SES
 * clients built like the function's (the same builders, so the same region and endpoints) but with
 * fixed credentials and over an {@link OfflineHttpClient}: they are marshalled, signed and answered
 * inside the JVM, and nothing reaches the table or SES. The one read that needs the table, the
 * synthetic (absent) inspection's report links, goes through the function's own repository and
 * finds none.
 */
public final class ReminderPriming {

    /** The offline answers: a written item, an email accepted. */
    private static final Map<String, String> ANSWERS =
            Map.of(
                    "DynamoDB_20120810.PutItem", "{}",
                    "POST /v2/email/outbound-emails", "{\"MessageId\":\"snapstart-priming\"}");

    private ReminderPriming() {}

    /**
     * The step: fails unless the reminder was claimed, sent and settled, each through the offline
     * client, and nothing else was asked of it.
     */
    public static Priming.Step step(ApplicationContext context) {
        return new Priming.Step(
                "a synthetic inspection's tick: its reminder and workflow state, offline",
                () -> send(context));
    }

    private static void send(ApplicationContext context) {
        OfflineHttpClient offline = new OfflineHttpClient(ANSWERS);
        StaticCredentialsProvider nobody =
                StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("snapstart-priming", "snapstart-priming"));
        TableName table = context.getBean(TableName.class);
        try (DynamoDbClient dynamo =
                        AwsClients.dynamoDbBuilder()
                                .httpClient(offline)
                                .credentialsProvider(nobody)
                                .build();
                SesV2Client ses =
                        AwsClients.sesV2Builder()
                                .httpClient(offline)
                                .credentialsProvider(nobody)
                                .build()) {
            Inspection inspection = SyntheticRecords.inspection(context);
            Instant dueDay =
                    ReminderPlanner.sendTime(inspection.outstandingDeadlines().get(0).dueOn());
            ReminderService reminders =
                    new WorkflowBeans()
                            .reminderService(
                                    new OneArea(SyntheticRecords.area()),
                                    context.getBean(ReminderPolicy.class),
                                    context.getBean(WorkingDayCalendar.class),
                                    Repositories.noticeLedger(dynamo, table),
                                    SesMailers.over(ses, context),
                                    Clock.fixed(dueDay, ZoneOffset.UTC),
                                    new ReadOnly(context.getBean(ReportLinks.class)),
                                    WsoaWork.NONE,
                                    context.getProperty("sendtracker.public-url", String.class)
                                            .orElse(""));
            ReminderService.Pass pass = reminders.sendDue(inspection);
            if (pass.sent() != 1 || pass.failed() != 0) {
                throw new IllegalStateException(
                        "the synthetic reminder was not sent once: " + pass);
            }
            Repositories.workflows(dynamo, table)
                    .save(
                            WorkflowState.sleeping(
                                    inspection.id(),
                                    1,
                                    inspection.stage(),
                                    inspection.version(),
                                    pass.nextAt().orElse(dueDay),
                                    dueDay));
            // The claim (a conditional put), the send, the settlement (a conditional put), the
            // workflow's state.
            List<String> expected =
                    List.of(
                            "DynamoDB_20120810.PutItem",
                            "POST /v2/email/outbound-emails",
                            "DynamoDB_20120810.PutItem",
                            "DynamoDB_20120810.PutItem");
            if (!offline.answered().equals(expected)) {
                throw new IllegalStateException(
                        "the synthetic tick's writes and send did not all go to the offline"
                                + " clients: they answered "
                                + offline.answered());
            }
        }
    }

    /**
     * The function's own report links, read only: the synthetic inspection has none (its id is the
     * absent one), and a link marked sent would be a write.
     */
    private record ReadOnly(ReportLinks links) implements ReportLinks {

        @Override
        public List<ReportLink> unsent(InspectionId inspection) {
            return links.unsent(inspection);
        }

        @Override
        public void sent(ReportLink link) {
            throw new IllegalStateException("priming marks no report link sent");
        }
    }

    /** The synthetic area, read by id; nothing else. */
    private record OneArea(Area area) implements Areas {

        @Override
        public Optional<Area> find(AreaId id) {
            return area.id().equals(id) ? Optional.of(area) : Optional.empty();
        }

        @Override
        public List<Area> all() {
            return List.of(area);
        }

        @Override
        public void create(Area area, AreaChange registered) {
            throw new UnsupportedOperationException("priming writes no area");
        }

        @Override
        public void update(Area area, long previousVersion, AreaChange change) {
            throw new UnsupportedOperationException("priming writes no area");
        }

        @Override
        public List<AreaChange> changes(AreaId id) {
            return List.of();
        }
    }
}
