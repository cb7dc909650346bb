package org.sendtracker.inspection.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.England;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Deadlines across areas by date range, as the dashboard and {@code GET /api/deadlines} ask for
 * them. Without dates it covers everything from the first inspection under either framework (so
 * nothing overdue is missed, however old) to one year ahead. Asked only for what is still to do
 * ({@link DeadlineStatus#isOutstanding() OPEN or OVERDUE}), it reads the outstanding deadlines
 * only, with no lower bound, so the dashboard's overdue list costs what it shows, not the whole
 * history (docs/performance.md, "Scale"). {@link #page} gives the same in pages with a cursor.
 */
public final class DeadlineService {

    private static final long LONGEST_RANGE_YEARS = 15;

    /** Before the first inspection under either framework (May 2016): no deadline is earlier. */
    public static final LocalDate EARLIEST = LocalDate.of(2016, 1, 1);

    static final int DEFAULT_LIMIT = 500;
    static final int MOST_AT_ONCE = 1000;
    static final String NOT_A_CURSOR =
            "This is not a cursor from an earlier page of these deadlines: ask again without it";

    private static final Set<String> FIELDS = Set.of("from", "to", "areaId", "status");

    /** The query parameters a page of deadlines takes; any other is refused as not one. */
    public static final Set<String> PAGE_FIELDS =
            Set.of("from", "to", "areaId", "status", "limit", "next");

    private final DeadlineIndex index;
    private final Clock clock;

    public DeadlineService(DeadlineIndex index, Clock clock) {
        this.index = Objects.requireNonNull(index, "index == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    public LocalDate today() {
        return England.today(clock);
    }

    /** A deadline with its status on the day asked. */
    public record Due(DeadlineEntry entry, DeadlineStatus status) {}

    /**
     * One page of deadlines; {@code next}, when present, is the opaque cursor that asks for the
     * page after it. A page may hold fewer than the limit (a status asked for is applied after
     * reading), even none, and still have a next one.
     */
    public record Page(List<Due> due, Optional<String> next) {}

    /** The query asked for, read and checked once. */
    private record Query(
            LocalDate today,
            LocalDate from,
            boolean fromAsked,
            LocalDate to,
            Optional<AreaId> area,
            DeadlineStatus status) {

        boolean wants(Due due) {
            return status == null || due.status() == status;
        }
    }

    /** Every deadline the query asks for. */
    public Result<List<Due>> find(Map<String, String> query) {
        FieldReader fields = new FieldReader(query).onlyFields(FIELDS);
        return read(fields, query)
                .map(
                        asked -> {
                            if (asked.status() != null && asked.status().isOutstanding()) {
                                // Only an outstanding deadline is open or overdue: read those.
                                return index.outstandingDueBy(asked.to(), asked.area()).stream()
                                        .filter(
                                                e ->
                                                        !asked.fromAsked()
                                                                || !e.deadline()
                                                                        .dueOn()
                                                                        .isBefore(asked.from()))
                                        .map(e -> due(e, asked.today()))
                                        .filter(asked::wants)
                                        .toList();
                            }
                            return index.dueBetween(asked.from(), asked.to(), asked.area()).stream()
                                    .map(e -> due(e, asked.today()))
                                    .filter(asked::wants)
                                    .toList();
                        });
    }

    /** Later than any due date a deadline can have: the open end of the outstanding ones. */
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    /**
     * Every deadline still outstanding (not met, not cancelled) in {@code areas}, however old and
     * however far ahead, soonest first (the index's order), with its status today: read from what
     * is outstanding only, never from the history, or, for up to {@value #FEW_AREAS} areas, from
     * each area's own deadlines, which are far fewer than every area's outstanding ones (an officer
     * of one council reads that council's, not the country's). What the dashboard's sections are
     * made of (docs/performance.md, "Scale" and "One council's dashboard (stop 21)").
     *
     * @param areas the areas to read (none: nothing is read)
     */
    public List<Due> outstanding(Set<AreaId> areas) {
        Objects.requireNonNull(areas, "areas == null");
        LocalDate today = today();
        List<DeadlineEntry> found =
                areas.size() <= FEW_AREAS
                        ? eachArea(
                                areas, area -> index.outstandingDueBy(LAST_DAY, Optional.of(area)))
                        : index.outstandingDueBy(LAST_DAY, Optional.empty()).stream()
                                .filter(e -> areas.contains(e.areaId()))
                                .toList();
        return found.stream().map(e -> due(e, today)).toList();
    }

    /**
     * What {@link #outstanding} lists, in {@code areas}, in the compact form of the areas' digests
     * ({@link DeadlineIndex#outstandingDigest}): one small item per area instead of every
     * outstanding deadline (up to {@value #FEW_AREAS} areas, those areas' items alone; more, every
     * area's, kept to these). Empty while the digests are not complete.
     */
    public Optional<List<OutstandingDeadline>> outstandingDigest(Set<AreaId> areas) {
        Objects.requireNonNull(areas, "areas == null");
        if (areas.size() <= FEW_AREAS) {
            return index.outstandingDigestOf(areas);
        }
        return index.outstandingDigest()
                .map(all -> all.stream().filter(d -> areas.contains(d.areaId())).toList());
    }

    /**
     * The deadlines {@code picked} from a digest, read whole as they are now, with their status
     * today, in the order picked; one taken away since is left out.
     */
    public List<Due> readWhole(List<OutstandingDeadline> picked) {
        LocalDate today = today();
        return index.at(picked.stream().map(OutstandingDeadline::position).toList()).stream()
                .map(e -> due(e, today))
                .toList();
    }

    /**
     * At most {@code limit} deadlines due in [{@code from}, {@code to}] with status {@code status}
     * that {@code keep} accepts, optionally in one area, the latest due first: the index is read
     * backwards only as far as it takes to find them.
     */
    public List<Due> latestDue(
            LocalDate from,
            LocalDate to,
            Optional<AreaId> area,
            DeadlineStatus status,
            Predicate<DeadlineEntry> keep,
            int limit) {
        LocalDate today = today();
        return index
                .latestDue(
                        from,
                        to,
                        area,
                        entry -> entry.deadline().statusOn(today) == status && keep.test(entry),
                        limit)
                .stream()
                .map(e -> due(e, today))
                .toList();
    }

    /**
     * The most areas read each from its own area's deadlines (the outstanding, the met late, a
     * spreadsheet's); more are read from every area's, kept to theirs.
     */
    public static final int FEW_AREAS = 3;

    /**
     * The index's order: due date, then inspection, then deadline, as the sort key {@code
     * {dueOn}#{id}#{deadline}} orders them.
     */
    private static final Comparator<DeadlineEntry> INDEX_ORDER =
            Comparator.comparing(
                    (DeadlineEntry e) ->
                            e.deadline().dueOn()
                                    + "#"
                                    + e.inspectionId().value()
                                    + "#"
                                    + e.deadline().id());

    /** Whether the council sets the date of {@code entry}'s deadline: its own to meet. */
    private static boolean councils(DeadlineEntry entry) {
        return !entry.deadline().external();
    }

    /** The index's order, the latest due first. */
    private static final Comparator<DeadlineEntry> LATEST_FIRST = INDEX_ORDER.reversed();

    /**
     * At most {@code limit} of the council's deadlines met late due in [{@code from}, {@code to}]
     * in {@code areas}, the latest due first: a date others set that happened after it is not the
     * council's lateness (docs/domain-rules.md §1.4), so it is left out. They are read as far as
     * the list needs ({@link DeadlineIndex#latestMetLate}): up to {@value #FEW_AREAS} areas each
     * from its own range, more from the deadlines met late of every area (docs/performance.md, "The
     * dashboard at ×10 (stop 20)").
     */
    public List<Due> latestMetLate(LocalDate from, LocalDate to, Set<AreaId> areas, int limit) {
        Objects.requireNonNull(areas, "areas == null");
        LocalDate today = today();
        List<DeadlineEntry> found;
        if (areas.size() <= FEW_AREAS) {
            List<DeadlineEntry> each = new ArrayList<>();
            for (AreaId area : areas) {
                each.addAll(
                        index.latestMetLate(
                                from, to, Optional.of(area), DeadlineService::councils, limit));
            }
            each.sort(LATEST_FIRST);
            found = each.subList(0, Math.min(limit, each.size()));
        } else {
            found =
                    index.latestMetLate(
                            from,
                            to,
                            Optional.empty(),
                            e -> councils(e) && areas.contains(e.areaId()),
                            limit);
        }
        return found.stream().map(e -> due(e, today)).toList();
    }

    /**
     * Every deadline due from {@code from} to {@code to}, whatever its status, and every one still
     * outstanding (not met, not cancelled) due before {@code from}, however old: a bounded record
     * that never leaves out anything still to do. It reads the due-date index from {@code from}
     * only (no year before it) and, below it, the outstanding deadlines only. No range cap: {@code
     * from} is on or after {@link #EARLIEST} and {@code to} is the caller's (a few weeks ahead).
     */
    public List<Due> dueFromOrOutstanding(LocalDate from, LocalDate to, Optional<AreaId> area) {
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(area, "area == null");
        LocalDate today = today();
        return index.outstandingBeforeThenDueBetween(from, to, area).stream()
                .map(e -> due(e, today))
                .toList();
    }

    /**
     * {@link #dueFromOrOutstanding(LocalDate, LocalDate, Optional)} for each of {@code areas}, in
     * the order every area's would be in (it is sorted by due date throughout): an area's own
     * deadlines are read, never every area's kept to these.
     */
    public List<Due> dueFromOrOutstanding(LocalDate from, LocalDate to, Set<AreaId> areas) {
        Objects.requireNonNull(areas, "areas == null");
        LocalDate today = today();
        return eachArea(
                        areas,
                        area -> index.outstandingBeforeThenDueBetween(from, to, Optional.of(area)))
                .stream()
                .map(e -> due(e, today))
                .toList();
    }

    /**
     * A page of the deadlines the query asks for: at most {@code limit} (default {@value
     * #DEFAULT_LIMIT}, at most {@value #MOST_AT_ONCE}) read from the index, after the cursor {@code
     * next} that the page before gave.
     */
    public Result<Page> page(Map<String, String> query) {
        return page(query, Optional.empty());
    }

    /**
     * {@link #page(Map)} for someone who may read only {@code readable} (empty: every area). Not
     * asked for one area, up to {@value #FEW_AREAS} readable areas are read each from its own
     * deadlines, merged in the index's order, so their pages hold their deadlines only, never a
     * page of other areas' kept to none; the cursor is the same, a position in that order.
     */
    public Result<Page> page(Map<String, String> query, Optional<Set<AreaId>> readable) {
        FieldReader fields = new FieldReader(query).onlyFields(PAGE_FIELDS);
        Integer askedLimit = fields.integer("limit", "the limit", 1, MOST_AT_ONCE, false);
        int limit = askedLimit == null ? DEFAULT_LIMIT : askedLimit;
        Optional<DeadlineIndex.Position> after =
                Optional.ofNullable(query.get("next")).flatMap(DeadlineService::position);
        if (query.containsKey("next") && after.isEmpty()) {
            fields.error("next", NOT_A_CURSOR);
        }
        return read(fields, query)
                .flatMap(
                        asked -> {
                            if (after.isPresent()
                                    && (after.get().dueOn().isBefore(asked.from())
                                            || after.get().dueOn().isAfter(asked.to()))) {
                                return Result.refused(Rejection.Invalid.of("next", NOT_A_CURSOR));
                            }
                            List<DeadlineEntry> read =
                                    asked.area().isEmpty()
                                                    && readable.isPresent()
                                                    && readable.get().size() <= FEW_AREAS
                                            ? eachArea(
                                                    readable.get(),
                                                    area ->
                                                            index.dueBetween(
                                                                    asked.from(),
                                                                    asked.to(),
                                                                    Optional.of(area),
                                                                    after,
                                                                    limit + 1))
                                            : index.dueBetween(
                                                    asked.from(),
                                                    asked.to(),
                                                    asked.area(),
                                                    after,
                                                    limit + 1);
                            List<DeadlineEntry> shown =
                                    read.size() > limit ? read.subList(0, limit) : read;
                            Optional<String> next =
                                    read.size() > limit
                                            ? Optional.of(
                                                    cursor(
                                                            DeadlineIndex.Position.of(
                                                                    shown.get(limit - 1))))
                                            : Optional.empty();
                            return Result.ok(
                                    new Page(
                                            shown.stream()
                                                    .map(e -> due(e, asked.today()))
                                                    .filter(asked::wants)
                                                    .toList(),
                                            next));
                        });
    }

    /** What {@code read} gives for each of {@code areas}, merged in the index's order. */
    private static List<DeadlineEntry> eachArea(
            Set<AreaId> areas, Function<AreaId, List<DeadlineEntry>> read) {
        List<DeadlineEntry> found = new ArrayList<>();
        for (AreaId area : areas) {
            found.addAll(read.apply(area));
        }
        found.sort(INDEX_ORDER);
        return found;
    }

    private static Due due(DeadlineEntry entry, LocalDate today) {
        return new Due(entry, entry.deadline().statusOn(today));
    }

    private Result<Query> read(FieldReader fields, Map<String, String> query) {
        LocalDate today = today();
        LocalDate askedFrom = fields.queryDate("from", "the first due date", false);
        LocalDate from = Optional.ofNullable(askedFrom).orElse(EARLIEST);
        LocalDate to =
                Optional.ofNullable(fields.queryDate("to", "the last due date", false))
                        .orElse(today.plusYears(1));
        String area = fields.text("areaId", "the area", 40, false);
        if (area != null && !AreaId.isValid(area)) {
            fields.error("areaId", AreaId.NOT_AN_AREA_ID);
        }
        DeadlineStatus status = fields.choice("status", "the status", DeadlineStatus.class, false);
        if (!fields.hasErrors() && to.isBefore(from)) {
            fields.error("to", "The last due date must be on or after the first");
        }
        // The cap bounds a range someone asked for: from the day they asked (or, asking only for
        // the last day, from today). The default range, and a range open at its start (every
        // deadline since the first inspection), are never refused, in 2030 or later.
        boolean asked = query.containsKey("from") || query.containsKey("to");
        if (!fields.hasErrors()
                && asked
                && ChronoUnit.YEARS.between(askedFrom == null ? today : from, to)
                        >= LONGEST_RANGE_YEARS) {
            fields.error(
                    "to",
                    "Ask for at most " + LONGEST_RANGE_YEARS + " years of deadlines at a time");
        }
        if (fields.hasErrors()) {
            return Result.refused(new Rejection.Invalid(fields.errors()));
        }
        return Result.ok(
                new Query(
                        today,
                        from,
                        askedFrom != null,
                        to,
                        Optional.ofNullable(area).map(AreaId::new),
                        status));
    }

    /** The opaque cursor for the page after {@code last}: base64url of its index position. */
    static String cursor(DeadlineIndex.Position last) {
        String text = last.dueOn() + "#" + last.inspectionId().value() + "#" + last.deadlineId();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor holds; empty when it is not one {@link #cursor} made. */
    static Optional<DeadlineIndex.Position> position(String cursor) {
        if (cursor == null || cursor.length() > 400) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("#", 3);
            if (parts.length != 3
                    || !InspectionId.isValid(parts[1])
                    || !parts[2].matches("[A-Za-z0-9_.:-]{1,200}")) {
                return Optional.empty();
            }
            return Optional.of(
                    new DeadlineIndex.Position(
                            LocalDate.parse(parts[0]), new InspectionId(parts[1]), parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
