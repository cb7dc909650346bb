package org.sendtracker.http.web.deadline;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendtracker.access.model.Access;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.security.Caller;
import org.sendtracker.inspection.application.DeadlineService;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Stage;

/**
 * What the dashboard and {@code /deadlines.csv} show: every overdue deadline, and those due in the
 * next few weeks, across the areas (or in one), from the deadline index through {@link
 * DeadlineService}.
 */
@Singleton
public final class DueDeadlines {

    private final DeadlineService deadlines;
    private final AreaService areas;
    private final WorkingDayCalendar calendar;

    DueDeadlines(DeadlineService deadlines, AreaService areas, WorkingDayCalendar calendar) {
        this.deadlines = deadlines;
        this.areas = areas;
        this.calendar = calendar;
    }

    /**
     * The dashboard's filters; anything not offered falls back to the default rather than failing.
     */
    public record Filter(String areaId, int weeks) {

        public static final List<Integer> WEEKS = List.of(2, 4, 8, 13, 26, 52);
        public static final int DEFAULT_WEEKS = 8;

        public static Filter of(String areaId, String weeks, Map<String, String> knownAreas) {
            String area = areaId != null && knownAreas.containsKey(areaId) ? areaId : null;
            return new Filter(area, offers(weeks) ? Integer.parseInt(weeks) : DEFAULT_WEEKS);
        }

        /** Whether {@code weeks} is one of the {@link #WEEKS} offered. */
        public static boolean offers(String weeks) {
            return weeks != null
                    && weeks.matches("\\d{1,2}")
                    && WEEKS.contains(Integer.parseInt(weeks));
        }

        /** The last due date the filter takes in: the end of its weeks from {@code today}. */
        public LocalDate lastDueOn(LocalDate today) {
            return today.plusWeeks(weeks);
        }

        /** The query string that asks for these filters again ({@code ?areaId=cumbria&weeks=8}). */
        public String query() {
            return "?" + (areaId == null ? "" : "areaId=" + areaId + "&") + "weeks=" + weeks;
        }
    }

    /**
     * {@code csvHref} (a {@code /deadlines.csv} address with its query) asking for the whole record
     * rather than the last 12 months ({@link CsvRange}).
     */
    public static String wholeRecordOf(String csvHref) {
        return csvHref + (csvHref.contains("?") ? "&" : "?") + "from=" + CsvRange.WHOLE_RECORD;
    }

    /**
     * What the dashboard lists from the outstanding deadlines: the overdue (and dates others set
     * that passed with nothing recorded) and those due in the filter's weeks, each soonest first,
     * and {@code ofOpenInspections}, every outstanding deadline of an inspection still open,
     * soonest first (for the open inspections' order and the contacts they need).
     */
    public record Found(
            LocalDate today,
            Listed overdue,
            Listed upcoming,
            List<OutstandingDeadline> ofOpenInspections) {}

    /**
     * A list's rows, soonest first, and how many it holds: all of them, or, when its deadlines were
     * counted from the areas' digests, the first rows asked for (fewer only if some were met or
     * taken away between the two reads).
     */
    public record Listed(List<DeadlineRow> rows, int count) {

        public Listed {
            rows = List.copyOf(rows);
        }

        static Listed whole(List<DeadlineRow> rows) {
            return new Listed(rows, rows.size());
        }

        /** Whether rows beyond those held were counted but not read. */
        public boolean cut() {
            return count > rows.size();
        }
    }

    public LocalDate today() {
        return deadlines.today();
    }

    /** The names, by id in name order, of the areas {@code caller} may read. */
    public Map<String, String> areaNames(Caller caller) {
        return namesOf(caller.readableAreas(areas));
    }

    /** Each area's id → name, in order of name: for a page that already holds the areas. */
    public static Map<String, String> namesOf(List<Area> all) {
        Map<String, String> names = new LinkedHashMap<>();
        all.stream()
                .sorted(Comparator.comparing(Area::name))
                .forEach(area -> names.put(area.id().value(), area.name()));
        return names;
    }

    /**
     * The deadlines of the areas in {@code areaNames} only: the areas the person asking may read
     * (docs/security.md). One read of the outstanding deadlines of the areas shown (never the
     * history; an officer of a council reads that council's own) gives every list: the overdue, the
     * upcoming, and the open inspections' (docs/performance.md, "Scale"). When only the {@code
     * first} rows of each list are shown, the areas' digests (those of the areas shown, up to
     * {@value DeadlineService#FEW_AREAS}; every area's for more) count and order every outstanding
     * deadline, and only the rows shown are read whole (docs/performance.md, "The national
     * dashboard from each area's digest (stop 22)").
     *
     * @param first how many rows of the overdue and upcoming lists are shown ({@link
     *     Integer#MAX_VALUE}: all)
     */
    public Found find(Filter filter, Map<String, String> areaNames, int first) {
        LocalDate today = deadlines.today();
        LocalDate last = filter.lastDueOn(today);
        Set<AreaId> shown =
                filter.areaId() != null
                        ? Set.of(new AreaId(filter.areaId()))
                        : areaNames.keySet().stream().map(AreaId::new).collect(Collectors.toSet());
        if (first < Integer.MAX_VALUE) {
            Optional<List<OutstandingDeadline>> digest = deadlines.outstandingDigest(shown);
            if (digest.isPresent()) {
                return fromDigest(digest.get(), areaNames, today, last, first);
            }
        }
        List<DeadlineService.Due> outstanding =
                deadlines.outstanding(shown).stream()
                        .filter(due -> areaNames.containsKey(due.entry().areaId().value()))
                        .toList();
        return new Found(
                today,
                Listed.whole(
                        rows(
                                outstanding.stream()
                                        .filter(due -> overdue(due.status(), closed(due)))
                                        .toList(),
                                areaNames,
                                today)),
                Listed.whole(
                        rows(
                                outstanding.stream()
                                        .filter(
                                                due ->
                                                        upcoming(
                                                                due.status(),
                                                                due.entry().deadline().dueOn(),
                                                                last))
                                        .toList(),
                                areaNames,
                                today)),
                outstanding.stream()
                        .map(DeadlineService.Due::entry)
                        .filter(entry -> entry.stage() != Stage.CLOSED)
                        .map(OutstandingDeadline::of)
                        .toList());
    }

    /**
     * A date others set that passed with nothing recorded is listed with the overdue ones, tagged
     * "Not recorded yet", never dropped (docs/domain-rules.md §1.4); but not a closed case's: there
     * is nothing left to record on it, so it stays on its page only.
     */
    private static boolean overdue(DeadlineStatus status, boolean closed) {
        return status == DeadlineStatus.OVERDUE || status == DeadlineStatus.NOT_RECORDED && !closed;
    }

    private static boolean closed(DeadlineService.Due due) {
        return due.entry().stage() == Stage.CLOSED;
    }

    private static boolean upcoming(DeadlineStatus status, LocalDate dueOn, LocalDate last) {
        return status == DeadlineStatus.OPEN && !dueOn.isAfter(last);
    }

    /**
     * The lists from the digests: each list's deadlines picked, counted and put in the rows' order
     * (due date, then area name, as {@link #rows} sorts them) from the digest, and only the first
     * {@code first} of each read whole, together.
     */
    private Found fromDigest(
            List<OutstandingDeadline> digest,
            Map<String, String> areaNames,
            LocalDate today,
            LocalDate last,
            int first) {
        List<OutstandingDeadline> readable =
                digest.stream().filter(d -> areaNames.containsKey(d.areaId().value())).toList();
        Comparator<OutstandingDeadline> rowOrder =
                Comparator.comparing(OutstandingDeadline::dueOn)
                        .thenComparing(d -> areaNames.get(d.areaId().value()));
        List<OutstandingDeadline> overdue =
                readable.stream()
                        .filter(d -> overdue(d.statusOn(today), d.inspectionClosed()))
                        .sorted(rowOrder)
                        .toList();
        List<OutstandingDeadline> upcoming =
                readable.stream()
                        .filter(d -> upcoming(d.statusOn(today), d.dueOn(), last))
                        .sorted(rowOrder)
                        .toList();
        List<OutstandingDeadline> shownOverdue =
                overdue.subList(0, Math.min(first, overdue.size()));
        List<OutstandingDeadline> shownUpcoming =
                upcoming.subList(0, Math.min(first, upcoming.size()));
        List<OutstandingDeadline> toRead = new ArrayList<>(shownOverdue);
        toRead.addAll(shownUpcoming);
        List<DeadlineService.Due> read = deadlines.readWhole(toRead);
        // as they are now: one met or moved since the digest was read leaves its list
        List<DeadlineService.Due> nowOverdue =
                read.stream().filter(due -> overdue(due.status(), closed(due))).toList();
        List<DeadlineService.Due> nowUpcoming =
                read.stream()
                        .filter(due -> upcoming(due.status(), due.entry().deadline().dueOn(), last))
                        .toList();
        return new Found(
                today,
                new Listed(rows(nowOverdue, areaNames, today), overdue.size()),
                new Listed(rows(nowUpcoming, areaNames, today), upcoming.size()),
                readable.stream().filter(d -> !d.inspectionClosed()).toList());
    }

    /**
     * The deadlines of the filter's areas met after their due date, due in its weeks up to today,
     * latest due first, at most {@code limit}: the dashboard lists them with their "Met late" tag,
     * so a step done late is seen as late and not lost among the green ones (docs/domain-rules.md
     * §1.4). Only the deadlines met late are read, and only until {@code limit} are found ({@link
     * DeadlineService#latestMetLate}).
     */
    public List<DeadlineRow> metLate(Filter filter, Map<String, String> areaNames, int limit) {
        LocalDate today = deadlines.today();
        Set<AreaId> areas =
                filter.areaId() != null
                        ? Set.of(new AreaId(filter.areaId()))
                        : areaNames.keySet().stream().map(AreaId::new).collect(Collectors.toSet());
        List<DeadlineService.Due> found =
                deadlines.latestMetLate(today.minusWeeks(filter.weeks()), today, areas, limit);
        return rows(found, areaNames, today).stream()
                .sorted(
                        Comparator.comparing(DeadlineRow::dueOn)
                                .reversed()
                                .thenComparing(DeadlineRow::areaName))
                .toList();
    }

    /**
     * Every deadline {@code read} in a {@link CsvRange}, of the areas in {@code areaNames} only,
     * whatever its status (overdue, open, met, met late, no longer needed), and every one still to
     * do due before the range, soonest first: what {@code /deadlines.csv} gives, so a spreadsheet
     * holds the record of the range and everything still outstanding, not only what the dashboard
     * lists.
     */
    List<DeadlineRow> everyDeadline(Read read, Map<String, String> areaNames) {
        return rows(read.found(), areaNames, read.today());
    }

    /**
     * What {@link #everyDeadline} shows, read for one area ({@code areaId}, taken as given: its
     * rows are kept only if it is among the names given then) or every area (null): read apart from
     * the names so that the two can be read at once. For every area, someone who may read only a
     * few ({@code access}) has those read, each from its own deadlines, not every area's.
     */
    Read readEvery(String areaId, Access access, CsvRange range) {
        LocalDate today = deadlines.today();
        List<DeadlineService.Due> found;
        if (areaId != null) {
            found =
                    deadlines.dueFromOrOutstanding(
                            range.from(), range.to(), Optional.of(new AreaId(areaId)));
        } else if (!access.readsEveryArea() && access.areas().size() <= DeadlineService.FEW_AREAS) {
            found =
                    deadlines.dueFromOrOutstanding(
                            range.from(), range.to(), access.areas().keySet());
        } else {
            found = deadlines.dueFromOrOutstanding(range.from(), range.to(), Optional.empty());
        }
        return new Read(areaId, found, today);
    }

    /** Deadlines read for one area ({@code areaId}) or every area (null), on {@code today}. */
    record Read(String areaId, List<DeadlineService.Due> found, LocalDate today) {}

    private List<DeadlineRow> rows(
            List<DeadlineService.Due> found, Map<String, String> areaNames, LocalDate today) {
        return found.stream()
                .filter(due -> areaNames.containsKey(due.entry().areaId().value()))
                .map(
                        due ->
                                DeadlineRow.of(
                                        due.entry().areaId().value(),
                                        areaNames.getOrDefault(
                                                due.entry().areaId().value(),
                                                due.entry().areaId().value()),
                                        due.entry().inspectionId().value(),
                                        due.entry().stage(),
                                        due.entry().deadline(),
                                        today,
                                        calendar))
                .sorted(
                        Comparator.comparing(DeadlineRow::dueOn)
                                .thenComparing(DeadlineRow::areaName))
                .toList();
    }
}
