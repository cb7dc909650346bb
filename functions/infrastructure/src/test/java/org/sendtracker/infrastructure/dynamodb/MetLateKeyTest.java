package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sendtracker.infrastructure.dynamodb.Recording.aCumbriaLikeInspectionAwaitingReport;
import static org.sendtracker.infrastructure.dynamodb.Recording.testChange;
import static org.sendtracker.infrastructure.dynamodb.Recording.withRevisitDeadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The deadlines met late, read from their sparse {@code MET_LATE} key, are exactly those the
 * due-date index read backwards finds (same rows, same order), after corrections that meet a
 * deadline late, make it on time, un-meet it, re-date it or take it away; and the key is read with
 * a {@code Limit}, never the whole range.
 */
class MetLateKeyTest {
    private static final WorkingDayCalendar CALENDAR =
            new WorkingDayCalendar(new EnglandAndWalesBankHolidays());
    private static final LocalDate FROM = LocalDate.of(2026, 9, 28);
    private static final LocalDate TO = LocalDate.of(2026, 11, 23);
    private static final List<String> AREAS = List.of("cumbria", "durham", "essex", "kent");

    private LocalDynamoDb dynamo;
    private DynamoDbInspections inspections;
    private DynamoDbDeadlineIndex index;

    @BeforeEach
    void fourAreas_eachWithDeadlinesInAndAroundTheWindow_someMetLate() {
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
        for (String area : AREAS) {
            // REVISIT .. REVISIT-6: before the window, in it (four, two on one day), after it
            withRevisitDeadlines(
                    inspections,
                    area,
                    "2026-09-01",
                    "2026-09-28",
                    "2026-10-15",
                    "2026-11-02",
                    "2026-11-02",
                    "2026-11-20");
        }
        for (String area : AREAS) {
            change(
                    area,
                    "REVISIT",
                    d -> d.met(LocalDate.of(2026, 9, 10), CALENDAR)); // late, before
            change(area, "REVISIT-2", d -> d.met(LocalDate.of(2026, 10, 1), CALENDAR)); // late
            change(area, "REVISIT-3", d -> d.met(LocalDate.of(2026, 10, 14), CALENDAR)); // on time
            change(area, "REVISIT-4", d -> d.met(LocalDate.of(2026, 11, 5), CALENDAR)); // late
            change(area, "REVISIT-5", d -> d.met(LocalDate.of(2026, 11, 9), CALENDAR)); // late
            change(area, "REVISIT-6", d -> d.met(LocalDate.of(2026, 11, 23), CALENDAR)); // late
        }
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void metLate_byTheKey_isWhatTheDueDateIndexReadBackwardsFinds_sameRowsSameOrder() {
        for (int limit : List.of(1, 3, 7, 26, Integer.MAX_VALUE)) {
            assertSameAsTheOldRead(Optional.empty(), entry -> true, limit);
            assertSameAsTheOldRead(Optional.empty(), inAreas("durham", "kent"), limit);
            assertSameAsTheOldRead(Optional.of(new AreaId("essex")), entry -> true, limit);
        }
        assertThat(describe(index.latestMetLate(FROM, TO, Optional.empty(), e -> true, 6)))
                .containsExactly(
                        "2026-11-20 kent-2019-03-18 REVISIT-6",
                        "2026-11-20 essex-2019-03-18 REVISIT-6",
                        "2026-11-20 durham-2019-03-18 REVISIT-6",
                        "2026-11-20 cumbria-2019-03-18 REVISIT-6",
                        "2026-11-02 kent-2019-03-18 REVISIT-5",
                        "2026-11-02 kent-2019-03-18 REVISIT-4");
    }

    @Test
    void afterCorrections_theKeyFollowsTheDeadline_andStillAnswersAsTheOldRead() {
        // the met date withdrawn: outstanding again, out of the key
        change("cumbria", "REVISIT-6", MetLateKeyTest::unmet);
        // the met date corrected to on time, and one on time corrected to late
        change("durham", "REVISIT-6", d -> d.met(LocalDate.of(2026, 11, 19), CALENDAR));
        change("durham", "REVISIT-3", d -> d.met(LocalDate.of(2026, 10, 20), CALENDAR));
        // re-dated: one later than it was met (now on time), one met late moved out of the window
        change(
                "essex",
                "REVISIT-5",
                d -> d.overridden(LocalDate.of(2026, 11, 12), "date agreed", Recording.NOW));
        change(
                "essex",
                "REVISIT-2",
                d -> d.overridden(LocalDate.of(2026, 9, 20), "date agreed", Recording.NOW));
        // taken away by a withdrawal
        Inspection kent =
                inspections.find(aCumbriaLikeInspectionAwaitingReport("kent").id()).orElseThrow();
        Inspection b = kent.change().recordedAt(Recording.NOW);
        Inspection without =
                new Inspection(
                        b.id(),
                        b.areaId(),
                        b.framework(),
                        b.stage(),
                        b.version(),
                        b.notifiedOn(),
                        b.startsOn(),
                        b.endsOn(),
                        b.reportReceivedOn(),
                        b.reportPublishedOn(),
                        b.outcome(),
                        b.weaknesses(),
                        b.deadlines().stream().filter(d -> !d.id().equals("REVISIT-4")).toList(),
                        b.keyDates(),
                        b.lastEventOn(),
                        b.eventCount(),
                        b.createdAt(),
                        b.updatedAt());
        inspections.update(kent, without, testChange(without), Optional.empty());

        for (int limit : List.of(1, 4, 26, Integer.MAX_VALUE)) {
            assertSameAsTheOldRead(Optional.empty(), entry -> true, limit);
            assertSameAsTheOldRead(Optional.empty(), inAreas("cumbria", "essex"), limit);
        }
        assertThat(describe(index.latestMetLate(FROM, TO, Optional.empty(), e -> true, 100)))
                .containsExactly(
                        "2026-11-20 kent-2019-03-18 REVISIT-6",
                        "2026-11-20 essex-2019-03-18 REVISIT-6",
                        "2026-11-02 kent-2019-03-18 REVISIT-5",
                        "2026-11-02 essex-2019-03-18 REVISIT-4",
                        "2026-11-02 durham-2019-03-18 REVISIT-5",
                        "2026-11-02 durham-2019-03-18 REVISIT-4",
                        "2026-11-02 cumbria-2019-03-18 REVISIT-5",
                        "2026-11-02 cumbria-2019-03-18 REVISIT-4",
                        "2026-10-15 durham-2019-03-18 REVISIT-3",
                        "2026-09-28 kent-2019-03-18 REVISIT-2",
                        "2026-09-28 durham-2019-03-18 REVISIT-2",
                        "2026-09-28 cumbria-2019-03-18 REVISIT-2");
    }

    @Test
    void everyArea_readsTheKeyBackwards_oneQueryOfTheLimit_notTheWindow() {
        dynamo.requests.clear();

        List<DeadlineEntry> found = index.latestMetLate(FROM, TO, Optional.empty(), e -> true, 3);

        assertThat(found).hasSize(3);
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .singleElement()
                .satisfies(
                        query -> {
                            assertThat(query.indexName()).isEqualTo("OpenDeadlines");
                            assertThat(query.expressionAttributeValues().get(":pk").s())
                                    .isEqualTo("MET_LATE");
                            assertThat(query.scanIndexForward()).isFalse();
                            assertThat(query.limit()).isEqualTo(3);
                        });
    }

    @Test
    void oneArea_readsItsOwnCollectionBackwards_notTheOtherAreasMetLate() {
        dynamo.requests.clear();

        index.latestMetLate(FROM, TO, Optional.of(new AreaId("durham")), e -> true, 26);

        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .extracting(
                        QueryRequest::indexName, q -> q.expressionAttributeValues().get(":pk").s())
                .containsExactly(tuple("ByArea", "AREA#durham"));
    }

    private void assertSameAsTheOldRead(
            Optional<AreaId> area, Predicate<DeadlineEntry> keep, int limit) {
        List<String> byTheKey = describe(index.latestMetLate(FROM, TO, area, keep, limit));
        List<String> byTheDueDates =
                describe(
                        index.latestDue(
                                FROM,
                                TO,
                                area,
                                entry -> entry.deadline().isMetLate() && keep.test(entry),
                                limit));
        assertThat(byTheKey)
                .as("area %s, limit %d", area, limit)
                .isEqualTo(byTheDueDates)
                .isNotEmpty();
    }

    private static Predicate<DeadlineEntry> inAreas(String... areas) {
        Set<String> only = Set.of(areas);
        return entry -> only.contains(entry.areaId().value());
    }

    private static List<String> describe(List<DeadlineEntry> entries) {
        return Recording.describe(entries);
    }

    private static Deadline unmet(Deadline d) {
        return new Deadline(
                d.id(),
                d.kind(),
                d.dueOn(),
                d.computedDueOn(),
                d.overrideReason(),
                null,
                false,
                d.rule(),
                d.source(),
                d.owner(),
                d.escalateTo(),
                d.recordedAt(),
                d.setBy(),
                d.lateIn(),
                null);
    }

    private void change(String area, String deadlineId, UnaryOperator<Deadline> update) {
        Inspection current =
                inspections.find(aCumbriaLikeInspectionAwaitingReport(area).id()).orElseThrow();
        Inspection next = current.change().deadline(deadlineId, update).recordedAt(Recording.NOW);
        inspections.update(current, next, testChange(next), Optional.empty());
    }
}
