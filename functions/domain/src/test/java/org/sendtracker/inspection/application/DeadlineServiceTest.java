package org.sendtracker.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.shared.Result;
import org.sendtracker.testing.SettableClock;

/** The deadlines query's range: the default one is never refused, an asked one is capped. */
class DeadlineServiceTest {

    private final List<LocalDate[]> asked = new ArrayList<>();
    private final DeadlineIndex index =
            (from, to, area) -> {
                asked.add(new LocalDate[] {from, to});
                return List.of();
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
    void anAskedRangeOf15YearsOrMore_isRefused_andNothingIsRead() {
        DeadlineService service =
                new DeadlineService(
                        index, new SettableClock(Instant.parse("2026-11-23T10:00:00Z")));

        Result<List<DeadlineService.Due>> found =
                service.find(Map.of("from", "2010-01-01", "to", "2025-01-01"));

        assertThat(found).isInstanceOf(Result.Refused.class);
        assertThat(asked).isEmpty();
    }
}
