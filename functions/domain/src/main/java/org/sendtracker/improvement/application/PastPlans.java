package org.sendtracker.improvement.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.application.EventInputs;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.shared.Result;

/**
 * A plan as it stood at the end of a past day, so far as its audit trail tells it
 * (docs/progress-report.md, "The report's date"): an action or a measure that was on the plan by
 * that day (added on or before it) and removed after it is back, as its removal's entry kept it (a
 * measure with its values), unless the plan holds it again (the same title for the same area of
 * weakness: removed and entered anew). What the plan holds now stays: its items' statuses and
 * values are rolled back to the day by the report itself, and an item first recorded after the day
 * is kept (a plan is often written up after the work began).
 */
public final class PastPlans {

    private PastPlans() {}

    /** The boards removed after {@code day} and not on {@code plan} now. */
    public static List<String> boardsRemovedAfter(
            ImprovementPlan plan, List<RecordedEvent> trail, LocalDate day) {
        List<String> removed = new ArrayList<>();
        for (RecordedEvent entry : removalsAfter(trail, "BOARD_REMOVED", day)) {
            String id = target(entry);
            if (plan.board(id).isEmpty() && !removed.contains(id)) {
                removed.add(id);
            }
        }
        return removed;
    }

    /**
     * {@code plan} with the actions and measures removed after {@code day} put back; {@code
     * inspection} is the one it is for, {@code today} the day the removals were read on.
     */
    public static ImprovementPlan on(
            ImprovementPlan plan,
            Inspection inspection,
            List<RecordedEvent> trail,
            LocalDate day,
            LocalDate today) {
        List<Action> actions = new ArrayList<>(plan.actions());
        for (RecordedEvent entry : removalsAfter(trail, "ACTION_REMOVED", day)) {
            String id = target(entry);
            if (onThePlanBy(trail, "ACTION_ADDED", "action-", id, day)) {
                removed(entry)
                        .flatMap(input -> ok(PlanInput.action(id, input, inspection, today)))
                        .filter(back -> actions.stream().noneMatch(a -> same(a, back)))
                        .ifPresent(actions::add);
            }
        }
        List<Measure> measures = new ArrayList<>(plan.measures());
        for (RecordedEvent entry : removalsAfter(trail, "MEASURE_REMOVED", day)) {
            String id = target(entry);
            if (onThePlanBy(trail, "MEASURE_ADDED", "measure-", id, day)) {
                removed(entry)
                        .flatMap(input -> measure(id, input, inspection, today))
                        .filter(back -> measures.stream().noneMatch(m -> same(m, back)))
                        .ifPresent(measures::add);
            }
        }
        return new ImprovementPlan(
                plan.inspectionId(),
                plan.version(),
                plan.boards(),
                actions,
                measures,
                plan.retired());
    }

    /** The same action, or one entered anew for it: the same title for the same weakness. */
    private static boolean same(Action held, Action back) {
        return held.id().equals(back.id())
                || held.weakness() == back.weakness() && held.title().equals(back.title());
    }

    private static boolean same(Measure held, Measure back) {
        return held.id().equals(back.id())
                || held.weakness() == back.weakness() && held.name().equals(back.name());
    }

    /**
     * Whether the item {@code id} was added on or before {@code day}. Ids are given in turn and
     * never again ({@code action-3} is the third action added), so the n-th entry adding one names
     * the day the n-th was added; an id not of that form cannot be dated, and is not put back.
     */
    private static boolean onThePlanBy(
            List<RecordedEvent> trail, String added, String prefix, String id, LocalDate day) {
        if (!id.startsWith(prefix) || !id.substring(prefix.length()).matches("[1-9][0-9]{0,5}")) {
            return false;
        }
        int n = Integer.parseInt(id.substring(prefix.length()));
        return trail.stream()
                .filter(e -> e.type().equals(added))
                .skip(n - 1L)
                .findFirst()
                .filter(e -> !e.on().isAfter(day))
                .isPresent();
    }

    private static List<RecordedEvent> removalsAfter(
            List<RecordedEvent> trail, String type, LocalDate day) {
        return trail.stream()
                .filter(e -> e.type().equals(type) && e.on().isAfter(day))
                .filter(e -> !target(e).isEmpty())
                .toList();
    }

    private static String target(RecordedEvent entry) {
        return entry.details().text("target").orElse("");
    }

    private static Optional<Map<String, Object>> removed(RecordedEvent entry) {
        return entry.details().object("removed").map(EventInputs::map);
    }

    /** A removed measure as its entry kept it: its values read one by one, as they were added. */
    private static Optional<Measure> measure(
            String id, Map<String, Object> input, Inspection inspection, LocalDate today) {
        List<MeasureValue> values = new ArrayList<>();
        if (input.get("values") instanceof List<?> kept) {
            for (Object one : kept) {
                if (!(one instanceof Map<?, ?> map)) {
                    return Optional.empty();
                }
                Map<String, Object> value = new LinkedHashMap<>();
                map.forEach((name, given) -> value.put(String.valueOf(name), given));
                Optional<MeasureValue> read = ok(PlanInput.value(value, today));
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                values.add(read.get());
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>(input);
        fields.remove("values");
        return ok(PlanInput.measure(id, fields, inspection, values, today));
    }

    private static <T> Optional<T> ok(Result<T> result) {
        return result instanceof Result.Ok<T> ok ? Optional.of(ok.value()) : Optional.empty();
    }
}
