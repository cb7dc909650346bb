package org.sendtracker.http.web.improvement;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.DateParts;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.improvement.PlanFormPages.Subject;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.improvement.application.Changed;
import org.sendtracker.improvement.application.ImprovementService;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.CadenceKind;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.LostRace;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Shows an improvement plan form and answers its post (docs/boards.md): the person must be able to
 * edit the inspection's area; the boxes become the JSON API's input and go through the same
 * service, with the version the form was rendered from (a stale one is refused) and its fresh
 * idempotency key (a double submit changes the plan once). Success redirects to the plan; a refusal
 * shows the form again, as typed, with an error summary linking to each box in error.
 */
@Singleton
final class PlanSubmission {

    static final String VIEW = "planForm";

    private final InspectionService inspections;
    private final ImprovementService plans;
    private final ProgressReportService reports;
    private final PlanFormPages formPages;
    private final PlanEditing editing;
    private final Pages pages;

    PlanSubmission(
            InspectionService inspections,
            ImprovementService plans,
            ProgressReportService reports,
            PlanFormPages formPages,
            PlanEditing editing,
            Pages pages) {
        this.inspections = inspections;
        this.plans = plans;
        this.reports = reports;
        this.formPages = formPages;
        this.editing = editing;
        this.pages = pages;
    }

    MutableHttpResponse<?> show(
            HttpRequest<?> request, String id, PlanForm form, String target, String weakness) {
        return editing.asEditor(
                request,
                pages.caller(request),
                id,
                (inspection, actor) -> {
                    Subject subject = subject(form, inspection, target);
                    if (!subject.targetExists()) {
                        return missing(request, subject);
                    }
                    FormState state =
                            form.spec()
                                    .fresh(
                                            PlanFormPages.defaults(subject, weakness),
                                            inspection.version());
                    return Pages.render(
                            VIEW,
                            formPages.page(
                                    request,
                                    subject,
                                    state,
                                    PlanFormPages.members(subject),
                                    List.of()));
                });
    }

    MutableHttpResponse<?> submit(
            HttpRequest<?> request, String id, String body, PlanForm form, String target) {
        return pages.post(
                request,
                body,
                post ->
                        editing.asEditor(
                                request,
                                post.caller(),
                                id,
                                (inspection, actor) ->
                                        submitted(
                                                request,
                                                subject(form, inspection, target),
                                                post.data(),
                                                actor)));
    }

    private MutableHttpResponse<?> submitted(
            HttpRequest<?> request, Subject subject, FormData data, Actor actor) {
        if (!subject.targetExists()) {
            return missing(request, subject);
        }
        PlanForm form = subject.form();
        FormSpec.Submission submission = form.spec().read(data);
        List<String> members =
                data.all().getOrDefault("members", List.of()).stream()
                        .filter(m -> !m.isBlank())
                        .toList();
        if (form == PlanForm.BOARD) {
            submission = boardInput(submission, members);
        }
        Optional<String> key = Optional.ofNullable(data.first("idempotencyKey"));
        FormSpec.Submission read = submission;
        if (form == PlanForm.ISSUE) {
            return reports.issue(subject.inspection(), read.input(), key.orElse(null), actor)
                    .fold(
                            issued -> Pages.seeOther(issued.path()),
                            rejection -> refused(request, subject, read, members, rejection));
        }
        return Versions.ofForm(data.first("version"))
                .flatMap(
                        version ->
                                write(
                                        subject,
                                        new ImprovementService.Request(
                                                read.input(), version, key, actor)))
                .fold(
                        changed ->
                                Pages.seeOther(
                                        subject.planHref()
                                                + (changed.isUnchanged()
                                                        ? "?unchanged=true"
                                                        : "?saved=" + changed.event().seq())
                                                + "#main-content"),
                        rejection -> refused(request, subject, read, members, rejection));
    }

    private Result<Changed> write(Subject subject, ImprovementService.Request request) {
        String id = subject.inspectionId();
        String target = subject.target();
        return switch (subject.form()) {
            case BOARD -> {
                if (target != null) {
                    yield plans.saveBoard(id, target, request);
                }
                Object name = request.input().get("name");
                String boardId = boardId(name == null ? "" : name.toString(), subject.plan());
                Optional<Board> same = subject.plan().board(boardId);
                if (same.isPresent()
                        && !FieldReader.comparable(same.get().name())
                                .equals(FieldReader.comparable(String.valueOf(name)))) {
                    // another board's name makes the same id ("Improvement Board" beside "SEND
                    // Improvement Board"): this one gets the next free id
                    boardId = nextFree(boardId, subject.plan());
                    same = Optional.empty();
                }
                if (same.isPresent()) {
                    yield Result.refused(
                            Rejection.Invalid.of(
                                    "name",
                                    "There is already a board called "
                                            + same.get().name()
                                            + ": change it from the improvement plan"));
                }
                yield plans.saveBoard(id, boardId, request);
            }
            case PRESENTED -> plans.recordBoardReport(id, target, request);
            case ACTION ->
                    target == null
                            ? plans.addAction(id, request)
                            : plans.updateAction(id, target, request);
            case MEASURE ->
                    target == null
                            ? plans.addMeasure(id, request)
                            : plans.updateMeasure(id, target, request);
            case VALUE -> plans.recordMeasureValue(id, target, request);
            case ISSUE -> throw new IllegalStateException("issuing is not a change to the plan");
        };
    }

    /**
     * A refused post: the form again, as typed, with the current version. Invalid boxes get their
     * messages; a stale version or a conflict is said at the top of the form.
     */
    private MutableHttpResponse<?> refused(
            HttpRequest<?> request,
            Subject before,
            FormSpec.Submission submission,
            List<String> members,
            Rejection rejection) {
        Inspection current = inspections.find(before.inspectionId()).orElse(before.inspection());
        ImprovementPlan plan = plans.plan(before.inspectionId()).orElse(before.plan());
        Subject subject = new Subject(before.form(), current, plan, before.target(), plans.today());
        if (!subject.targetExists() || rejection.kind() == Rejection.Kind.NOT_FOUND) {
            return missing(request, subject);
        }
        FormSpec spec = subject.form().spec();
        Problem atTop = new Problem("#" + spec.id(), rejection.message());
        // this page's idempotency key already sent with other answers: the page was submitted
        // before (Back, then changed and sent again), so it is stale, whatever the versions say
        String key = submission.data().first("idempotencyKey");
        boolean sentAlready = LostRace.isKeyReused(rejection, key);
        return switch (sentAlready ? Rejection.Kind.STALE_VERSION : rejection.kind()) {
            case INVALID ->
                    render(
                            request,
                            HttpStatus.BAD_REQUEST,
                            subject,
                            spec.withErrors(
                                    submission,
                                    rejection.errors(subject.form().firstField()),
                                    current.version()),
                            members,
                            List.of());
            case STALE_VERSION ->
                    render(
                            request,
                            HttpStatus.CONFLICT,
                            subject,
                            spec.withErrors(submission, List.of(), current.version()),
                            members,
                            List.of(
                                    new Problem(
                                            "#" + spec.id(),
                                            sentAlready
                                                    ? "This form was already sent from this page,"
                                                            + " and the improvement plan may have"
                                                            + " changed since. Check the"
                                                            + " improvement plan, then submit"
                                                            + " your form again."
                                                    : "This inspection was changed by someone"
                                                            + " else after you opened this page."
                                                            + " Check the improvement plan, then"
                                                            + " submit your form again.")));
            case CONFLICT, NOT_ALLOWED ->
                    render(
                            request,
                            HttpStatus.CONFLICT,
                            subject,
                            spec.withErrors(submission, List.of(), current.version()),
                            members,
                            List.of(atTop));
            case FORBIDDEN -> pages.forbidden(request, rejection);
            case NOT_FOUND -> missing(request, subject);
        };
    }

    private MutableHttpResponse<?> render(
            HttpRequest<?> request,
            HttpStatus status,
            Subject subject,
            FormState state,
            List<String> members,
            List<Problem> problems) {
        return Pages.render(
                status,
                VIEW,
                formPages.page(request, subject, state, Set.copyOf(members), problems));
    }

    private Subject subject(PlanForm form, Inspection inspection, String target) {
        ImprovementPlan plan =
                plans.plan(inspection.id().value()).orElse(ImprovementPlan.empty(inspection.id()));
        return new Subject(form, inspection, plan, target, plans.today());
    }

    /**
     * A board's input as the API takes it: its members (every box ticked), and only the cadence
     * fields of the cadence chosen (the form shows them all); none when it has no reports due.
     */
    @SuppressWarnings("unchecked")
    private static FormSpec.Submission boardInput(
            FormSpec.Submission submission, List<String> members) {
        Map<String, Object> input = new LinkedHashMap<>(submission.input());
        Map<String, DateParts.Invalid> dateErrors = new LinkedHashMap<>(submission.dateErrors());
        input.put("members", members);
        if (input.get("cadence") instanceof Map<?, ?> given) {
            Map<String, Object> cadence = new LinkedHashMap<>((Map<String, Object>) given);
            Object kind = cadence.get("kind");
            List<String> ignored =
                    PlanForm.NO_CADENCE.equals(kind)
                            ? List.of("kind", "every", "from", "until", "meetings")
                            : CadenceKind.MEETING_DATES.name().equals(kind)
                                    ? List.of("every", "from", "until")
                                    : kind != null ? List.of("meetings") : List.of();
            ignored.forEach(
                    field -> {
                        cadence.remove(field);
                        dateErrors.remove("cadence." + field);
                    });
            if (cadence.isEmpty()) {
                input.remove("cadence");
            } else {
                input.put("cadence", cadence);
            }
        }
        return new FormSpec.Submission(input, dateErrors, submission.data());
    }

    /**
     * A new board's id, from its name ("SEND Improvement Board": {@code send-improvement-board}),
     * as the API's path names it; {@code board-n} when the name gives no letters or digits.
     */
    static String boardId(String name, ImprovementPlan plan) {
        String ascii =
                Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-+$", "");
        }
        if (slug.isEmpty() || slug.equals("new")) {
            int n = plan.boards().size() + 1;
            while (plan.board("board-" + n).isPresent()) {
                n++;
            }
            slug = "board-" + n;
        }
        return slug;
    }

    /** {@code id-2}, {@code id-3}, …: the first no board of the plan has, within 40 characters. */
    static String nextFree(String id, ImprovementPlan plan) {
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String stem = id.substring(0, Math.min(id.length(), 40 - suffix.length()));
            String candidate = stem.replaceAll("-+$", "") + suffix;
            if (plan.board(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    /**
     * The page for a form whose board, action or measure is not there (removed, or never on the
     * plan), with a link back to the plan.
     */
    private MutableHttpResponse<?> missing(HttpRequest<?> request, Subject subject) {
        Removable kind =
                switch (subject.form()) {
                    case BOARD, PRESENTED -> Removable.BOARD;
                    case ACTION -> Removable.ACTION;
                    case MEASURE, VALUE -> Removable.MEASURE;
                    case ISSUE -> null;
                };
        return kind == null || subject.target() == null
                ? editing.notFound(
                        request, "There is no inspection '" + subject.inspectionId() + "'.")
                : editing.noItem(
                        request,
                        subject.inspectionId(),
                        kind.missing(subject.target(), subject.plan(), subject.inspection()));
    }
}
