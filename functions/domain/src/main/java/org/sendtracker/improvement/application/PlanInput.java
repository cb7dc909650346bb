package org.sendtracker.improvement.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.Contact;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionProgress;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.BoardKind;
import org.sendtracker.improvement.model.Cadence;
import org.sendtracker.improvement.model.CadenceKind;
import org.sendtracker.improvement.model.Direction;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Dates;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Reads a board, an action, a measure or a measure's value from a request (JSON, or a form's fields
 * under the same names), every field checked in one pass: the person sees every problem at once.
 * Nothing here writes; a refusal is a {@link Rejection.Invalid} naming each field.
 */
final class PlanInput {

    static final int MAX_MEMBERS = 40;
    static final int MAX_MEETINGS = 60;

    private static final Set<String> BOARD_FIELDS =
            Set.of("name", "kind", "members", "reportsTo", "cadence", "illustrative");
    private static final Set<String> CADENCE_FIELDS =
            Set.of("kind", "every", "from", "until", "meetings");
    private static final Set<String> ACTION_FIELDS =
            Set.of(
                    "weakness",
                    "title",
                    "owner",
                    "dueOn",
                    "progress",
                    "completedOn",
                    "illustrative");
    private static final Set<String> MEASURE_FIELDS =
            Set.of(
                    "weakness",
                    "name",
                    "unit",
                    "direction",
                    "baseline",
                    "baselineOn",
                    "target",
                    "targetBy",
                    "illustrative");
    private static final Set<String> VALUE_FIELDS = Set.of("on", "value", "note", "illustrative");
    private static final Set<String> PRESENTED_FIELDS =
            Set.of("dueOn", "presentedOn", "illustrative");

    private PlanInput() {}

    static Result<Board> board(String id, Map<String, ?> input, Area area, ImprovementPlan plan) {
        FieldReader reader = new FieldReader(input).onlyFields(BOARD_FIELDS);
        if (!Board.isValidId(id)) {
            reader.error(
                    "id",
                    "A board's id must be lower-case letters, digits and hyphens (at most 40),"
                            + " for example improvement-board");
        }
        String name = reader.text("name", "the board's name", 120, true);
        if (name != null) {
            plan.boards().stream()
                    .filter(other -> !other.id().equals(id))
                    .filter(
                            other ->
                                    FieldReader.comparable(other.name())
                                            .equals(FieldReader.comparable(name)))
                    .findFirst()
                    .ifPresent(
                            other ->
                                    reader.error(
                                            "name",
                                            "There is already a board called "
                                                    + other.name()
                                                    + " in this plan: give this one another name"));
        }
        BoardKind kind = reader.choice("kind", "the kind of board", BoardKind.class, true);
        List<String> members = reader.textList("members", "members", MAX_MEMBERS, 254);
        Set<String> contacts =
                area.contacts().stream()
                        .map(Contact::email)
                        .map(String::toLowerCase)
                        .collect(Collectors.toSet());
        for (int i = 0; i < members.size(); i++) {
            if (!contacts.contains(members.get(i).toLowerCase())) {
                reader.error(
                        "members[" + i + "]",
                        "'"
                                + members.get(i)
                                + "' is not one of "
                                + area.name()
                                + "'s contacts: add them to the area first");
            }
        }
        if (members.stream().map(String::toLowerCase).distinct().count() != members.size()) {
            reader.error("members", "Each member can be listed only once");
        }
        String reportsTo = reader.text("reportsTo", "the board it reports to", 40, false);
        if (reportsTo != null) {
            if (reportsTo.equals(id)) {
                reader.error("reportsTo", "A board cannot report to itself");
            } else if (plan.board(reportsTo).isEmpty()) {
                reader.error(
                        "reportsTo",
                        "There is no board '" + reportsTo + "' for this inspection: add it first");
            } else if (reportsBackTo(plan, reportsTo, id)) {
                reader.error(
                        "reportsTo",
                        "The board '"
                                + reportsTo
                                + "' reports to this one, directly or through others: reporting"
                                + " lines cannot go round in a circle");
            }
        }
        reader.bool("illustrative", "the entry is illustrative", false);
        FieldReader cadenceFields = reader.nested("cadence", "the cadence", false);
        Cadence cadence = cadenceFields == null ? null : cadence(cadenceFields);
        if (reader.hasErrors()) {
            return Result.refused(new Rejection.Invalid(reader.errors()));
        }
        return Result.ok(new Board(id, name, kind, members, cadence, reportsTo));
    }

    /** The cadence's fields are reported as {@code cadence.kind}, {@code cadence.every}, … */
    private static Cadence cadence(FieldReader reader) {
        reader.onlyFields(CADENCE_FIELDS);
        CadenceKind kind = reader.choice("kind", "the cadence", CadenceKind.class, true);
        if (kind == null) {
            return null;
        }
        if (kind == CadenceKind.MEETING_DATES) {
            for (String field : List.of("every", "from", "until")) {
                if (reader.has(field)) {
                    reader.error(field, "Leave this out for a cadence of listed meeting dates");
                }
            }
            List<LocalDate> listed =
                    reader.dateList("meetings", "the meeting date", "meeting dates", MAX_MEETINGS);
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < listed.size(); i++) {
                LocalDate date = listed.get(i);
                if (date != null && dates.contains(date)) {
                    reader.error(
                            "meetings[" + i + "]",
                            "The meeting date " + Dates.format(date) + " is listed more than once");
                } else if (date != null) {
                    dates.add(date);
                }
            }
            if (listed.isEmpty() && !reader.hasErrors()) {
                reader.error("meetings", "List at least one meeting date");
            }
            return reader.hasErrors() ? null : Cadence.meetingDates(dates);
        }
        if (reader.has("meetings")) {
            reader.error("meetings", "Leave this out for a cadence every so many weeks or months");
        }
        boolean weeks = kind == CadenceKind.EVERY_WEEKS;
        Integer every =
                reader.integer(
                        "every",
                        weeks ? "how many weeks apart" : "how many months apart",
                        1,
                        weeks ? 52 : 12,
                        true);
        LocalDate from = reader.date("from", "the date the first report is due", true);
        LocalDate until = reader.date("until", "the date of the last report", false);
        if (from != null && until != null && until.isBefore(from)) {
            reader.error("until", "The date of the last report must be on or after the first");
        }
        if (reader.hasErrors()) {
            return null;
        }
        return weeks
                ? Cadence.everyWeeks(every, from, until)
                : Cadence.everyMonths(every, from, until);
    }

    /**
     * Whether following the reporting lines up from {@code board} reaches {@code id}: then {@code
     * id} reporting to {@code board} would close a circle. Each board reports to at most one, so
     * the walk ends within the plan's boards.
     */
    private static boolean reportsBackTo(ImprovementPlan plan, String board, String id) {
        Set<String> seen = new HashSet<>();
        for (String next = board; next != null && seen.add(next); ) {
            if (next.equals(id)) {
                return true;
            }
            next = plan.board(next).map(Board::reportsTo).orElse(null);
        }
        return false;
    }

    static Result<Action> action(
            String id, Map<String, ?> input, Inspection inspection, LocalDate today) {
        FieldReader reader = new FieldReader(input).onlyFields(ACTION_FIELDS);
        Integer weakness = weakness(reader, inspection);
        String title = reader.text("title", "what will be done", 300, true);
        String owner = reader.text("owner", "who owns the action", 120, true);
        LocalDate dueOn = reader.date("dueOn", "the date the action is due", true);
        ActionProgress progress =
                reader.has("progress")
                        ? reader.choice("progress", "the progress", ActionProgress.class, true)
                        : ActionProgress.NOT_STARTED;
        LocalDate completedOn = reader.date("completedOn", "the date it was completed", false);
        if (progress == ActionProgress.COMPLETE
                && completedOn == null
                && !reader.has("completedOn")) {
            reader.error("completedOn", "Enter the date it was completed");
        }
        if (progress != null && progress != ActionProgress.COMPLETE && completedOn != null) {
            reader.error(
                    "completedOn", "Leave the completion date out until the action is complete");
        }
        notInFuture(reader, "completedOn", "The date it was completed", completedOn, today);
        notBeforeTheNotification(
                reader, "completedOn", "The date it was completed", completedOn, inspection);
        boolean illustrative = Boolean.TRUE.equals(reader.bool("illustrative", "", false));
        if (reader.hasErrors()) {
            return Result.refused(new Rejection.Invalid(reader.errors()));
        }
        return Result.ok(
                new Action(
                        id,
                        weakness,
                        title,
                        owner,
                        dueOn,
                        progress,
                        progress == ActionProgress.COMPLETE ? completedOn : null,
                        illustrative));
    }

    static Result<Measure> measure(
            String id,
            Map<String, ?> input,
            Inspection inspection,
            List<MeasureValue> values,
            LocalDate today) {
        FieldReader reader =
                new FieldReader(Decimals.numbersAsText(input, "baseline", "target"))
                        .onlyFields(MEASURE_FIELDS);
        Integer weakness = weakness(reader, inspection);
        String name = reader.text("name", "what is measured", 200, true);
        String unit = reader.text("unit", "the unit", 40, true);
        Direction direction =
                reader.choice("direction", "which way is better", Direction.class, true);
        BigDecimal baseline = Decimals.read(reader, input, "baseline", "the baseline", true);
        LocalDate baselineOn = reader.date("baselineOn", "the date of the baseline", true);
        BigDecimal target = Decimals.read(reader, input, "target", "the target", true);
        LocalDate targetBy = reader.date("targetBy", "the date the target is for", false);
        // where the area started from: measured already, as a value is (a target is for later)
        notInFuture(reader, "baselineOn", "The date of the baseline", baselineOn, today);
        if (baselineOn != null && targetBy != null && !targetBy.isAfter(baselineOn)) {
            reader.error(
                    "targetBy", "The date the target is for must be after the baseline's date");
        }
        if (direction != null && baseline != null && target != null) {
            // a target worse than where the area starts is a direction or a number mistyped
            int better = direction == Direction.HIGHER_IS_BETTER ? 1 : -1;
            if (Integer.signum(target.compareTo(baseline)) == -better) {
                reader.error(
                        "target",
                        "The target must be "
                                + (better > 0 ? "at least" : "at most")
                                + " the baseline ("
                                + baseline.toPlainString()
                                + ") when "
                                + direction.label().toLowerCase(Locale.ROOT)
                                + ": check the target, or which way is better");
            }
        }
        boolean illustrative = Boolean.TRUE.equals(reader.bool("illustrative", "", false));
        if (reader.hasErrors()) {
            return Result.refused(new Rejection.Invalid(reader.errors()));
        }
        return Result.ok(
                new Measure(
                        id,
                        weakness,
                        name,
                        unit,
                        direction,
                        baseline,
                        baselineOn,
                        target,
                        targetBy,
                        values,
                        illustrative));
    }

    static Result<MeasureValue> value(Map<String, ?> input, LocalDate today) {
        FieldReader reader =
                new FieldReader(Decimals.numbersAsText(input, "value")).onlyFields(VALUE_FIELDS);
        LocalDate on = reader.date("on", "the date the value is for", true);
        notInFuture(reader, "on", "The date the value is for", on, today);
        BigDecimal value = Decimals.read(reader, input, "value", "the value", true);
        String note = reader.multiLineText("note", "the note", 500, false);
        reader.bool("illustrative", "the entry is illustrative", false);
        if (reader.hasErrors()) {
            return Result.refused(new Rejection.Invalid(reader.errors()));
        }
        return Result.ok(new MeasureValue(on, value, note));
    }

    /** The report's due date and the day it was presented. */
    record Presented(LocalDate dueOn, LocalDate presentedOn) {}

    static Result<Presented> presented(
            Map<String, ?> input, Inspection inspection, LocalDate today) {
        FieldReader reader = new FieldReader(input).onlyFields(PRESENTED_FIELDS);
        LocalDate dueOn = reader.date("dueOn", "the date the report was due", true);
        LocalDate presentedOn = reader.date("presentedOn", "the date it was presented", true);
        notInFuture(reader, "presentedOn", "The date it was presented", presentedOn, today);
        notBeforeTheNotification(
                reader, "presentedOn", "The date it was presented", presentedOn, inspection);
        reader.bool("illustrative", "the entry is illustrative", false);
        if (reader.hasErrors()) {
            return Result.refused(new Rejection.Invalid(reader.errors()));
        }
        return Result.ok(new Presented(dueOn, presentedOn));
    }

    private static Integer weakness(FieldReader reader, Inspection inspection) {
        Integer number = reader.integer("weakness", "the area of weakness", 1, 99, true);
        if (number != null
                && inspection.weaknesses().stream().noneMatch(w -> w.number() == number)) {
            reader.error(
                    "weakness",
                    inspection.weaknesses().isEmpty()
                            ? "This inspection has no areas of weakness on record yet"
                            : "There is no area of weakness "
                                    + number
                                    + " in this inspection (it has "
                                    + inspection.weaknesses().size()
                                    + ")");
            return null;
        }
        return number;
    }

    /**
     * What the plan records as done (an action completed, a report presented) happened after the
     * inspection was notified: the plan answers it. (A measure's baseline and values may be older:
     * they say where the area started from.)
     */
    private static void notBeforeTheNotification(
            FieldReader reader, String field, String label, LocalDate date, Inspection inspection) {
        if (date != null && date.isBefore(inspection.notifiedOn())) {
            reader.error(
                    field,
                    label
                            + " cannot be before "
                            + Dates.format(inspection.notifiedOn())
                            + ", the date the inspection was notified");
        }
    }

    private static void notInFuture(
            FieldReader reader, String field, String label, LocalDate date, LocalDate today) {
        if (date != null && date.isAfter(today)) {
            reader.error(field, label + " cannot be in the future");
        }
    }
}
