package org.sendtracker.inspection.application;

import static org.sendtracker.shared.Dates.format;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.England;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.rules.RuleBook;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.RecordTooLargeException;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Records inspections and what happens to them. One path for every door: the JSON API, the forms,
 * and the demo data all call these methods.
 */
public final class InspectionService {

    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final Inspections inspections;
    private final Areas areas;
    private final WorkingDayCalendar calendar;
    private final RuleBook rules;
    private final Clock clock;
    private final List<InspectionListener> listeners;
    private final Corrections corrections;
    private final WeaknessReferences references;

    public InspectionService(
            Inspections inspections,
            Areas areas,
            WorkingDayCalendar calendar,
            RuleBook rules,
            Clock clock,
            List<InspectionListener> listeners) {
        this(inspections, areas, calendar, rules, clock, listeners, WeaknessReferences.NONE);
    }

    public InspectionService(
            Inspections inspections,
            Areas areas,
            WorkingDayCalendar calendar,
            RuleBook rules,
            Clock clock,
            List<InspectionListener> listeners,
            WeaknessReferences references) {
        this.references = Objects.requireNonNull(references, "references == null");
        this.inspections = Objects.requireNonNull(inspections, "inspections == null");
        this.areas = Objects.requireNonNull(areas, "areas == null");
        this.calendar = Objects.requireNonNull(calendar, "calendar == null");
        this.rules = Objects.requireNonNull(rules, "rules == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.listeners = List.copyOf(listeners);
        this.corrections = new Corrections(inspections);
    }

    /**
     * A refusal when {@code next} takes away an area of weakness its improvement plan still refers
     * to, or gives one it refers to another number ({@link WeaknessReferences}): the plan refers by
     * number, so its entries would stay with the number and silently fall under another weakness (a
     * correction that drops or reorders titles). A title corrected in place keeps its number and is
     * not refused. The plan is asked only when a weakness is taken away or moved.
     */
    private Optional<Rejection> stillReferred(Inspection current, Inspection next) {
        Map<Integer, String> before = titles(current);
        Map<Integer, String> after = titles(next);
        List<Integer> gone = before.keySet().stream().filter(n -> !after.containsKey(n)).toList();
        List<Integer> moved =
                before.keySet().stream()
                        .filter(after::containsKey)
                        .filter(n -> !before.get(n).equals(after.get(n)))
                        .filter(
                                n ->
                                        after.containsValue(before.get(n))
                                                || before.containsValue(after.get(n)))
                        .toList();
        if (gone.isEmpty() && moved.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rejection> recordedMoved = recordedFindingsMoved(current, next);
        if (recordedMoved.isPresent()) {
            return recordedMoved;
        }
        Map<Integer, String> referred = references.of(current.id());
        List<String> blocking =
                gone.stream()
                        .filter(referred::containsKey)
                        .map(n -> "area of weakness " + n + " (" + referred.get(n) + ")")
                        .toList();
        if (!blocking.isEmpty()) {
            return Optional.of(
                    new Rejection.Conflict(
                            "This would take away "
                                    + String.join(" and ", blocking)
                                    + ", which the improvement plan still refers to: move those"
                                    + " entries to another area of weakness first"));
        }
        List<String> renumbered =
                moved.stream()
                        .filter(referred::containsKey)
                        .map(
                                n ->
                                        "area of weakness "
                                                + n
                                                + ", '"
                                                + before.get(n)
                                                + "' ("
                                                + referred.get(n)
                                                + "), would become '"
                                                + after.get(n)
                                                + "'")
                        .toList();
        if (renumbered.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Rejection.Conflict(
                        "This would renumber the areas of weakness: "
                                + String.join(" and ", renumbered)
                                + ". The improvement plan refers to them by number, so its entries"
                                + " would move with the number: keep each area of weakness at its"
                                + " place in the list (correct a title where it stands), or move"
                                + " those entries first"));
    }

    /**
     * A refusal when the inspection's own steps would say something else about a weakness than they
     * did: a monitoring visit's status or a revisit's judgement refers to a weakness by number or
     * by title, so a correction that moves titles between numbers can hand a status recorded for
     * one weakness to another. Compared by title, before and after; a weakness referred to by title
     * keeps what was recorded for it and is not refused.
     */
    private static Optional<Rejection> recordedFindingsMoved(Inspection current, Inspection next) {
        Map<String, Weakness> after = new HashMap<>();
        next.weaknesses().forEach(w -> after.put(w.title(), w));
        List<String> changed =
                current.weaknesses().stream()
                        .filter(w -> after.containsKey(w.title()))
                        .filter(w -> !sameFindings(w, after.get(w.title())))
                        .map(w -> "area of weakness " + w.number() + ", '" + w.title() + "'")
                        .toList();
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Rejection.Conflict(
                        "This would move what monitoring visits or revisits recorded for "
                                + String.join(" and ", changed)
                                + " to another area of weakness: those steps refer to areas of"
                                + " weakness by number. Keep each area of weakness at its place in"
                                + " the list (correct a title where it stands)"));
    }

    private static boolean sameFindings(Weakness before, Weakness after) {
        return before.history().equals(after.history())
                && Objects.equals(before.sufficientProgress(), after.sufficientProgress())
                && Objects.equals(before.judgedOn(), after.judgedOn());
    }

    private static Map<Integer, String> titles(Inspection inspection) {
        Map<Integer, String> titles = new HashMap<>();
        inspection.weaknesses().forEach(w -> titles.put(w.number(), w.title()));
        return titles;
    }

    public LocalDate today() {
        return England.today(clock);
    }

    public Optional<Inspection> find(String id) {
        return InspectionId.isValid(id) ? inspections.find(new InspectionId(id)) : Optional.empty();
    }

    public Result<List<Inspection>> inArea(String areaId) {
        if (!AreaId.isValid(areaId) || areas.find(new AreaId(areaId)).isEmpty()) {
            return Result.refused(new Rejection.NotFound("There is no area '" + areaId + "'"));
        }
        return Result.ok(inspections.inArea(new AreaId(areaId)));
    }

    /**
     * A page of an area's inspections, the latest start first: at most {@code limit}, after {@code
     * after} (the last of the page before).
     */
    public List<Inspection> inAreaNewestFirst(
            AreaId area, Optional<InspectionId> after, int limit) {
        return inspections.inAreaNewestFirst(area, after, limit);
    }

    /** The area's inspections not yet closed. */
    public List<Inspection> openIn(AreaId area) {
        return inspections.openIn(area);
    }

    /**
     * The inspections of {@code areas} not yet closed: for up to {@value DeadlineService#FEW_AREAS}
     * areas, each area's own (an officer of one council reads that council's, not every open
     * inspection in the country); for more, every open inspection, kept to theirs. In no order.
     */
    public List<Inspection> openIn(Collection<AreaId> areas) {
        if (areas.size() <= DeadlineService.FEW_AREAS) {
            List<Inspection> open = new ArrayList<>();
            areas.forEach(area -> open.addAll(inspections.openIn(area)));
            return open;
        }
        return inspections.open().stream().filter(i -> areas.contains(i.areaId())).toList();
    }

    /** The area's inspections closed on {@code since} or later, by closing day. */
    public List<Inspection> closedSince(AreaId area, LocalDate since) {
        return inspections.closedSince(area, since);
    }

    /** The inspections of {@code ids} that exist, in that order (read together). */
    public List<Inspection> findAll(List<InspectionId> ids) {
        return inspections.findAll(ids);
    }

    /** Every inspection not yet closed, across the areas. */
    public List<Inspection> open() {
        return inspections.open();
    }

    /**
     * The audit trail as far as {@code inspection} holds it: its entries up to its event count. The
     * item and its trail are two reads; an entry a write added between them waits for the version
     * that holds it (a probe saw one in 5 % of reads under concurrent writes, naming a due date the
     * same answer's deadlines did not show yet), and a replayed answer shows the trail as it stood.
     */
    public List<RecordedEvent> history(Inspection inspection) {
        return inspections.history(inspection.id()).stream()
                .filter(e -> e.seq() <= inspection.eventCount())
                .toList();
    }

    /**
     * What a new inspection of an unknown area gets (and, at the edge, of an area the person may
     * not read).
     */
    public static Rejection noSuchArea(String areaId) {
        return Rejection.Invalid.of(
                "areaId", "There is no area '" + areaId + "': register the area first");
    }

    /**
     * The inspection {@code input} (a request to create one) describes, if one was recorded exactly
     * so: the same area, framework and dates. A retry or a double submit of a creation that went
     * through is answered with it, rather than refused as a clash.
     */
    public Optional<Inspection> sameAs(Map<String, ?> input) {
        return NewInspection.read(input, today())
                .fold(
                        request ->
                                inspections
                                        .find(InspectionId.of(request.areaId(), request.startsOn()))
                                        .filter(
                                                found ->
                                                        found.framework() == request.framework()
                                                                && found.notifiedOn()
                                                                        .equals(
                                                                                request
                                                                                        .notifiedOn())
                                                                && found.endsOn()
                                                                        .equals(request.endsOn())),
                        refused -> Optional.empty());
    }

    public Result<Inspection> create(Map<String, ?> input, Actor actor) {
        return NewInspection.read(input, today())
                .flatMap(
                        request -> {
                            if (areas.find(request.areaId()).isEmpty()) {
                                return Result.refused(noSuchArea(request.areaId().value()));
                            }
                            Instant now = clock.instant();
                            InspectionId id = InspectionId.of(request.areaId(), request.startsOn());
                            Inspection inspection =
                                    Inspection.notified(
                                            id,
                                            request.areaId(),
                                            request.framework(),
                                            request.notifiedOn(),
                                            request.startsOn(),
                                            request.endsOn(),
                                            now);
                            RecordedEvent created =
                                    new RecordedEvent(
                                            1,
                                            "INSPECTION_CREATED",
                                            request.notifiedOn(),
                                            actor.name(),
                                            now,
                                            request.framework().label()
                                                    + " recorded: notified "
                                                    + format(request.notifiedOn())
                                                    + ", on site "
                                                    + format(request.startsOn())
                                                    + " to "
                                                    + format(request.endsOn())
                                                    + ".",
                                            EventInputs.details(input),
                                            actor.id());
                            try {
                                inspections.create(inspection, created);
                            } catch (ConcurrentChangeException e) {
                                return Result.refused(
                                        new Rejection.Conflict(
                                                "An inspection of "
                                                        + request.areaId()
                                                        + " starting "
                                                        + format(request.startsOn())
                                                        + " is already recorded as "
                                                        + id));
                            }
                            listeners.forEach(listener -> listener.changed(inspection, created));
                            return Result.ok(inspection);
                        });
    }

    /**
     * Records one event. {@code expectedVersion} (from {@code If-Match}) must be the current
     * version or the request is refused as stale; a repeated {@code idempotencyKey} returns the
     * first result.
     */
    public Result<Recorded> record(
            String inspectionId,
            Map<String, ?> input,
            Optional<Long> expectedVersion,
            Optional<String> idempotencyKey,
            Actor actor) {
        Optional<Inspection> found = find(inspectionId);
        if (found.isEmpty()) {
            return Result.refused(
                    new Rejection.NotFound("There is no inspection '" + inspectionId + "'"));
        }
        Inspection current = found.get();
        FieldReader envelope = new FieldReader(input);
        String type = envelope.text("type", "the event type", 60, true);
        if (type == null) {
            return Result.refused(new Rejection.Invalid(envelope.errors()));
        }
        Map<String, Object> fields = new LinkedHashMap<>(input);
        fields.remove("type");
        String fingerprint = RequestFingerprint.of(type, fields);
        if (idempotencyKey.isPresent()) {
            if (idempotencyKey.get().isBlank()
                    || idempotencyKey.get().length() > MAX_IDEMPOTENCY_KEY) {
                return Result.refused(
                        Rejection.Invalid.of(
                                "Idempotency-Key",
                                "The Idempotency-Key header must be 1 to "
                                        + MAX_IDEMPOTENCY_KEY
                                        + " characters"));
            }
            Optional<String> unsafe =
                    FieldReader.unsafe(idempotencyKey.get(), "The Idempotency-Key header", false);
            if (unsafe.isPresent()) {
                return Result.refused(Rejection.Invalid.of("Idempotency-Key", unsafe.get()));
            }
            Optional<Result<Recorded>> replay =
                    replay(current.id(), idempotencyKey.get(), fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        if (expectedVersion.isPresent() && expectedVersion.get() != current.version()) {
            return replayedInstead(
                    current,
                    idempotencyKey,
                    fingerprint,
                    new Rejection.StaleVersion(expectedVersion.get(), current.version()));
        }
        Result<Decided> decided = decide(current, type, fields);
        if (decided instanceof Result.Refused<Decided> refused) {
            return replayedInstead(current, idempotencyKey, fingerprint, refused.rejection());
        }
        Result.Ok<Decided> ok = (Result.Ok<Decided>) decided;
        Inspection next = ok.value().next();
        Optional<Rejection> stillReferred = stillReferred(current, next);
        if (stillReferred.isPresent()) {
            return Result.refused(stillReferred.get());
        }
        RecordedEvent event =
                new RecordedEvent(
                        next.eventCount(),
                        type,
                        ok.value().on(),
                        actor.name(),
                        next.updatedAt(),
                        ok.value().summary(),
                        EventInputs.details(ok.value().details()),
                        actor.id());
        Optional<IdempotentResult> idempotency =
                idempotencyKey.map(key -> new IdempotentResult(key, fingerprint, next, event));
        try {
            inspections.update(current, next, event, idempotency);
        } catch (ConcurrentChangeException e) {
            return lostRace(current, idempotencyKey, fingerprint, expectedVersion);
        } catch (RecordTooLargeException e) {
            return Result.refused(
                    new Rejection.Conflict(
                            "This step would make the inspection's record larger than the tracker"
                                    + " can keep: nothing was saved. It is a limit of the tracker,"
                                    + " not a mistake in what you entered (its improvement plan's"
                                    + " boards hold a report for every date they are due): tell"
                                    + " the tracker's administrators which inspection it is"));
        }
        listeners.forEach(listener -> listener.changed(next, event));
        return Result.ok(new Recorded(next, event, false));
    }

    /**
     * What recording {@code input} on {@code current} would lead to, stored nowhere: lets a form
     * ask "are you sure?" before a step that closes the inspection. Refused as recording it would
     * be.
     */
    public Result<Inspection> preview(Inspection current, Map<String, ?> input) {
        FieldReader envelope = new FieldReader(input);
        String type = envelope.text("type", "the event type", 60, true);
        if (type == null) {
            return Result.refused(new Rejection.Invalid(envelope.errors()));
        }
        Map<String, Object> fields = new LinkedHashMap<>(input);
        fields.remove("type");
        return decide(current, type, fields).map(Decided::next);
    }

    /** An officer's step through its lifecycle, or a correction or withdrawal through a replay. */
    private Result<Decided> decide(Inspection current, String type, Map<String, Object> fields) {
        EventContext context = context();
        if (Corrections.handles(type)) {
            return corrections.decide(current, type, fields, context);
        }
        return EventReader.decide(current, type, fields, context)
                .map(
                        transition ->
                                new Decided(
                                        transition.next(),
                                        transition.event().on(),
                                        transition.summary(),
                                        fields));
    }

    /**
     * A refusal, unless the same key's request was recorded meanwhile: a copy sent at the same
     * moment (a retry overlapping the first) is refused against the state the first left (the step
     * withdrawn already, the version moved on) and gets the first answer instead.
     */
    private Result<Recorded> replayedInstead(
            Inspection current,
            Optional<String> idempotencyKey,
            String fingerprint,
            Rejection refusal) {
        return idempotencyKey
                .flatMap(key -> replay(current.id(), key, fingerprint))
                .filter(Result::isOk)
                .orElseGet(() -> Result.refused(refusal));
    }

    private Optional<Result<Recorded>> replay(InspectionId id, String key, String fingerprint) {
        return inspections
                .idempotentResult(id, key)
                .map(
                        stored -> {
                            if (!stored.fingerprint().equals(fingerprint)) {
                                return Result.refused(LostRace.keyReused(key));
                            }
                            // a retry after a stop between the parts of the change finishes them
                            inspections.find(id).ifPresent(inspections::settle);
                            return Result.ok(new Recorded(stored.result(), stored.event(), true));
                        });
    }

    private Result<Recorded> lostRace(
            Inspection current,
            Optional<String> idempotencyKey,
            String fingerprint,
            Optional<Long> expectedVersion) {
        if (idempotencyKey.isPresent()) {
            Optional<Result<Recorded>> replay =
                    replay(current.id(), idempotencyKey.get(), fingerprint);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        return Result.refused(LostRace.refusal(inspections, current, expectedVersion));
    }

    private EventContext context() {
        Instant now = clock.instant();
        return new EventContext(England.dayOf(now), now, calendar, rules);
    }
}
