package org.sendtracker.local.demo;

import static org.sendtracker.shared.Dates.format;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.sendtracker.improvement.application.Changed;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventDetails;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;

/**
 * Lancashire's improvement plan after its 2017 inspection (docs/boards.md, "Demo data"): a Health
 * and Wellbeing Board and a SEND Improvement Board reporting to it every two months from July 2018
 * to March 2021, each report presented (two of them two weeks late), six of the WSoA's actions (one
 * finished late) and two measures with twelve monthly values, July 2018 to June 2019.
 *
 * <p>That the boards existed is on record; every date, action, name and figure here is
 * illustrative, and every write is marked so. Entered through {@link ImprovementService} as an
 * officer's forms are. Each part is added only when it is not there yet (a board by its id, an
 * action by its title, a measure by its name, a value by its date, a report by its deadline being
 * met), so a start that was killed half-way is completed by the next and nothing is added twice.
 * The plan is added whole once the clock has passed its last report; before that it is left out
 * with a line saying why.
 */
@Singleton
final class LancashirePlan {

    static final String INSPECTION = "lancashire-2017-11-13";
    static final String HEALTH_AND_WELLBEING_BOARD = "health-and-wellbeing-board";
    static final String IMPROVEMENT_BOARD = "send-improvement-board";

    /** The first and last reports to the Health and Wellbeing Board, every two months. */
    static final LocalDate FIRST_REPORT = LocalDate.parse("2018-07-17");

    static final LocalDate LAST_REPORT = LocalDate.parse("2021-03-17");

    /** The reports presented two weeks after they were due. */
    static final Set<LocalDate> PRESENTED_LATE =
            Set.of(LocalDate.parse("2018-11-17"), LocalDate.parse("2020-01-17"));

    private static final Actor DEMO = new Actor("demo-data", "Demo data");

    private final ImprovementService improvement;
    private final InspectionService inspections;

    LancashirePlan(ImprovementService improvement, InspectionService inspections) {
        this.improvement = improvement;
        this.inspections = inspections;
    }

    /**
     * Adds what is missing of the plan; returns the number of writes, telling {@code skip} of a
     * part left out and why.
     */
    int load(LocalDate today, Consumer<String> skip) {
        Optional<Inspection> inspection = inspections.find(INSPECTION);
        if (inspection.isEmpty() || inspection.get().weaknesses().isEmpty()) {
            return 0; // the inspection's own steps say why it is not there
        }
        if (today.isBefore(LAST_REPORT)) {
            skip.accept(
                    "Lancashire's improvement plan (boards, actions and measures, reports until "
                            + format(LAST_REPORT)
                            + ") is later than today ("
                            + format(today)
                            + ") on this clock: left out until the clock has passed it");
            return 0;
        }
        Load load = new Load(skip, Removed.from(inspections.history(inspection.get())));
        load.run();
        return load.steps;
    }

    /**
     * What officers have taken off the plan (its removal entries): the boards by id, the actions by
     * title, the measures by name. A later start completes a demo plan a killed runner left
     * part-loaded, but never adds back what someone removed.
     */
    private record Removed(Set<String> boards, Set<String> actions, Set<String> measures) {

        static Removed from(List<RecordedEvent> history) {
            Set<String> boards = new HashSet<>();
            Set<String> actions = new HashSet<>();
            Set<String> measures = new HashSet<>();
            for (RecordedEvent event : history) {
                EventDetails details = event.details();
                Optional<EventDetails> removed = details.object("removed");
                switch (event.type()) {
                    case "BOARD_REMOVED" -> details.text("target").ifPresent(boards::add);
                    case "ACTION_REMOVED" ->
                            removed.flatMap(r -> r.text("title")).ifPresent(actions::add);
                    case "MEASURE_REMOVED" ->
                            removed.flatMap(r -> r.text("name")).ifPresent(measures::add);
                    default -> {}
                }
            }
            return new Removed(boards, actions, measures);
        }
    }

    /** One pass: stops at the first refusal, which it reports. */
    private final class Load {
        private final Consumer<String> skip;
        private final Removed removed;
        private int steps;
        private boolean refused;

        Load(Consumer<String> skip, Removed removed) {
            this.skip = skip;
            this.removed = removed;
        }

        void run() {
            board(
                    HEALTH_AND_WELLBEING_BOARD,
                    input(
                            "name", "Lancashire Health and Wellbeing Board",
                            "kind", "HEALTH_AND_WELLBEING_BOARD",
                            "members",
                                    List.of(
                                            "chief.executive@lancashire.example",
                                            "dcs@lancashire.example",
                                            "nhs.lead@lancashire.example")));
            board(
                    IMPROVEMENT_BOARD,
                    input(
                            "name",
                            "SEND Improvement Board",
                            "kind",
                            "IMPROVEMENT_BOARD",
                            "members",
                            List.of(
                                    "dcs@lancashire.example",
                                    "send.lead@lancashire.example",
                                    "nhs.lead@lancashire.example",
                                    "forum@lancashire.example"),
                            "reportsTo",
                            HEALTH_AND_WELLBEING_BOARD,
                            "cadence",
                            Map.of(
                                    "kind",
                                    "EVERY_MONTHS",
                                    "every",
                                    2,
                                    "from",
                                    FIRST_REPORT.toString(),
                                    "until",
                                    LAST_REPORT.toString())));
            reports();
            action(
                    1,
                    "Set up a SEND Improvement Board chaired by the Director of Children's Services,"
                            + " reporting to the Health and Wellbeing Board",
                    "Director of children's services",
                    "2018-07-17",
                    "2018-07-17");
            action(
                    3,
                    "Agree a co-production charter with the parent carer forum",
                    "SEND lead officer",
                    "2018-12-31",
                    "2018-12-14");
            action(
                    4,
                    "Add EHC coordinators and track every needs assessment weekly against the"
                            + " 20-week limit",
                    "SEND lead officer",
                    "2018-10-31",
                    "2018-10-26");
            action(
                    5,
                    "Audit a sample of EHC plans each month with health and social care",
                    "SEND lead officer",
                    "2019-03-31",
                    "2019-03-29");
            action(
                    7,
                    "Commission extra autism assessment capacity to clear the waiting list",
                    "Designated clinical officer",
                    "2019-01-31",
                    "2019-04-30");
            action(
                    11,
                    "Report a SEND performance dashboard to every meeting of the improvement board",
                    "SEND lead officer",
                    "2018-09-30",
                    "2018-09-17");
            measure(
                    4,
                    "Percentage of EHC plans issued within 20 weeks",
                    "%",
                    "HIGHER_IS_BETTER",
                    "12.5",
                    "60",
                    "2019-12-31",
                    List.of(
                            "13.0", "15.2", "18.9", "22.4", "25.1", "24.3", "29.8", "33.5", "36.0",
                            "41.2", "44.7", "48.9"));
            measure(
                    7,
                    "Autism assessment waiting time",
                    "weeks",
                    "LOWER_IS_BETTER",
                    "96",
                    "18",
                    "2020-03-31",
                    List.of(
                            "97", "99", "101", "98", "95", "92", "88", "83", "76", "70", "64",
                            "59"));
        }

        private void board(String id, Map<String, Object> input) {
            if (refused || plan().board(id).isPresent() || removed.boards().contains(id)) {
                return;
            }
            write(
                    "board " + input.get("name"),
                    improvement.saveBoard(INSPECTION, id, request(input)));
        }

        private void reports() {
            if (refused) {
                return;
            }
            Inspection inspection = inspections.find(INSPECTION).orElseThrow();
            Optional<Board> board = plan().board(IMPROVEMENT_BOARD);
            if (board.isEmpty()) {
                return;
            }
            for (LocalDate due : board.get().reportDues()) {
                Optional<Deadline> deadline = inspection.deadline(board.get().deadlineId(due));
                if (refused || deadline.isEmpty() || deadline.get().metOn() != null) {
                    continue;
                }
                LocalDate presented = PRESENTED_LATE.contains(due) ? due.plusWeeks(2) : due;
                write(
                        "the report due " + format(due),
                        improvement.recordBoardReport(
                                INSPECTION,
                                IMPROVEMENT_BOARD,
                                request(
                                        input(
                                                "dueOn",
                                                due.toString(),
                                                "presentedOn",
                                                presented.toString()))));
            }
        }

        private void action(
                int weakness, String title, String owner, String dueOn, String completedOn) {
            if (refused
                    || removed.actions().contains(title)
                    || plan().actions().stream().map(Action::title).anyMatch(title::equals)) {
                return;
            }
            write(
                    "the action '" + title + "'",
                    improvement.addAction(
                            INSPECTION,
                            request(
                                    input(
                                            "weakness", weakness,
                                            "title", title,
                                            "owner", owner,
                                            "dueOn", dueOn,
                                            "progress", "COMPLETE",
                                            "completedOn", completedOn))));
        }

        private void measure(
                int weakness,
                String name,
                String unit,
                String direction,
                String baseline,
                String target,
                String targetBy,
                List<String> monthly) {
            if (refused || removed.measures().contains(name)) {
                return;
            }
            Optional<Measure> existing =
                    plan().measures().stream().filter(m -> m.name().equals(name)).findFirst();
            if (existing.isEmpty()) {
                Result<Changed> added =
                        improvement.addMeasure(
                                INSPECTION,
                                request(
                                        input(
                                                "weakness", weakness,
                                                "name", name,
                                                "unit", unit,
                                                "direction", direction,
                                                "baseline", baseline,
                                                "baselineOn", "2018-06-30",
                                                "target", target,
                                                "targetBy", targetBy)));
                if (!write("the measure '" + name + "'", added)) {
                    return;
                }
                existing =
                        plan().measures().stream().filter(m -> m.name().equals(name)).findFirst();
            }
            Measure measure = existing.orElseThrow();
            List<LocalDate> recorded = measure.values().stream().map(MeasureValue::on).toList();
            for (int month = 0; month < monthly.size() && !refused; month++) {
                // the last day of each month from July 2018
                LocalDate on = LocalDate.parse("2018-08-01").plusMonths(month).minusDays(1);
                if (recorded.contains(on)) {
                    continue;
                }
                write(
                        "the value of '" + name + "' for " + format(on),
                        improvement.recordMeasureValue(
                                INSPECTION,
                                measure.id(),
                                request(input("on", on.toString(), "value", monthly.get(month)))));
            }
        }

        private boolean write(String what, Result<Changed> result) {
            if (result instanceof Result.Refused<Changed> refusal) {
                refused = true;
                skip.accept(
                        "Lancashire's improvement plan: "
                                + what
                                + " and what follows were left out ("
                                + refusal.rejection().message()
                                + ")");
                return false;
            }
            steps++;
            return true;
        }
    }

    private ImprovementPlan plan() {
        return improvement.plan(INSPECTION).orElseThrow();
    }

    private static ImprovementService.Request request(Map<String, Object> input) {
        input.put(Illustrative.FIELD, true);
        return ImprovementService.Request.of(input, DEMO);
    }

    /** An ordered map of the pairs given: name, value, name, value, … */
    private static Map<String, Object> input(Object... pairs) {
        Map<String, Object> input = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            input.put((String) pairs[i], pairs[i + 1]);
        }
        return input;
    }
}
