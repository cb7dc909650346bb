package org.sendtracker.inspection.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sendtracker.calendar.England;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.rules.RuleBook;

/**
 * An inspection as it stood at the end of a past day (docs/progress-report.md, "The report's
 * date"): its officers' steps dated that day or earlier, as they now stand (corrections laid over,
 * withdrawn steps left out), replayed from the notification as a correction replays them ({@link
 * Replay}). So a deadline a later step started is not there yet, a due date moved later stands as
 * it was, and one a later closing cancelled still stands. A step the lifecycle refuses in the
 * replay (accepted only at a stage a step dated after the day reached) is passed over; what it
 * recorded is still told: the areas of weakness are today's (the report reads their statuses up to
 * the day) and a deadline met by the day is met as recorded. Only the steps' deadlines: a board's
 * reports, which the plan's entries write, are not rebuilt here.
 */
public final class PastInspections {

    private final WorkingDayCalendar calendar;
    private final RuleBook rules;
    private final Clock clock;

    public PastInspections(WorkingDayCalendar calendar, RuleBook rules, Clock clock) {
        this.calendar = Objects.requireNonNull(calendar, "calendar == null");
        this.rules = Objects.requireNonNull(rules, "rules == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** {@code current} as it stood at the end of {@code day}; {@code trail}: its audit trail. */
    public Inspection on(Inspection current, List<RecordedEvent> trail, LocalDate day) {
        Objects.requireNonNull(day, "day == null");
        Instant now = clock.instant();
        EventContext context = new EventContext(England.dayOf(now), now, calendar, rules);
        Inspection then =
                Replay.passingOverRefused(current, EffectiveHistory.of(trail).upTo(day), context);
        List<Deadline> deadlines = new ArrayList<>();
        for (Deadline deadline : then.deadlines()) {
            deadlines.add(metAsRecorded(deadline, current, day));
        }
        return then.withRecord(current.weaknesses(), deadlines);
    }

    /** A deadline the replay left open that the record has met by the day: met as recorded. */
    private Deadline metAsRecorded(Deadline replayed, Inspection current, LocalDate day) {
        if (replayed.metOn() != null || replayed.cancelled()) {
            return replayed;
        }
        return current.deadline(replayed.id())
                .map(Deadline::metOn)
                .filter(met -> !met.isAfter(day))
                .map(met -> replayed.met(met, calendar))
                .orElse(replayed);
    }
}
