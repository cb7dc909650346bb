package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtracker.infrastructure.dynamodb.Recording.testChange;
import static org.sendtracker.infrastructure.dynamodb.Recording.withRevisitDeadlines;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The deploy window of a key's backfill: while a deployment replaces the functions one after
 * another, the version before still writes items without the new key beside the reconcile that
 * backfills it. So the first walk only records the table keyed; a walk at least the settling time
 * later keys whatever the version before left without it, and only a walk that finds nothing
 * lacking records the backfill done and lets the readers read by the key. Shown with the met-late
 * key; every backfill shares it ({@link KeyBackfill}).
 */
class BackfillDeployWindowTest {
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 23);
    private static final Duration SETTLE = Duration.ofMinutes(45);
    private static final Instant DEPLOYED = Instant.parse("2026-11-29T10:00:00Z");

    private LocalDynamoDb dynamo;
    private DynamoDbInspections inspections;
    private final MovableClock clock = new MovableClock(DEPLOYED);
    private final BackfillWindow window = new BackfillWindow(clock, SETTLE);

    @BeforeEach
    void aTableWithDeadlinesMetLate_writtenByTheVersionBeforeTheKey() {
        dynamo = LocalDynamoDb.withFreshTable();
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        Recording.registerWithALeadOfficer(
                new DynamoDbAreas(dynamo.client, dynamo.table), "cumbria", "durham");
        meet(withRevisitDeadlines(inspections, "cumbria", "2026-03-02"), "REVISIT", "2026-03-20");
        meet(withRevisitDeadlines(inspections, "durham", "2026-06-30"), "REVISIT", "2026-07-03");
        for (String area : List.of("cumbria", "durham")) {
            writtenByTheVersionBefore(area);
        }
        dynamo.client.deleteItem(
                b ->
                        b.tableName(dynamo.table.value())
                                .key(
                                        Items.key(
                                                TableKeys.migration(MetLateBackfill.NAME),
                                                TableKeys.MIGRATION_ITEM)));
        dynamo.requests.clear();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void theFirstWalk_keysWhatItFinds_butTheReadersStillReadTheOldWay() {
        KeyBackfill.Run run = backfill().run();

        assertThat(run).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.KEYED, 2));
        assertThat(record())
                .containsEntry("state", AttributeValue.fromS("KEYED"))
                .containsEntry("keyedAt", AttributeValue.fromS(DEPLOYED.toString()));
        MetLateBackfill fresh = backfill();
        assertThat(fresh.isDone()).isFalse();
        dynamo.requests.clear();
        assertThat(metLate(fresh))
                .containsExactly(
                        "2026-06-30 durham-2019-03-18 REVISIT",
                        "2026-03-02 cumbria-2019-03-18 REVISIT");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(QueryRequest::indexName)
                .containsOnly("ByDate");
    }

    @Test
    void withinTheSettlingTime_aRunWalksNothing() {
        backfill().run();
        clock.now = DEPLOYED.plus(SETTLE).minusSeconds(1);
        dynamo.requests.clear();

        KeyBackfill.Run run = backfill().run();

        assertThat(run).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.SETTLING, 0));
        assertThat(dynamo.requests.all()).as("the record's read only").hasSize(1);
        assertThat(dynamo.requests.ofType(GetItemRequest.class)).hasSize(1);
        assertThat(backfill().isDone()).isFalse();
    }

    @Test
    void aWalkAfterTheSettlingTime_thatFindsNothingLacking_recordsDone() {
        backfill().run();
        clock.now = DEPLOYED.plus(SETTLE);

        KeyBackfill.Run run = backfill().run();

        assertThat(run).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.DONE, 0));
        assertThat(record()).containsEntry("state", AttributeValue.fromS("DONE"));
        MetLateBackfill fresh = backfill();
        assertThat(fresh.isDone()).isTrue();
        dynamo.requests.clear();
        assertThat(metLate(fresh))
                .containsExactly(
                        "2026-06-30 durham-2019-03-18 REVISIT",
                        "2026-03-02 cumbria-2019-03-18 REVISIT");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(QueryRequest::indexName)
                .containsOnly("OpenDeadlines");
    }

    @Test
    void aWriteOfTheVersionBefore_afterTheFirstWalk_isKeyedByTheNext_andNothingIsMissed() {
        backfill().run();
        // the version before, still running while the deployment finishes, writes cumbria's
        // deadline again, without the key
        clock.now = DEPLOYED.plus(Duration.ofMinutes(3));
        writtenByTheVersionBefore("cumbria");
        assertThat(metLate(backfill())).as("still read the old way").hasSize(2);

        clock.now = DEPLOYED.plus(SETTLE);
        KeyBackfill.Run second = backfill().run();

        assertThat(second).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.KEYED, 1));
        assertThat(record()).containsEntry("keyedAt", AttributeValue.fromS(clock.now.toString()));
        assertThat(backfill().isDone()).as("one more walk after the settling time").isFalse();

        clock.now = clock.now.plus(SETTLE);
        KeyBackfill.Run third = backfill().run();

        assertThat(third).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.DONE, 0));
        MetLateBackfill fresh = backfill();
        assertThat(fresh.isDone()).isTrue();
        assertThat(metLate(fresh))
                .containsExactly(
                        "2026-06-30 durham-2019-03-18 REVISIT",
                        "2026-03-02 cumbria-2019-03-18 REVISIT");
    }

    @Test
    void onceDone_aRunReadsTheRecordOnly() {
        backfill().run();
        clock.now = DEPLOYED.plus(SETTLE);
        backfill().run();
        clock.now = DEPLOYED.plus(Duration.ofDays(30));
        dynamo.requests.clear();

        KeyBackfill.Run run = backfill().run();

        assertThat(run).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.ALREADY_DONE, 0));
        assertThat(dynamo.requests.all()).hasSize(1);
    }

    @Test
    void aRecordFromTheVersionBefore_withNoState_isDone() {
        // what the first backfills wrote when their one walk ended
        dynamo.client.putItem(
                b ->
                        b.tableName(dynamo.table.value())
                                .item(
                                        Map.of(
                                                "PK",
                                                AttributeValue.fromS(
                                                        TableKeys.migration(MetLateBackfill.NAME)),
                                                "SK",
                                                AttributeValue.fromS(TableKeys.MIGRATION_ITEM),
                                                "kind",
                                                AttributeValue.fromS("MIGRATION"))));

        assertThat(backfill().isDone()).isTrue();
        assertThat(backfill().run().outcome()).isEqualTo(KeyBackfill.Outcome.ALREADY_DONE);
    }

    @Test
    void withNoSettlingTime_theFirstWalkIsTheLast() {
        KeyBackfill.Run run =
                new MetLateBackfill(
                                dynamo.client,
                                dynamo.table,
                                new BackfillWindow(clock, Duration.ZERO))
                        .run();

        assertThat(run).isEqualTo(new KeyBackfill.Run(KeyBackfill.Outcome.DONE, 2));
        assertThat(backfill().isDone()).isTrue();
    }

    @Test
    void theSettlingTime_isAnIsoDuration_fromConfiguration() {
        assertThat(new BackfillWindow(clock, "PT45M").settle()).isEqualTo(SETTLE);
        assertThat(new BackfillWindow(clock, " PT0S ").settle()).isZero();
        assertThatThrownBy(() -> new BackfillWindow(clock, "45 minutes"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "sendtracker.backfill.settle is not an ISO-8601 duration (e.g. PT45M): 45"
                                + " minutes");
        assertThatThrownBy(() -> new BackfillWindow(clock, "-PT1M"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sendtracker.backfill.settle must not be negative: PT-1M");
    }

    private MetLateBackfill backfill() {
        return new MetLateBackfill(dynamo.client, dynamo.table, window);
    }

    private List<String> metLate(MetLateBackfill backfill) {
        DynamoDbDeadlineIndex index =
                new DynamoDbDeadlineIndex(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table),
                        backfill);
        return Recording.describe(index.latestMetLate(FROM, TO, Optional.empty(), e -> true, 26));
    }

    private Map<String, AttributeValue> record() {
        return dynamo.client
                .getItem(
                        b ->
                                b.tableName(dynamo.table.value())
                                        .key(
                                                Items.key(
                                                        TableKeys.migration(MetLateBackfill.NAME),
                                                        TableKeys.MIGRATION_ITEM))
                                        .consistentRead(true))
                .item();
    }

    /** The area's deadlines met late as the version before the key wrote them: without it. */
    private void writtenByTheVersionBefore(String area) {
        Recording.withoutMetLateKeys(dynamo, inspections, area);
    }

    private void meet(Inspection inspection, String id, String on) {
        Inspection next =
                inspection
                        .change()
                        .deadline(id, d -> d.met(LocalDate.parse(on), CALENDAR))
                        .recordedAt(Recording.NOW);
        inspections.update(inspection, next, testChange(next), Optional.empty());
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
