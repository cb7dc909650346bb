package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.testChange;
import static org.sendtracker.infrastructure.dynamodb.Recording.withRevisitDeadlines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.application.DeadlineIndex;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Deadlines by due date, read from the ByDate index one year partition at a time, or from an area's
 * collection.
 */
class DynamoDbDeadlineIndexTest {
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());

    private LocalDynamoDb dynamo;
    private DynamoDbInspections inspections;
    private DynamoDbDeadlineIndex index;

    @BeforeEach
    void freshTable() {
        dynamo = LocalDynamoDb.withFreshTable();
        inspections =
                new DynamoDbInspections(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        index =
                new DynamoDbDeadlineIndex(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table));
        // two areas, deadlines either side of two new years, stored out of date order
        withRevisitDeadlines(inspections, "cumbria", "2020-01-01", "2021-01-01");
        withRevisitDeadlines(inspections, "durham", "2019-12-31", "2020-06-30", "2020-01-01");
        dynamo.requests.clear();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void rangeAcrossTwoNewYears_queriesEachYearsPartition_andComesInDueDateOrder() {
        List<DeadlineEntry> found =
                index.dueBetween(
                        LocalDate.of(2019, 12, 31), LocalDate.of(2021, 1, 1), Optional.empty());

        assertThat(Recording.describe(found))
                .containsExactly(
                        "2019-12-31 durham-2019-03-18 REVISIT",
                        "2020-01-01 cumbria-2019-03-18 REVISIT",
                        "2020-01-01 durham-2019-03-18 REVISIT-3",
                        "2020-06-30 durham-2019-03-18 REVISIT-2",
                        "2021-01-01 cumbria-2019-03-18 REVISIT-2");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(
                        QueryRequest::indexName, q -> q.expressionAttributeValues().get(":pk").s())
                .containsExactly(
                        Tuple.tuple("ByDate", "DUE#2019"),
                        Tuple.tuple("ByDate", "DUE#2020"),
                        Tuple.tuple("ByDate", "DUE#2021"));
        assertThat(dynamo.requests.ofType(ScanRequest.class)).isEmpty();
    }

    @Test
    void latestDue_readsBackwardsFromTheLastYear_andStopsOnceItHasFoundEnough() {
        List<DeadlineEntry> found =
                index.latestDue(
                        LocalDate.of(2019, 12, 31),
                        LocalDate.of(2021, 1, 1),
                        Optional.empty(),
                        entry -> entry.inspectionId().value().startsWith("durham"),
                        1);

        assertThat(Recording.describe(found))
                .containsExactly("2020-06-30 durham-2019-03-18 REVISIT-2");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(
                        q -> q.expressionAttributeValues().get(":pk").s(),
                        QueryRequest::scanIndexForward)
                .containsExactly(Tuple.tuple("DUE#2021", false), Tuple.tuple("DUE#2020", false));
    }

    @Test
    void latestDue_inOneArea_isItsCollectionBackwards_toTheStartOfTheRange() {
        List<DeadlineEntry> found =
                index.latestDue(
                        LocalDate.of(2019, 1, 1),
                        LocalDate.of(2020, 12, 31),
                        Optional.of(new AreaId("durham")),
                        entry -> true,
                        10);

        assertThat(Recording.describe(found))
                .containsExactly(
                        "2020-06-30 durham-2019-03-18 REVISIT-2",
                        "2020-01-01 durham-2019-03-18 REVISIT-3",
                        "2019-12-31 durham-2019-03-18 REVISIT");
    }

    @Test
    void rangeEndingOnNewYearsDay_includesBothDaysOfTheBoundary() {
        List<DeadlineEntry> found =
                index.dueBetween(
                        LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1), Optional.empty());

        assertThat(Recording.describe(found))
                .containsExactly(
                        "2019-12-31 durham-2019-03-18 REVISIT",
                        "2020-01-01 cumbria-2019-03-18 REVISIT",
                        "2020-01-01 durham-2019-03-18 REVISIT-3");
    }

    @Test
    void oneArea_isOneQueryOfItsCollection_acrossYears() {
        List<DeadlineEntry> found =
                index.dueBetween(
                        LocalDate.of(2019, 1, 1),
                        LocalDate.of(2020, 12, 31),
                        Optional.of(new AreaId("durham")));

        assertThat(Recording.describe(found))
                .containsExactly(
                        "2019-12-31 durham-2019-03-18 REVISIT",
                        "2020-01-01 durham-2019-03-18 REVISIT-3",
                        "2020-06-30 durham-2019-03-18 REVISIT-2");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .singleElement()
                .satisfies(query -> assertThat(query.indexName()).isEqualTo("ByArea"));
    }

    @Test
    void anOverriddenDueDate_movesTheDeadlineInTheIndex() {
        // given cumbria's 1 January 2020 deadline moved to 15 March 2020
        Inspection current =
                inspections
                        .find(aCumbriaLikeInspectionAwaitingReport("cumbria").id())
                        .orElseThrow();
        Inspection moved =
                current.change()
                        .deadline(
                                "REVISIT",
                                d ->
                                        d.overridden(
                                                LocalDate.of(2020, 3, 15),
                                                "agreed with DfE",
                                                Recording.NOW))
                        .recordedAt(Recording.NOW);
        inspections.update(current, moved, testChange(moved), Optional.empty());

        // then it is found at its new date only
        assertThat(
                        Recording.describe(
                                index.dueBetween(
                                        LocalDate.of(2020, 1, 1),
                                        LocalDate.of(2020, 3, 31),
                                        Optional.empty())))
                .containsExactly(
                        "2020-01-01 durham-2019-03-18 REVISIT-3",
                        "2020-03-15 cumbria-2019-03-18 REVISIT");
    }

    @Test
    void outstanding_readsOnlyDeadlinesStillToDo_fromTheOpenDeadlinesIndex_howeverOld() {
        // given cumbria's 1 January 2020 deadline met and durham's 30 June 2020 one cancelled
        change("cumbria", "REVISIT", d -> d.met(LocalDate.of(2019, 12, 20), CALENDAR));
        change("durham", "REVISIT-2", Deadline::cancel);
        dynamo.requests.clear();

        List<DeadlineEntry> found =
                index.outstandingDueBy(LocalDate.of(2020, 12, 31), Optional.empty());

        assertThat(Recording.describe(found))
                .containsExactly(
                        "2019-12-31 durham-2019-03-18 REVISIT",
                        "2020-01-01 durham-2019-03-18 REVISIT-3");
        QueryRequest query = dynamo.requests.ofType(QueryRequest.class).get(0);
        assertThat(query.indexName()).isEqualTo("OpenDeadlines");
        assertThat(query.keyConditionExpression()).isEqualTo("#pk = :pk AND #sk < :high");
        assertThat(dynamo.client.query(query.toBuilder().build()).scannedCount())
                .as("items read")
                .isEqualTo(2);
    }

    @Test
    void outstanding_inOneArea_readsThatAreasOwnDeadlines_notEveryAreasOutstanding() {
        change("cumbria", "REVISIT-2", Deadline::cancel);
        dynamo.requests.clear();

        List<DeadlineEntry> found =
                index.outstandingDueBy(
                        LocalDate.of(2021, 1, 1), Optional.of(new AreaId("cumbria")));

        assertThat(Recording.describe(found))
                .containsExactly("2020-01-01 cumbria-2019-03-18 REVISIT");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(QueryRequest::indexName)
                .containsOnly("ByArea");
    }

    @Test
    void aMetDeadline_leavesTheOpenDeadlinesIndex_inTheSameTransaction() {
        change("cumbria", "REVISIT", d -> d.met(LocalDate.of(2019, 12, 20), CALENDAR));

        assertThat(dynamo.requests.putsOfTheOnlyTransaction())
                .filteredOn(put -> put.item().get("SK").s().equals("DEADLINE#REVISIT"))
                .singleElement()
                .satisfies(
                        put ->
                                assertThat(put.item())
                                        .doesNotContainKeys("GSI3PK", "GSI3SK")
                                        .containsKeys("GSI2PK", "GSI2SK"));
    }

    @Test
    void pages_acrossYearPartitions_resumeAfterTheLastPosition_withoutGapOrRepeat() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);
        List<String> all = Recording.describe(index.dueBetween(from, to, Optional.empty()));
        List<String> paged = new ArrayList<>();
        Optional<DeadlineIndex.Position> after = Optional.empty();
        for (int pages = 0; pages < 10; pages++) {
            List<DeadlineEntry> page = index.dueBetween(from, to, Optional.empty(), after, 2);
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            paged.addAll(Recording.describe(page));
            if (page.size() < 2) {
                break;
            }
            after = Optional.of(DeadlineIndex.Position.of(page.get(page.size() - 1)));
        }

        assertThat(all).hasSize(5);
        assertThat(paged).isEqualTo(all);
    }

    @Test
    void pages_ofOneArea_resumeAfterTheLastPosition() {
        LocalDate from = LocalDate.of(2019, 1, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);
        Optional<AreaId> durham = Optional.of(new AreaId("durham"));
        List<DeadlineEntry> first = index.dueBetween(from, to, durham, Optional.empty(), 2);
        List<DeadlineEntry> second =
                index.dueBetween(
                        from, to, durham, Optional.of(DeadlineIndex.Position.of(first.get(1))), 2);

        assertThat(Recording.describe(first))
                .containsExactly(
                        "2019-12-31 durham-2019-03-18 REVISIT",
                        "2020-01-01 durham-2019-03-18 REVISIT-3");
        assertThat(Recording.describe(second))
                .containsExactly("2020-06-30 durham-2019-03-18 REVISIT-2");
    }

    /** The interface's own reading, one part after the other, of the same index. */
    private DeadlineIndex oneByOne() {
        return new DeadlineIndex() {
            @Override
            public List<DeadlineEntry> dueBetween(
                    LocalDate from, LocalDate to, Optional<AreaId> area) {
                return index.dueBetween(from, to, area);
            }

            @Override
            public List<DeadlineEntry> dueBetween(
                    LocalDate from,
                    LocalDate to,
                    Optional<AreaId> area,
                    Optional<Position> after,
                    int limit) {
                return index.dueBetween(from, to, area, after, limit);
            }

            @Override
            public List<DeadlineEntry> outstandingDueBy(LocalDate to, Optional<AreaId> area) {
                return index.outstandingDueBy(to, area);
            }
        };
    }

    @Test
    void outstandingThenRange_readAtOnce_isExactlyWhatOneByOneReads_inTheSameOrder() {
        // given one old deadline met (so it drops out below the range) and more in later years
        change("cumbria", "REVISIT", d -> d.met(LocalDate.of(2019, 12, 20), CALENDAR));
        withRevisitDeadlines(inspections, "essex", "2020-03-31", "2020-04-01", "2022-02-28");
        LocalDate from = LocalDate.of(2020, 2, 1);
        LocalDate to = LocalDate.of(2022, 3, 31);

        for (Optional<AreaId> area :
                List.of(
                        Optional.<AreaId>empty(),
                        Optional.of(new AreaId("durham")),
                        Optional.of(new AreaId("essex")))) {
            List<String> oneByOne =
                    Recording.describe(oneByOne().outstandingBeforeThenDueBetween(from, to, area));
            assertThat(Recording.describe(index.outstandingBeforeThenDueBetween(from, to, area)))
                    .as("area %s", area)
                    .isNotEmpty()
                    .isEqualTo(oneByOne);
        }
        assertThat(
                        Recording.describe(
                                index.outstandingBeforeThenDueBetween(from, to, Optional.empty())))
                .containsExactly(
                        "2019-12-31 durham-2019-03-18 REVISIT",
                        "2020-01-01 durham-2019-03-18 REVISIT-3",
                        "2020-03-31 essex-2019-03-18 REVISIT",
                        "2020-04-01 essex-2019-03-18 REVISIT-2",
                        "2020-06-30 durham-2019-03-18 REVISIT-2",
                        "2021-01-01 cumbria-2019-03-18 REVISIT-2",
                        "2022-02-28 essex-2019-03-18 REVISIT-3");
    }

    @Test
    void outstandingThenRange_readsTheFirstPageOfEachYearPartition_withTheOutstanding() {
        dynamo.requests.clear();

        index.outstandingBeforeThenDueBetween(
                LocalDate.of(2019, 11, 15), LocalDate.of(2020, 5, 1), Optional.empty());

        // a part of a page or less: the queries reading part after part would send, no more
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(
                        QueryRequest::indexName,
                        q -> q.expressionAttributeValues().get(":pk").s(),
                        q ->
                                q.expressionAttributeValues().containsKey(":low")
                                        ? q.expressionAttributeValues().get(":low").s()
                                        : "",
                        q -> q.expressionAttributeValues().get(":high").s())
                .containsExactlyInAnyOrder(
                        Tuple.tuple("OpenDeadlines", "OUTSTANDING", "", "2019-11-14#~"),
                        Tuple.tuple("ByDate", "DUE#2019", "2019-11-15", "2019-12-31#~"),
                        Tuple.tuple("ByDate", "DUE#2020", "2020-01-01", "2020-05-01#~"));
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .allSatisfy(
                        query -> {
                            assertThat(query.projectionExpression()).isEqualTo("#body");
                            assertThat(query.expressionAttributeNames())
                                    .containsEntry("#body", "body");
                        });
        assertThat(dynamo.requests.ofType(ScanRequest.class)).isEmpty();
    }

    @Test
    void aPartOfManyPages_isReadInSpansAtOnce_andGivesExactlyWhatOneByOneReads() {
        // given pages of two items, and many deadlines in 2020 for two areas
        DynamoDbDeadlineIndex smallPages =
                new DynamoDbDeadlineIndex(
                        dynamo.client,
                        dynamo.table,
                        new OpenIndexesBackfill(dynamo.client, dynamo.table),
                        2);
        withRevisitDeadlines(
                inspections,
                "essex",
                "2020-02-03",
                "2020-02-03",
                "2020-03-09",
                "2020-05-01",
                "2020-07-31",
                "2020-09-01",
                "2020-12-31",
                "2021-03-01");
        withRevisitDeadlines(inspections, "kent", "2020-02-04", "2020-08-15", "2020-12-30");
        change("cumbria", "REVISIT", d -> d.met(LocalDate.of(2019, 12, 20), CALENDAR));
        LocalDate from = LocalDate.of(2020, 1, 15);
        LocalDate to = LocalDate.of(2021, 6, 30);

        for (Optional<AreaId> area :
                List.of(Optional.<AreaId>empty(), Optional.of(new AreaId("essex")))) {
            List<String> oneByOne =
                    Recording.describe(oneByOne().outstandingBeforeThenDueBetween(from, to, area));
            dynamo.requests.clear();
            List<String> atOnce =
                    Recording.describe(smallPages.outstandingBeforeThenDueBetween(from, to, area));

            assertThat(atOnce).as("area %s", area).isEqualTo(oneByOne).doesNotHaveDuplicates();
            assertThat(dynamo.requests.ofType(QueryRequest.class))
                    .as("the rest of a part of many pages is read in spans")
                    .hasSizeGreaterThan(3);
        }
        assertThat(
                        Recording.describe(
                                smallPages.outstandingBeforeThenDueBetween(
                                        from, to, Optional.empty())))
                .hasSize(15)
                .startsWith(
                        "2019-12-31 durham-2019-03-18 REVISIT",
                        "2020-01-01 durham-2019-03-18 REVISIT-3",
                        "2020-02-03 essex-2019-03-18 REVISIT",
                        "2020-02-03 essex-2019-03-18 REVISIT-2",
                        "2020-02-04 kent-2019-03-18 REVISIT")
                .endsWith(
                        "2020-12-30 kent-2019-03-18 REVISIT-3",
                        "2020-12-31 essex-2019-03-18 REVISIT-7",
                        "2021-01-01 cumbria-2019-03-18 REVISIT-2",
                        "2021-03-01 essex-2019-03-18 REVISIT-8");
    }

    private void change(String area, String deadlineId, UnaryOperator<Deadline> update) {
        Inspection current =
                inspections.find(aCumbriaLikeInspectionAwaitingReport(area).id()).orElseThrow();
        Inspection next = current.change().deadline(deadlineId, update).recordedAt(Recording.NOW);
        dynamo.requests.clear();
        inspections.update(current, next, testChange(next), Optional.empty());
    }
}
