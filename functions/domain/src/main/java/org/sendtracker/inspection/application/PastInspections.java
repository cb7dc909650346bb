package org.sendtracker.inspection.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sendtracker.calendar.England;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.rules.RuleBook;

/**
 * An inspection as it stood at the end of a past day (docs/progress-report.md, "The report's
 * date"): its officers' steps dated that day or earlier, as they now stand (corrections laid over,
 * withdrawn steps left out), replayed from the notification as a correction replays them ({@link
 * Replay}). So a deadline a later step started is not there yet, one a later step met is still
 * open, and one a later closure cancelled still stands. Only the steps' deadlines: a board's
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

    /**
     * {@code current} as its steps dated {@code day} or earlier leave it; {@code trail} is its
     * audit trail, oldest first. Should a step be refused (one that stood on a step left out), the
     * replay stops there: the record as far as it stands.
     */
    public Inspection on(Inspection current, List<RecordedEvent> trail, LocalDate day) {
        Objects.requireNonNull(day, "day == null");
        Instant now = clock.instant();
        EventContext context = new EventContext(England.dayOf(now), now, calendar, rules);
        return Replay.of(current, EffectiveHistory.of(trail).upTo(day), context).state();
    }
}
