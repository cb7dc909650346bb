package org.sendtracker.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;
import org.sendtracker.testing.SettableClock;

/**
 * The deadlines query's range: the default one is never refused, an asked one is capped; what is
 * still to do is read from the outstanding deadlines only; pages carry a cursor.
 */
class DeadlineServiceTest {

    private final List<LocalDate[]> asked = new ArrayList<>();
    private final List<LocalDate> askedOutstanding = new ArrayList<>();
    private final List<Optional<DeadlineIndex.Position>> askedAfter = new ArrayList<>();

    private final DeadlineIndex index =
            new DeadlineIndex() {
                @Override
                public List<DeadlineEntry> dueBetween(
                        LocalDate from, LocalDate to, Optional<AreaId> area) {
                    asked.add(new LocalDate[] {from, to});
                    return List.of();
                }

                @Override
                public List<DeadlineEntry> dueBetween(
                        LocalDate from,
                        LocalDate to,
                        Optional<AreaId> area,
                        Optional<Position> after,
                        int limit) {
                    asked.add(new LocalDate[] {from, to});
                    askedAfter.add(after);
                    return List.of();
                }

                @Override
                public List<DeadlineEntry> outstandingDueBy(LocalDate to, Optional<AreaId> area) {
                    askedOutstanding.add(to);
                    return List.of();
                }
            };

    @Test
    void withoutDates_inAndAfter2030_coversEveryYearSinceTheFirstInspection_andIsNotRefused() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2031-06-02T09:00:00Z"));

        Result<List<DeadlineService.Due>> found = service.find(Map.of());

        assertThat(found).isInstanceOf(Result.Ok.class);
        assertThat(asked)
                .singleElement()
                .satisfies(
                        range -> {
                            assertThat(range[0]).isEqualTo(LocalDate.of(2016, 1, 1));
                            assertThat(range[1]).isEqualTo(LocalDate.of(2032, 6, 2));
                        });
    }

    @Test
    void fromADate_readsTheDueDatesFromIt_andOnlyTheOutstandingOnesBeforeIt() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2031-06-02T09:00:00Z"));

        service.dueFromOrOutstanding(
                LocalDate.of(2030, 6, 2), LocalDate.of(2031, 7, 28), Optional.empty());

        assertThat(asked)
                .singleElement()
                .satisfies(
                        range -> {
                            assertThat(range[0]).isEqualTo(LocalDate.of(2030, 6, 2));
                            assertThat(range[1]).isEqualTo(LocalDate.of(2031, 7, 28));
                        });
        assertThat(askedOutstanding).containsExactly(LocalDate.of(2030, 6, 1));
    }

    @Test
    void fromTheFirstPossibleDay_readsTheWholeRecordOnce_andNotTheOutstandingAgain() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2031-06-02T09:00:00Z"));

        service.dueFromOrOutstanding(
                DeadlineService.EARLIEST, LocalDate.of(2031, 7, 28), Optional.empty());

        assertThat(asked).hasSize(1);
        assertThat(askedOutstanding).isEmpty();
    }

    @Test
    void overdue_inAndAfter2030_readsOnlyTheOutstandingDeadlines_withNoLowerBound() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2031-06-02T09:00:00Z"));

        Result<List<DeadlineService.Due>> found = service.find(Map.of("status", "OVERDUE"));

        assertThat(found).isInstanceOf(Result.Ok.class);
        assertThat(asked).isEmpty();
        assertThat(askedOutstanding).containsExactly(LocalDate.of(2032, 6, 2));
    }

    @Test
    void everyOutstanding_readsTheOutstandingDeadlinesOnce_withNeitherBound_andNoHistory() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2031-06-02T09:00:00Z"));

        service.outstanding(Set.of(new AreaId("cumbria")));

        assertThat(asked).isEmpty();
        assertThat(askedOutstanding).containsExactly(LocalDate.of(9999, 12, 31));
    }

    @Test
    void onlyTheLastDay_in2031_coversEverySinceTheFirstInspection_andIsNotRefused() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2031-06-02T09:00:00Z"));

        Result<List<DeadlineService.Due>> found = service.find(Map.of("to", "2031-07-28"));

        assertThat(found).isInstanceOf(Result.Ok.class);
        assertThat(asked)
                .singleElement()
                .satisfies(range -> assertThat(range[0]).isEqualTo(LocalDate.of(2016, 1, 1)));
    }

    @Test
    void anAskedRangeOf15YearsOrMore_isRefused_andNothingIsRead() {
        DeadlineService service =
                new DeadlineService(
                        index, new SettableClock(Instant.parse("2026-11-23T10:00:00Z")));

        Result<List<DeadlineService.Due>> found =
                service.find(Map.of("from", "2010-01-01", "to", "2025-01-01"));

        assertThat(found).isInstanceOf(Result.Refused.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void aCursor_isTheLastPositionOfThePageBefore_readBackUnchanged() {
        DeadlineIndex.Position last =
                new DeadlineIndex.Position(
                        LocalDate.of(2026, 3, 4),
                        new InspectionId("cumbria-2019-03-18"),
                        "WSOA_SUBMISSION-2");

        String cursor = DeadlineService.cursor(last);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(DeadlineService.position(cursor)).contains(last);
    }

    @Test
    void aPage_afterACursor_readsFromThere_askingOneMoreThanTheLimit() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2026-11-23T10:00:00Z"));
        DeadlineIndex.Position last =
                new DeadlineIndex.Position(
                        LocalDate.of(2026, 3, 4),
                        new InspectionId("cumbria-2019-03-18"),
                        "WSOA_SUBMISSION");

        Result<DeadlineService.Page> page =
                service.page(
                        Map.of(
                                "from",
                                "2026-01-01",
                                "to",
                                "2026-12-31",
                                "limit",
                                "20",
                                "next",
                                DeadlineService.cursor(last)));

        assertThat(page).isInstanceOf(Result.Ok.class);
        assertThat(askedAfter).containsExactly(Optional.of(last));
    }

    @Test
    void aCursorNotFromAnEarlierPage_orOutsideTheRange_isRefused_andNothingIsRead() {
        DeadlineService service =
                new DeadlineService(index, SettableClock.at("2026-11-23T10:00:00Z"));
        String outside =
                DeadlineService.cursor(
                        new DeadlineIndex.Position(
                                LocalDate.of(2019, 3, 4),
                                new InspectionId("cumbria-2019-03-18"),
                                "WSOA_SUBMISSION"));

        for (String cursor : List.of("not-a-cursor", "%%%", "", outside)) {
            Result<DeadlineService.Page> page =
                    service.page(Map.of("from", "2026-01-01", "next", cursor));

            assertThat(page)
                    .as(cursor)
                    .isEqualTo(
                            Result.refused(
                                    Rejection.Invalid.of("next", DeadlineService.NOT_A_CURSOR)));
        }
        assertThat(asked).isEmpty();
    }
}
