package org.sendtracker.http.web.improvement;

import static org.sendtracker.shared.Dates.format;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.improvement.RemovalPage.Link;
import org.sendtracker.http.web.improvement.RemovalPage.Row;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.improvement.application.Changed;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Takes a board, an action or a measure off an improvement plan from the web (docs/boards.md): a
 * page says what it is and what removing it does, and its form posts the removal with the version
 * the page was shown from (a stale one is refused, the page shown again as things are now) and a
 * fresh idempotency key (a double submit removes once). Success goes back to the plan, whose banner
 * says what was removed.
 */
@Singleton
final class PlanRemoval {

    static final String VIEW = "confirmRemoval";

    /** The form's id: the error summary links to it. */
    private static final String FORM = "remove";

    private final InspectionService inspections;
    private final ImprovementService plans;
    private final PlanEditing editing;
    private final Pages pages;

    PlanRemoval(
            InspectionService inspections,
            ImprovementService plans,
            PlanEditing editing,
            Pages pages) {
        this.inspections = inspections;
        this.plans = plans;
        this.editing = editing;
        this.pages = pages;
    }

    MutableHttpResponse<?> show(HttpRequest<?> request, String id, Removable kind, String target) {
        return editing.asEditor(
                request,
                pages.caller(request),
                id,
                (inspection, actor) ->
                        page(request, HttpStatus.OK, inspection, kind, target, List.of()));
    }

    MutableHttpResponse<?> submit(
            HttpRequest<?> request, String id, Removable kind, String target, String body) {
        return pages.post(
                request,
                body,
                post ->
                        editing.asEditor(
                                request,
                                post.caller(),
                                id,
                                (inspection, actor) ->
                                        removed(request, id, kind, target, post.data(), actor)));
    }

    private MutableHttpResponse<?> removed(
            HttpRequest<?> request,
            String id,
            Removable kind,
            String target,
            FormData data,
            Actor actor) {
        Optional<String> key = Optional.ofNullable(data.first("idempotencyKey"));
        return Versions.ofForm(data.first("version"))
                .flatMap(
                        version ->
                                remove(
                                        id,
                                        kind,
                                        target,
                                        new ImprovementService.Request(
                                                Map.of(), version, key, actor)))
                .fold(
                        changed ->
                                Pages.seeOther(
                                        "/inspections/"
                                                + id
                                                + "/plan"
                                                + (changed.isUnchanged()
                                                        ? ""
                                                        : "?saved=" + changed.event().seq())
                                                + "#main-content"),
                        rejection -> refused(request, id, kind, target, rejection));
    }

    private Result<Changed> remove(
            String id, Removable kind, String target, ImprovementService.Request request) {
        return switch (kind) {
            case BOARD -> plans.removeBoard(id, target, request);
            case ACTION -> plans.removeAction(id, target, request);
            case MEASURE -> plans.removeMeasure(id, target, request);
        };
    }

    /** The page again, as things are now, saying why not; or "not found" when it has gone. */
    private MutableHttpResponse<?> refused(
            HttpRequest<?> request, String id, Removable kind, String target, Rejection rejection) {
        Optional<Inspection> current = inspections.find(id);
        if (current.isEmpty()) {
            return editing.notFound(request, "There is no inspection '" + id + "'.");
        }
        if (rejection.kind() == Rejection.Kind.NOT_FOUND) {
            return editing.noItem(
                    request, id, kind.missing(target, plan(current.get()), current.get()));
        }
        String message =
                switch (rejection.kind()) {
                    case STALE_VERSION ->
                            "This inspection was changed by someone else after you opened this"
                                    + " page. Check what is shown here, then remove it if you"
                                    + " still mean to.";
                    case INVALID ->
                            rejection.errors(FORM).stream()
                                    .map(e -> e.formMessage())
                                    .findFirst()
                                    .orElse(rejection.message());
                    default -> rejection.message();
                };
        if (rejection.kind() == Rejection.Kind.FORBIDDEN) {
            return pages.forbidden(request, rejection);
        }
        HttpStatus status =
                rejection.kind() == Rejection.Kind.INVALID
                        ? HttpStatus.BAD_REQUEST
                        : HttpStatus.CONFLICT;
        return page(
                request,
                status,
                current.get(),
                kind,
                target,
                List.of(new Problem("#" + FORM, message)));
    }

    private MutableHttpResponse<?> page(
            HttpRequest<?> request,
            HttpStatus status,
            Inspection inspection,
            Removable kind,
            String target,
            List<Problem> problems) {
        ImprovementPlan plan = plan(inspection);
        Optional<Described> described = describe(kind, target, inspection, plan);
        if (described.isEmpty()) {
            return editing.noItem(
                    request, inspection.id().value(), kind.missing(target, plan, inspection));
        }
        String planHref = "/inspections/" + inspection.id().value() + "/plan";
        String heading = "Are you sure you want to remove this " + kind.noun() + "?";
        return Pages.render(
                status,
                VIEW,
                new RemovalPage(
                        pages.layout(request, heading, !problems.isEmpty()),
                        "Improvement plan",
                        heading,
                        described.get().rows(),
                        described.get().warning(),
                        described.get().blocked(),
                        described.get().fixes(),
                        planHref + "/" + kind.segment() + "/" + target + "/remove",
                        planHref,
                        "Yes, remove the " + kind.noun(),
                        new FormState(
                                FORM,
                                Map.of(),
                                Map.of(),
                                Map.of(),
                                problems,
                                UUID.randomUUID().toString(),
                                inspection.version()),
                        problems));
    }

    /**
     * What the page says of the board, action or measure, what removing it does and, when it cannot
     * be removed yet, why and where to put that right.
     */
    private record Described(List<Row> rows, String warning, String blocked, List<Link> fixes) {
        Described(List<Row> rows, String warning) {
            this(rows, warning, null, List.of());
        }
    }

    private Optional<Described> describe(
            Removable kind, String target, Inspection inspection, ImprovementPlan plan) {
        return switch (kind) {
            case BOARD -> plan.board(target).map(board -> board(board, inspection, plan));
            case ACTION -> plan.action(target).map(action -> action(action, inspection));
            case MEASURE -> plan.measure(target).map(measure -> measure(measure, inspection));
        };
    }

    private static Described board(Board board, Inspection inspection, ImprovementPlan plan) {
        long outstanding =
                inspection.deadlines().stream()
                        .filter(d -> Board.boardOf(d.id()).filter(board.id()::equals).isPresent())
                        .filter(Deadline::isOutstanding)
                        .count();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Board", board.name()));
        rows.add(
                new Row(
                        "Reports due",
                        board.cadence() == null ? "None" : board.cadence().describe()));
        Optional.ofNullable(board.reportsTo())
                .flatMap(plan::board)
                .ifPresent(to -> rows.add(new Row("Reports to", to.name())));
        rows.add(new Row("Reports not yet presented", String.valueOf(outstanding)));
        List<Board> reporting =
                plan.boards().stream().filter(b -> board.id().equals(b.reportsTo())).toList();
        String warning =
                (outstanding == 0
                                ? ""
                                : outstanding == 1
                                        ? "Its report not yet presented is cancelled: no more"
                                                + " reminders are sent for it. "
                                        : "Its "
                                                + outstanding
                                                + " reports not yet presented are cancelled: no"
                                                + " more reminders are sent for them. ")
                        + "Reports already presented stay on the inspection's record, and the"
                        + " timeline keeps what the board was.";
        if (reporting.isEmpty()) {
            return new Described(rows, warning);
        }
        String planHref = "/inspections/" + inspection.id().value() + "/plan";
        return new Described(
                rows,
                warning,
                "You cannot remove this board yet: "
                        + String.join(" and ", reporting.stream().map(Board::inSentence).toList())
                        + (reporting.size() == 1 ? " reports" : " report")
                        + " to it. Change where "
                        + (reporting.size() == 1 ? "it reports" : "they report")
                        + " first.",
                reporting.stream()
                        .map(
                                b ->
                                        new Link(
                                                "Change " + b.inSentence(),
                                                planHref + "/boards/" + b.id()))
                        .toList());
    }

    private Described action(Action action, Inspection inspection) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Area of weakness", weakness(inspection, action.weakness())));
        rows.add(new Row("What will be done", action.title()));
        rows.add(new Row("Owner", action.owner()));
        rows.add(new Row("Due", format(action.dueOn())));
        rows.add(new Row("Status", action.statusOn(plans.today()).label()));
        return new Described(
                rows,
                "The action is taken off the plan and its progress report. The timeline keeps"
                        + " what it was.");
    }

    private static Described measure(Measure measure, Inspection inspection) {
        int values = measure.values().size();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Area of weakness", weakness(inspection, measure.weakness())));
        rows.add(new Row("What is measured", measure.name() + " (" + measure.unit() + ")"));
        rows.add(
                new Row(
                        "Baseline",
                        measure.baseline().toPlainString()
                                + " on "
                                + format(measure.baselineOn())));
        rows.add(
                new Row(
                        "Target",
                        measure.target().toPlainString()
                                + (measure.targetBy() == null
                                        ? ""
                                        : " by " + format(measure.targetBy()))));
        rows.add(new Row("Values recorded", String.valueOf(values)));
        return new Described(
                rows,
                switch (values) {
                    case 0 -> "The timeline keeps what the measure was.";
                    case 1 ->
                            "Its value is removed with it. The timeline keeps what the measure"
                                    + " and its value were.";
                    default ->
                            "Its "
                                    + values
                                    + " values are removed with it. The timeline keeps what the"
                                    + " measure and its values were.";
                });
    }

    private static String weakness(Inspection inspection, int number) {
        return inspection.weaknesses().stream()
                .filter(w -> w.number() == number)
                .map(Weakness::title)
                .findFirst()
                .map(title -> number + ": " + title)
                .orElse(String.valueOf(number));
    }

    private ImprovementPlan plan(Inspection inspection) {
        return plans.plan(inspection.id().value()).orElse(ImprovementPlan.empty(inspection.id()));
    }
}
