package org.sendtracker.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;
import org.sendtracker.shared.Result;
import org.sendtracker.testing.SettableClock;

/**
 * An officer of a few councils reads those councils' outstanding deadlines, each from its own area,
 * in the order every area's would have been in; someone who reads more areas reads every area's
 * outstanding deadlines once and keeps theirs (docs/performance.md, "One council's dashboard").
 */
class DeadlineServiceAreasTest {

    private static final Instant RECORDED = Instant.parse("2026-01-01T09:00:00Z");

    /** Every area's deadlines, in the index's order (due date, inspection, deadline). */
    private final List<DeadlineEntry> all =
            List.of(
                            entry("durham", "2026-12-01", "WSOA_SUBMISSION", true),
                            entry("cumbria", "2026-12-01", "WSOA_SUBMISSION", true),
                            entry("cumbria", "2026-12-02", "WSOA_SUBMISSION", false),
                            entry("york", "2026-12-03", "WSOA_SUBMISSION", true),
                            entry("cumbria", "2027-01-04", "WSOA_SUBMISSION", true),
                            entry("durham", "2027-02-01", "WSOA_SUBMISSION", true),
                            entry("kent", "2027-03-01", "WSOA_SUBMISSION", true))
                    .stream()
                    .sorted(
                            (a, b) ->
                                    (a.deadline().dueOn() + "#" + a.inspectionId().value())
                                            .compareTo(
                                                    b.deadline().dueOn()
                                                            + "#"
                                                            + b.inspectionId().value()))
                    .toList();

    private final List<Optional<AreaId>> askedOutstanding = new ArrayList<>();
    private final List<Optional<AreaId>> askedBetween = new ArrayList<>();
    private final List<Optional<AreaId>> askedPages = new ArrayList<>();

    private final DeadlineIndex index =
            new DeadlineIndex() {
                @Override
                public List<DeadlineEntry> dueBetween(
                        LocalDate from, LocalDate to, Optional<AreaId> area) {
                    askedBetween.add(area);
                    return all.stream()
                            .filter(e -> area.isEmpty() || e.areaId().equals(area.get()))
                            .filter(
                                    e ->
                                            !e.deadline().dueOn().isBefore(from)
                                                    && !e.deadline().dueOn().isAfter(to))
                            .toList();
                }

                @Override
                public List<DeadlineEntry> dueBetween(
                        LocalDate from,
                        LocalDate to,
                        Optional<AreaId> area,
                        Optional<Position> after,
                        int limit) {
                    askedPages.add(area);
                    return dueBetween(from, to, area).stream()
                            .filter(e -> after.isEmpty() || key(e).compareTo(key(after.get())) > 0)
                            .limit(limit)
                            .toList();
                }

                @Override
                public List<DeadlineEntry> outstandingDueBy(LocalDate to, Optional<AreaId> area) {
                    askedOutstanding.add(area);
                    return all.stream()
                            .filter(e -> area.isEmpty() || e.areaId().equals(area.get()))
                            .filter(e -> e.deadline().isOutstanding())
                            .filter(e -> !e.deadline().dueOn().isAfter(to))
                            .toList();
                }
            };

    private final DeadlineService service =
            new DeadlineService(index, SettableClock.at("2026-11-23T09:00:00Z"));

    @Test
    void anOfficerOfTwoCouncils_readsEachCouncilsOwn_inTheOrderOfEveryArea() {
        List<String> found = describe(service.outstanding(areas("durham", "cumbria")));

        assertThat(askedOutstanding).containsExactly(area("durham"), area("cumbria"));
        assertThat(found)
                .containsExactly(
                        "2026-12-01 cumbria",
                        "2026-12-01 durham",
                        "2027-01-04 cumbria",
                        "2027-02-01 durham");
        assertThat(found)
                .as("what every area's read kept to the two gives")
                .isEqualTo(
                        describe(
                                service
                                        .outstanding(areas("durham", "cumbria", "york", "kent"))
                                        .stream()
                                        .filter(
                                                due ->
                                                        Set.of("durham", "cumbria")
                                                                .contains(
                                                                        due.entry()
                                                                                .areaId()
                                                                                .value()))
                                        .toList()));
    }

    @Test
    void moreThanAFewAreas_readEveryAreasOutstandingOnce_keepingTheirs() {
        List<String> found =
                describe(service.outstanding(areas("durham", "cumbria", "york", "kent")));

        assertThat(askedOutstanding).containsExactly(Optional.empty());
        assertThat(found)
                .containsExactly(
                        "2026-12-01 cumbria",
                        "2026-12-01 durham",
                        "2026-12-03 york",
                        "2027-01-04 cumbria",
                        "2027-02-01 durham",
                        "2027-03-01 kent");
        assertThat(describe(service.outstanding(areas("durham", "cumbria", "york", "leeds"))))
                .doesNotContain("2027-03-01 kent");
    }

    @Test
    void noArea_readsNothing() {
        assertThat(service.outstanding(Set.of())).isEmpty();
        assertThat(askedOutstanding).isEmpty();
    }

    @Test
    void aSpreadsheetOfAFewCouncils_readsEachCouncilsOwn_inTheOrderOfEveryArea() {
        LocalDate from = LocalDate.of(2026, 12, 2);
        LocalDate to = LocalDate.of(2027, 12, 31);

        List<String> few =
                describe(service.dueFromOrOutstanding(from, to, areas("durham", "cumbria")));

        assertThat(askedBetween).containsExactly(area("durham"), area("cumbria"));
        assertThat(few)
                .isEqualTo(
                        describe(
                                service.dueFromOrOutstanding(from, to, Optional.empty()).stream()
                                        .filter(
                                                due ->
                                                        Set.of("durham", "cumbria")
                                                                .contains(
                                                                        due.entry()
                                                                                .areaId()
                                                                                .value()))
                                        .toList()))
                .containsExactly(
                        "2026-12-01 cumbria",
                        "2026-12-01 durham",
                        "2026-12-02 cumbria",
                        "2027-01-04 cumbria",
                        "2027-02-01 durham");
    }

    @Test
    void
            pagesOfTheApi_forSomeoneWithTwoAreas_holdTheirDeadlinesOnly_andFollowOnWithoutGapOrRepeat() {
        List<String> paged = new ArrayList<>();
        Map<String, String> query = new HashMap<>(Map.of("from", "2026-01-01", "limit", "2"));
        for (int pages = 0; pages < 5; pages++) {
            DeadlineService.Page page =
                    ok(service.page(query, Optional.of(areas("durham", "cumbria"))));
            assertThat(page.due()).hasSizeLessThanOrEqualTo(2);
            paged.addAll(describe(page.due()));
            if (page.next().isEmpty()) {
                break;
            }
            assertThat(page.due()).as("a full page before a next one").hasSize(2);
            query.put("next", page.next().get());
        }

        assertThat(paged)
                .containsExactly(
                        "2026-12-01 cumbria",
                        "2026-12-01 durham",
                        "2026-12-02 cumbria",
                        "2027-01-04 cumbria",
                        "2027-02-01 durham");
        assertThat(askedPages).doesNotContain(Optional.empty());
    }

    @Test
    void pagesOfTheApi_forSomeoneWithMoreAreas_orAskingForOne_readAsBefore() {
        ok(service.page(Map.of("from", "2026-01-01"), Optional.of(areas("a", "b", "c", "d"))));
        ok(
                service.page(
                        Map.of("from", "2026-01-01", "areaId", "york"),
                        Optional.of(areas("york"))));
        ok(service.page(Map.of("from", "2026-01-01"), Optional.empty()));

        assertThat(askedPages).containsExactly(Optional.empty(), area("york"), Optional.empty());
    }

    private static <T> T ok(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Ok.class);
        return ((Result.Ok<T>) result).value();
    }

    private static String key(DeadlineEntry e) {
        return e.deadline().dueOn() + "#" + e.inspectionId().value() + "#" + e.deadline().id();
    }

    private static String key(DeadlineIndex.Position p) {
        return p.dueOn() + "#" + p.inspectionId().value() + "#" + p.deadlineId();
    }

    private static Set<AreaId> areas(String... ids) {
        Set<AreaId> areas = new LinkedHashSet<>();
        for (String id : ids) {
            areas.add(new AreaId(id));
        }
        return areas;
    }

    private static Optional<AreaId> area(String id) {
        return Optional.of(new AreaId(id));
    }

    private static List<String> describe(List<DeadlineService.Due> found) {
        return found.stream()
                .map(due -> due.entry().deadline().dueOn() + " " + due.entry().areaId().value())
                .toList();
    }

    private static DeadlineEntry entry(
            String area, String dueOn, String kind, boolean outstanding) {
        Deadline deadline =
                Deadline.setBy(
                        kind,
                        BuiltInRules.get().rule(Framework.LASEND_2016, DeadlineKind.valueOf(kind)),
                        LocalDate.parse(dueOn),
                        RECORDED);
        if (!outstanding) {
            deadline = deadline.cancel();
        }
        return new DeadlineEntry(
                new InspectionId(area + "-2026-01-12"),
                new AreaId(area),
                Framework.LASEND_2016,
                Stage.WSOA_DUE,
                deadline);
    }
}
