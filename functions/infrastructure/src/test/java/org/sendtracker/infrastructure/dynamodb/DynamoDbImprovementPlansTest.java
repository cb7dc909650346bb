package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.created;
import static org.sendtracker.infrastructure.dynamodb.Recording.reportReceived;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;

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
}
