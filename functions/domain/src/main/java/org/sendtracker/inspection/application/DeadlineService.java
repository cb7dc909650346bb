package org.sendtracker.inspection.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.England;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Deadlines across areas by date range, as the dashboard and {@code GET /api/deadlines} ask for
 * them. Without dates it covers everything from the first inspection under either framework (so
 * nothing overdue is missed, however old) to one year ahead.
 */
public final class DeadlineService {

    private static final long LONGEST_RANGE_YEARS = 15;
    private static final LocalDate EARLIEST = LocalDate.of(2016, 1, 1);

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

    public Result<List<Due>> find(Map<String, String> query) {
        FieldReader fields =
                new FieldReader(query).onlyFields(Set.of("from", "to", "areaId", "status"));
        LocalDate today = today();
        LocalDate from =
                Optional.ofNullable(fields.date("from", "the first due date", false))
                        .orElse(EARLIEST);
        LocalDate to =
                Optional.ofNullable(fields.date("to", "the last due date", false))
                        .orElse(today.plusYears(1));
        String area = fields.text("areaId", "the area", 40, false);
        if (area != null && !AreaId.isValid(area)) {
            fields.error("areaId", AreaId.NOT_AN_AREA_ID);
        }
        DeadlineStatus status = fields.choice("status", "the status", DeadlineStatus.class, false);
        if (!fields.hasErrors() && to.isBefore(from)) {
            fields.error("to", "The last due date must be on or after the first");
        }
        // The cap bounds a range someone asked for; the default range (every overdue deadline
        // since the first inspection, to a year ahead) is never refused, in 2030 or later.
        boolean asked = query.containsKey("from") || query.containsKey("to");
        if (!fields.hasErrors()
                && asked
                && ChronoUnit.YEARS.between(from, to) >= LONGEST_RANGE_YEARS) {
            fields.error(
                    "to",
                    "Ask for at most " + LONGEST_RANGE_YEARS + " years of deadlines at a time");
        }
        if (fields.hasErrors()) {
            return Result.refused(new Rejection.Invalid(fields.errors()));
        }
        List<Due> due =
                index.dueBetween(from, to, Optional.ofNullable(area).map(AreaId::new)).stream()
                        .map(entry -> new Due(entry, entry.deadline().statusOn(today)))
                        .filter(d -> status == null || d.status() == status)
                        .toList();
        return Result.ok(due);
    }
}
