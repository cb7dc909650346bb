package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.created;
import static org.sendtracker.infrastructure.dynamodb.Recording.reportReceived;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.improvement.application.Changed;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.infrastructure.rules.RuleBookFiles;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * Improvement plans against DynamoDB Local, through the real service: one transaction with the
 * inspection's version check, board reports indexed as deadlines, retries answered once
 * (docs/boards.md).
 */
class DynamoDbImprovementPlansTest {

    private static final Actor OFFICER = new Actor("sub-1", "Test Officer");

    private LocalDynamoDb dynamo;
    private DynamoDbInspections inspections;
    private DynamoDbImprovementPlans plans;
    private ImprovementService service;
    private DynamoDbDeadlineIndex index;
    private InspectionId id;

    @BeforeEach
    void anInspectionWithTwoWeaknesses() {
        dynamo = LocalDynamoDb.withFreshTable();
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        plans = new DynamoDbImprovementPlans(dynamo.client, dynamo.table);
        index =
                new DynamoDbDeadlineIndex(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        DynamoDbAreas areas = new DynamoDbAreas(dynamo.client, dynamo.table);
        Area cumbria =
                new Area(
                        new AreaId("cumbria"),
                        "Cumbria",
                        List.of(
                                new Contact(
                                        "Jo Lead",
                                        "jo.lead@cumbria.gov.uk",
                                        ContactRole.LEAD_OFFICER)),
                        1);
        areas.create(cumbria, new AreaChange(1, "Test Officer", Recording.NOW, "Registered."));
        Inspection v1 = aCumbriaLikeInspectionAwaitingReport("cumbria");
        inspections.create(v1, created(v1));
        Recording.Change report = reportReceived(v1, "2019-05-14", "Leadership", "EHC plans");
        inspections.update(v1, report.next(), report.event(), Optional.empty());
        id = v1.id();
        service =
                new ImprovementService(
                        inspections,
                        plans,
                        areas,
                        RuleBookFiles.builtIn(),
                        new WorkingDayCalendar(new EnglandAndWalesBankHolidays()),
                        Clock.fixed(Instant.parse("2020-01-06T10:00:00Z"), ZoneOffset.UTC),
                        List.of());
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    private static ImprovementService.Request request(Map<String, ?> input, Optional<String> key) {
        return new ImprovementService.Request(input, Optional.empty(), key, OFFICER);
    }

    private static Map<String, Object> improvementBoard() {
        return Map.of(
                "name",
                "SEND Improvement Board",
                "kind",
                "IMPROVEMENT_BOARD",
                "members",
                List.of("jo.lead@cumbria.gov.uk"),
                "cadence",
                Map.of(
                        "kind",
                        "EVERY_MONTHS",
                        "every",
                        2,
                        "from",
                        "2020-01-15",
                        "until",
                        "2020-05-15"));
    }

    @Test
    void aBoardsChange_isOneTransaction_withTheInspectionsVersionCheck_andItsReportDeadlines() {
        dynamo.requests.clear();

        service.saveBoard(
                id.value(), "improvement-board", request(improvementBoard(), Optional.of("k-1")));

        List<Put> puts = dynamo.requests.putsOfTheOnlyTransaction();
        assertThat(puts)
                .extracting(put -> put.item().get("SK").s())
                .containsExactly(
                        "#INSPECTION",
                        "#PLAN",
                        "EVENT#000003",
                        "DEADLINE#BOARD_REPORT-improvement-board-2020-01-15",
                        "DEADLINE#BOARD_REPORT-improvement-board-2020-03-15",
                        "DEADLINE#BOARD_REPORT-improvement-board-2020-05-15",
                        "PLAN-IDEMPOTENCY#k-1");
        assertThat(puts.get(0).conditionExpression()).isEqualTo("#version = :previousVersion");
        assertThat(puts.get(0).expressionAttributeValues())
                .isEqualTo(Map.of(":previousVersion", AttributeValue.fromN("2")));
        assertThat(puts.get(1).conditionExpression()).isNull();
        assertThat(puts.get(2).conditionExpression()).isEqualTo("attribute_not_exists(PK)");
        assertThat(puts.get(6).conditionExpression()).isEqualTo("attribute_not_exists(PK)");
    }

    @Test
    void aPlan_readsBackAsWritten_andItsReportsAreDeadlinesOfTheInspection() {
        service.saveBoard(
                id.value(), "improvement-board", request(improvementBoard(), Optional.empty()));
        service.addMeasure(
                id.value(),
                request(
                        Map.of(
                                "weakness", 2,
                                "name", "EHC plans issued within 20 weeks",
                                "unit", "%",
                                "direction", "HIGHER_IS_BETTER",
                                "baseline", 31.5,
                                "baselineOn", "2019-05-01",
                                "target", 80),
                        Optional.empty()));
        service.recordMeasureValue(
                id.value(),
                "measure-1",
                request(Map.of("on", "2019-12-31", "value", "44.25"), Optional.empty()));
        service.recordBoardReport(
                id.value(),
                "improvement-board",
                request(
                        Map.of("dueOn", "2020-01-15", "presentedOn", "2020-01-06"),
                        Optional.empty()));

        ImprovementPlan plan = plans.find(id);
        Inspection inspection = inspections.find(id).orElseThrow();

        assertThat(plan.version()).isEqualTo(inspection.version());
        assertThat(plan.board("improvement-board").orElseThrow().cadence().describe())
                .isEqualTo("every 2 months from 15 January 2020 until 15 May 2020");
        assertThat(plan.measure("measure-1").orElseThrow().values())
                .singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(new BigDecimal("44.25")));
        assertThat(plan.measure("measure-1").orElseThrow().baseline())
                .isEqualTo(new BigDecimal("31.5"));
        assertThat(
                        inspection.deadlines().stream()
                                .filter(d -> d.kind() == DeadlineKind.BOARD_REPORT)
                                .map(Deadline::metOn))
                .containsExactly(LocalDate.of(2020, 1, 6), null, null);
        assertThat(inspections.history(id))
                .extracting(e -> e.type())
                .containsExactly(
                        "INSPECTION_CREATED",
                        "REPORT_RECEIVED",
                        "BOARD_SAVED",
                        "MEASURE_ADDED",
                        "MEASURE_VALUE_RECORDED",
                        "BOARD_REPORT_PRESENTED");
    }

    @Test
    void aRetriedChange_isAnsweredFromItsIdempotencyRecord_andWrittenOnce() {
        Result<Changed> first =
                service.saveBoard(
                        id.value(),
                        "improvement-board",
                        request(improvementBoard(), Optional.of("k-1")));

        Result<Changed> retried =
                service.saveBoard(
                        id.value(),
                        "improvement-board",
                        request(improvementBoard(), Optional.of("k-1")));

        Changed answer = ((Result.Ok<Changed>) first).value();
        assertThat(retried).isEqualTo(Result.ok(new Changed(answer.plan(), answer.event(), true)));
        assertThat(inspections.history(id)).hasSize(3);
        assertThat(plans.find(new InspectionId("cumbria-2000-01-03")))
                .isEqualTo(ImprovementPlan.empty(new InspectionId("cumbria-2000-01-03")));
    }

    @Test
    void aStaleVersion_writesNothing() {
        long version = inspections.find(id).orElseThrow().version();

        Result<Changed> stale =
                service.addAction(
                        id.value(),
                        new ImprovementService.Request(
                                Map.of(
                                        "weakness",
                                        1,
                                        "title",
                                        "t",
                                        "owner",
                                        "o",
                                        "dueOn",
                                        "2020-03-01"),
                                Optional.of(version - 1),
                                Optional.empty(),
                                OFFICER));

        assertThat(stale)
                .isEqualTo(Result.refused(new Rejection.StaleVersion(version - 1, version)));
        assertThat(plans.find(id).actions()).isEmpty();
        assertThat(inspections.history(id)).hasSize(2);
    }

    private static Map<String, Object> weeklyBoard(String until) {
        return weeklyBoard(until, "Weekly SEND Board");
    }

    /** Boards of one plan have different names. */
    private static Map<String, Object> weeklyBoard(String until, String name) {
        return Map.of(
                "name",
                name,
                "kind",
                "IMPROVEMENT_BOARD",
                "cadence",
                Map.of("kind", "EVERY_WEEKS", "every", 1, "from", "2020-01-13", "until", until));
    }

    /**
     * A board reporting every week for two years: more deadline items than one transaction holds.
     */
    private Inspection withAWeeklyBoardForTwoYears() {
        Result<Changed> saved =
                service.saveBoard(
                        id.value(),
                        "weekly",
                        request(weeklyBoard("2021-12-27"), Optional.of("weekly-1")));
        assertThat(saved).isInstanceOf(Result.Ok.class);
        Inspection inspection = inspections.find(id).orElseThrow();
        assertThat(inspection.deadlines()).hasSizeGreaterThan(InspectionWrites.MOST_ITEMS);
        return inspection;
    }

    @Test
    void aBoardWithMoreReportsThanATransactionHolds_isSavedInParts_everyReportIndexed() {
        dynamo.requests.clear();

        Inspection inspection = withAWeeklyBoardForTwoYears();

        List<TransactWriteItemsRequest> sent =
                dynamo.requests.ofType(TransactWriteItemsRequest.class);
        assertThat(sent).hasSizeGreaterThan(1);
        assertThat(sent.get(0).transactItems())
                .hasSize(InspectionWrites.MOST_ITEMS)
                .extracting(item -> item.put() == null ? "update" : item.put().item().get("SK").s())
                .contains("#INSPECTION", "#PLAN", "PLAN-IDEMPOTENCY#weekly-1", "update");
        sent.stream()
                .skip(1)
                .forEach(
                        part ->
                                assertThat(part.transactItems())
                                        .last()
                                        .satisfies(
                                                check ->
                                                        assertThat(
                                                                        check.conditionCheck()
                                                                                .expressionAttributeValues())
                                                                .containsEntry(
                                                                        ":version",
                                                                        AttributeValue.fromN(
                                                                                Long.toString(
                                                                                        inspection
                                                                                                .version())))));
        assertThat(storedDeadlineItems()).isEqualTo(deadlineItemsOf(inspection));
        assertThat(digest())
                .isEqualTo(fromIndex())
                .hasSize(inspection.outstandingDeadlines().size());
    }

    @Test
    void aSmallBoard_addsItsReportsToTheAreasDigest() {
        service.saveBoard(
                id.value(), "improvement-board", request(improvementBoard(), Optional.empty()));

        assertThat(digest())
                .isEqualTo(fromIndex())
                .extracting(OutstandingDeadline::kind)
                .contains(DeadlineKind.BOARD_REPORT);
    }

    @Test
    void removals_readBackAsWritten_theBoardsReportsLeaveTheDigest_andRetiredIdsStayRetired() {
        service.saveBoard(
                id.value(), "improvement-board", request(improvementBoard(), Optional.empty()));
        service.addAction(
                id.value(),
                request(
                        Map.of(
                                "weakness", 2,
                                "title", "Audit every plan",
                                "owner", "Head of SEND",
                                "dueOn", "2020-03-31"),
                        Optional.empty()));

        assertThat(
                        service.removeAction(
                                id.value(), "action-1", request(Map.of(), Optional.empty())))
                .isInstanceOf(Result.Ok.class);
        assertThat(
                        service.removeBoard(
                                id.value(),
                                "improvement-board",
                                request(Map.of(), Optional.empty())))
                .isInstanceOf(Result.Ok.class);

        ImprovementPlan plan = plans.find(id);
        Inspection inspection = inspections.find(id).orElseThrow();
        assertThat(plan.version()).isEqualTo(inspection.version());
        assertThat(plan.boards()).isEmpty();
        assertThat(plan.actions()).isEmpty();
        assertThat(plan.retired()).containsExactly("action-1");
        assertThat(inspection.outstandingDeadlines())
                .noneMatch(d -> d.kind() == DeadlineKind.BOARD_REPORT);
        assertThat(digest())
                .isEqualTo(fromIndex())
                .extracting(OutstandingDeadline::kind)
                .doesNotContain(DeadlineKind.BOARD_REPORT);
        RecordedEvent removed = inspections.history(id).get(inspections.history(id).size() - 1);
        assertThat(removed.type()).isEqualTo("BOARD_REMOVED");
        assertThat(removed.details().object("removed").orElseThrow().text("name"))
                .contains("SEND Improvement Board");

        service.addAction(
                id.value(),
                request(
                        Map.of(
                                "weakness", 2,
                                "title", "Audit every plan again",
                                "owner", "Head of SEND",
                                "dueOn", "2020-03-31"),
                        Optional.empty()));
        assertThat(plans.find(id).actions()).extracting(a -> a.id()).containsExactly("action-2");
    }

    /**
     * Each weekly board adds 105 deadlines to the inspection's item; the board that would take it
     * past DynamoDB's 400 KB is refused in words, before anything is written.
     */
    @Test
    void aChangeThatWouldOutgrowTheStoresLargestItem_isRefused_andWritesNothing() {
        Result<Changed> saved = null;
        Inspection before = null;
        Map<String, Map<String, AttributeValue>> items = null;
        for (int board = 1; board <= 20 && (saved == null || saved.isOk()); board++) {
            before = inspections.find(id).orElseThrow();
            items = storedDeadlineItems();
            saved =
                    service.saveBoard(
                            id.value(),
                            "weekly-" + board,
                            request(
                                    weeklyBoard("2021-12-27", "Weekly SEND Board " + board),
                                    Optional.empty()));
        }

        assertThat(saved)
                .isEqualTo(Result.refused(new Rejection.Conflict(ImprovementService.TOO_LARGE)));
        assertThat(inspections.find(id).orElseThrow()).isEqualTo(before);
        assertThat(storedDeadlineItems()).isEqualTo(items);
        assertThat(plans.find(id).version()).isEqualTo(before.version());
        assertThat(digest()).isEqualTo(fromIndex());
    }

    /**
     * The area's digest holds every outstanding deadline of its inspections; a change that would
     * take it past 400 KB (which only DynamoDB can measure: the change is an update) is refused in
     * words.
     */
    @Test
    void aChangeThatWouldOutgrowTheAreasDigest_isRefused_andWritesNothing() {
        Map<String, AttributeValue> full = new HashMap<>(AreaDigests.key(new AreaId("cumbria")));
        full.put("padding", AttributeValue.fromS("x".repeat(409_500)));
        dynamo.client.putItem(b -> b.tableName(dynamo.table.value()).item(full));
        Inspection before = inspections.find(id).orElseThrow();

        Result<Changed> saved =
                service.saveBoard(
                        id.value(),
                        "improvement-board",
                        request(improvementBoard(), Optional.empty()));

        assertThat(saved)
                .isEqualTo(Result.refused(new Rejection.Conflict(ImprovementService.TOO_LARGE)));
        assertThat(inspections.find(id).orElseThrow()).isEqualTo(before);
        assertThat(storedDeadlineItems()).isEqualTo(deadlineItemsOf(before));
    }

    @Test
    void aChangeOfStage_ofAnInspectionWithMoreDeadlinesThanATransactionHolds_reachesEveryItem() {
        Inspection before = withAWeeklyBoardForTwoYears();
        Inspection after = before.change().stage(Stage.WSOA_UNDER_REVIEW).recordedAt(Recording.NOW);

        inspections.update(before, after, Recording.testChange(after), Optional.empty());

        Inspection stored = inspections.find(id).orElseThrow();
        assertThat(stored.stage()).isEqualTo(Stage.WSOA_UNDER_REVIEW);
        assertThat(storedDeadlineItems()).isEqualTo(deadlineItemsOf(stored));
        assertThat(
                        index.dueBetween(
                                LocalDate.of(2020, 1, 1),
                                LocalDate.of(2022, 1, 1),
                                Optional.empty()))
                .hasSizeGreaterThan(InspectionWrites.MOST_ITEMS)
                .allMatch(entry -> entry.stage() == Stage.WSOA_UNDER_REVIEW);
        assertThat(digest()).isEqualTo(fromIndex());
    }

    @Test
    void aChangeInPartsFromAStaleVersion_writesNothing() {
        Inspection before = withAWeeklyBoardForTwoYears();
        Map<String, Map<String, AttributeValue>> items = storedDeadlineItems();
        Inspection after = before.change().stage(Stage.WSOA_UNDER_REVIEW).recordedAt(Recording.NOW);
        Inspection noted =
                before.change()
                        .keyDate("noted", LocalDate.of(2020, 1, 6))
                        .recordedAt(Recording.NOW);
        inspections.update(before, noted, Recording.testChange(noted), Optional.empty());

        assertThatThrownBy(
                        () ->
                                inspections.update(
                                        before,
                                        after,
                                        Recording.testChange(after),
                                        Optional.empty()))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThat(storedDeadlineItems()).isEqualTo(items);
        assertThat(inspections.find(id).orElseThrow().stage()).isEqualTo(before.stage());
    }

    @Test
    void aPlanStoredBeforeRemovalsExisted_readsWithNoRetiredIds() {
        service.addAction(
                id.value(),
                request(
                        Map.of(
                                "weakness", 2,
                                "title", "Audit every plan",
                                "owner", "Head of SEND",
                                "dueOn", "2020-03-31"),
                        Optional.empty()));
        Map<String, AttributeValue> key =
                Map.of(
                        "PK", AttributeValue.fromS(TableKeys.inspection(id)),
                        "SK", AttributeValue.fromS(TableKeys.PLAN_ITEM));
        Map<String, AttributeValue> item =
                new HashMap<>(
                        dynamo.client
                                .getItem(b -> b.tableName(dynamo.table.value()).key(key))
                                .item());
        String body = item.get(TableLayout.BODY).s();
        assertThat(body).contains(",\"retired\":[]");
        // the body as stop 24 wrote it: no "retired" at all
        item.put(TableLayout.BODY, AttributeValue.fromS(body.replace(",\"retired\":[]", "")));
        dynamo.client.putItem(b -> b.tableName(dynamo.table.value()).item(item));

        ImprovementPlan plan = plans.find(id);

        assertThat(plan.retired()).isEmpty();
        assertThat(plan.actions()).extracting(a -> a.id()).containsExactly("action-1");
    }

    @Test
    void deadlineItemsLeftBehind_arePutRightByTheInspectionsNextChange() {
        Inspection before = withAWeeklyBoardForTwoYears();
        leaveItemsBehind(before);

        Inspection noted =
                before.change()
                        .keyDate("noted", LocalDate.of(2020, 1, 6))
                        .recordedAt(Recording.NOW);
        inspections.update(before, noted, Recording.testChange(noted), Optional.empty());

        assertThat(storedDeadlineItems()).isEqualTo(deadlineItemsOf(noted));
    }

    @Test
    void deadlineItemsLeftBehind_arePutRightBySettling_withNoOtherChange() {
        // the reconcile, or a retry of the change with its key, settles the inspection: the items
        // left behind by a function stopped between the parts no longer wait for its next change
        Inspection before = withAWeeklyBoardForTwoYears();
        leaveItemsBehind(before);
        assertThat(storedDeadlineItems()).isNotEqualTo(deadlineItemsOf(before));

        inspections.settle(inspections.find(id).orElseThrow());

        assertThat(storedDeadlineItems()).isEqualTo(deadlineItemsOf(before));
        assertThat(inspections.find(id).orElseThrow().version()).isEqualTo(before.version());
    }

    /** As if the function had stopped between the parts of a change: items stale, gone, stray. */
    private void leaveItemsBehind(Inspection before) {
        List<Map<String, AttributeValue>> items = List.copyOf(storedDeadlineItems().values());
        for (int i = 0; i < 30; i++) {
            Map<String, AttributeValue> item = items.get(i * 3);
            if (i % 2 == 0) {
                dynamo.client.deleteItem(
                        b ->
                                b.tableName(dynamo.table.value())
                                        .key(Map.of("PK", item.get("PK"), "SK", item.get("SK"))));
            } else {
                Map<String, AttributeValue> stale = new HashMap<>(item);
                stale.put(
                        TableLayout.BODY,
                        AttributeValue.fromS(
                                item.get(TableLayout.BODY)
                                        .s()
                                        .replace(before.stage().name(), "AWAITING_REPORT")));
                dynamo.client.putItem(b -> b.tableName(dynamo.table.value()).item(stale));
            }
        }
        Map<String, AttributeValue> strayItem = new HashMap<>(items.get(1));
        strayItem.put("SK", AttributeValue.fromS("DEADLINE#GONE"));
        dynamo.client.putItem(b -> b.tableName(dynamo.table.value()).item(strayItem));
    }

    @Test
    void aLaterChangeBetweenTheParts_leavesTheItemsAsTheLaterChangeMadeThem() {
        Inspection before = withAWeeklyBoardForTwoYears();
        DynamoDbInspections interleaved =
                new DynamoDbInspections(
                        afterTheFirstFullTransaction(
                                () -> {
                                    Inspection first = inspections.find(id).orElseThrow();
                                    Inspection later =
                                            first.change()
                                                    .meet(
                                                            DeadlineKind.BOARD_REPORT,
                                                            LocalDate.of(2020, 1, 10))
                                                    .recordedAt(Recording.NOW);
                                    inspections.update(
                                            first,
                                            later,
                                            Recording.testChange(later),
                                            Optional.empty());
                                }),
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        Inspection after = before.change().stage(Stage.WSOA_UNDER_REVIEW).recordedAt(Recording.NOW);

        interleaved.update(before, after, Recording.testChange(after), Optional.empty());

        Inspection latest = inspections.find(id).orElseThrow();
        assertThat(latest.version()).isEqualTo(after.version() + 1);
        assertThat(latest.stage()).isEqualTo(Stage.WSOA_UNDER_REVIEW);
        assertThat(storedDeadlineItems()).isEqualTo(deadlineItemsOf(latest));
        assertThat(digest()).isEqualTo(fromIndex());
    }

    /**
     * The table's client, which makes {@code laterChange} once, right after the first transaction
     * of {@value InspectionWrites#MOST_ITEMS} items (the first part of a change written in parts).
     */
    private DynamoDbClient afterTheFirstFullTransaction(Runnable laterChange) {
        DynamoDbClient client = dynamo.client;
        return new DynamoDbClient() {
            private boolean done;

            @Override
            public TransactWriteItemsResponse transactWriteItems(
                    TransactWriteItemsRequest request) {
                TransactWriteItemsResponse response = client.transactWriteItems(request);
                if (!done && request.transactItems().size() == InspectionWrites.MOST_ITEMS) {
                    done = true;
                    laterChange.run();
                }
                return response;
            }

            @Override
            public QueryResponse query(QueryRequest request) {
                return client.query(request);
            }

            @Override
            public GetItemResponse getItem(GetItemRequest request) {
                return client.getItem(request);
            }

            @Override
            public String serviceName() {
                return client.serviceName();
            }

            @Override
            public void close() {}
        };
    }

    /** The inspection's {@code DEADLINE#} items as stored, by sort key. */
    private Map<String, Map<String, AttributeValue>> storedDeadlineItems() {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        dynamo.client
                .queryPaginator(
                        b ->
                                b.tableName(dynamo.table.value())
                                        .consistentRead(true)
                                        .keyConditionExpression("PK = :pk AND begins_with(SK, :d)")
                                        .expressionAttributeValues(
                                                Map.of(
                                                        ":pk",
                                                        AttributeValue.fromS(
                                                                DynamoDbInspections.pk(id)),
                                                        ":d",
                                                        AttributeValue.fromS("DEADLINE#"))))
                .items()
                .forEach(item -> items.put(item.get("SK").s(), item));
        return items;
    }

    /** The items {@code inspection}'s deadlines make, by sort key. */
    private static Map<String, Map<String, AttributeValue>> deadlineItemsOf(Inspection inspection) {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        inspection
                .deadlines()
                .forEach(
                        d ->
                                items.put(
                                        TableKeys.deadline(d.id()),
                                        DynamoDbInspections.deadlineItem(inspection, d)));
        return items;
    }

    private List<OutstandingDeadline> digest() {
        return index.outstandingDigest().orElseThrow();
    }

    private List<OutstandingDeadline> fromIndex() {
        return Recording.outstandingFromIndex(index);
    }
}
