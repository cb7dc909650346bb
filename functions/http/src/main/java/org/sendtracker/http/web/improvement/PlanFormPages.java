package org.sendtracker.http.web.improvement;

import static org.sendtracker.shared.Dates.format;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendtracker.area.model.Contact;
import org.sendtracker.http.web.form.DateParts;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.improvement.PlanFormPage.Member;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.Cadence;
import org.sendtracker.improvement.model.CadenceKind;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.Inspection;

/**
 * Builds the improvement plan's form pages ({@link PlanFormPage}): their words, the choices their
 * questions offer, and, for a change, the boxes filled from what is on record.
 */
@Singleton
final class PlanFormPages {

    private final PlanPages plans;
    private final Pages pages;

    PlanFormPages(PlanPages plans, Pages pages) {
        this.plans = plans;
        this.pages = pages;
    }

    /** What one form is about: the inspection, its plan, and the board, action or measure. */
    record Subject(
            PlanForm form,
            Inspection inspection,
            ImprovementPlan plan,
            String target,
            LocalDate today) {

        String inspectionId() {
            return inspection.id().value();
        }

        String planHref() {
            return "/inspections/" + inspectionId() + "/plan";
        }

        /** The form's own address: it posts there, and a refused post is shown there. */
        String action() {
            String base = planHref();
            return switch (form) {
                case BOARD -> base + "/boards/" + (target == null ? "new" : target);
                case PRESENTED -> base + "/boards/" + target + "/reports";
                case ACTION -> base + "/actions/" + (target == null ? "new" : target);
                case MEASURE -> base + "/measures/" + (target == null ? "new" : target);
                case VALUE -> base + "/measures/" + target + "/values";
                case ISSUE -> base + "/issue";
            };
        }

        /** Whether the board, action or measure the form is about is on record. */
        boolean targetExists() {
            return switch (form) {
                case BOARD, ACTION ->
                        target == null
                                || (form == PlanForm.BOARD
                                        ? plan.board(target).isPresent()
                                        : plan.action(target).isPresent());
                case PRESENTED -> plan.board(target).isPresent();
                case VALUE -> plan.measure(target).isPresent();
                case MEASURE -> target == null || plan.measure(target).isPresent();
                case ISSUE -> true;
            };
        }
    }

    PlanFormPage page(
            HttpRequest<?> request,
            Subject subject,
            FormState state,
            Set<String> members,
            List<Problem> extraProblems) {
        List<Problem> problems = new ArrayList<>(extraProblems);
        problems.addAll(state.problems());
        Inspection inspection = subject.inspection();
        ImprovementPlan plan = subject.plan();
        String target = subject.target();
        String heading;
        String intro = "";
        String button;
        switch (subject.form()) {
            case BOARD -> {
                heading =
                        target == null
                                ? "Add a board"
                                : "Change " + plan.board(target).orElseThrow().inSentence();
                intro =
                        "Each report due to the board becomes a council deadline with the usual"
                                + " reminders to its owner.";
                button = "Save board";
            }
            case PRESENTED -> {
                heading =
                        "Record a report to "
                                + plan.board(target).orElseThrow().inSentence()
                                + " as presented";
                intro = "Recording it meets the report's deadline on the day it was presented.";
                button = "Record as presented";
            }
            case ACTION -> {
                heading = target == null ? "Add an action" : "Change an action";
                intro = "An action the Written Statement of Action or plan promised.";
                button = "Save action";
            }
            case MEASURE -> {
                heading = target == null ? "Add a measure of impact" : "Change a measure of impact";
                intro = "A number that shows whether the work is making a difference.";
                button = "Save measure";
            }
            case VALUE -> {
                Measure measure = plan.measure(target).orElseThrow();
                heading = "Record a value: " + measure.name();
                intro =
                        "In "
                                + measure.unit()
                                + ". A value for a day that already has one replaces it.";
                button = "Record value";
            }
            case ISSUE -> {
                heading = "Issue a progress report";
                intro =
                        "Issuing keeps a copy of the report as it stands, for the board's papers:"
                                + " later changes to the record do not change it.";
                button = "Issue the report";
            }
            default -> throw new IllegalStateException("unknown form " + subject.form());
        }
        return new PlanFormPage(
                pages.layout(request, heading, !problems.isEmpty()),
                subject.form().spec().id(),
                plans.areaName(inspection) + ": " + PlanPages.inspectionTitle(inspection),
                heading,
                intro,
                subject.action(),
                subject.planHref(),
                button,
                state,
                problems,
                inspection.weaknesses().stream()
                        .map(
                                w ->
                                        Option.of(
                                                String.valueOf(w.number()),
                                                w.number() + ". " + w.title()))
                        .toList(),
                boardOptions(subject),
                dues(subject),
                memberChoices(inspection, members),
                "/areas/" + inspection.areaId().value() + "/contacts");
    }

    private static List<Option> boardOptions(Subject subject) {
        List<Option> options = new ArrayList<>();
        if (subject.form() == PlanForm.BOARD) {
            options.add(Option.of("", "It does not report to another board"));
        }
        for (Board board : subject.plan().boards()) {
            if (!board.id().equals(subject.target()) || subject.form() != PlanForm.BOARD) {
                options.add(Option.of(board.id(), board.name()));
            }
        }
        return options;
    }

    /** The board's reports still outstanding, the earliest first, as the report to record. */
    private static List<Option> dues(Subject subject) {
        if (subject.form() != PlanForm.PRESENTED) {
            return List.of();
        }
        Board board = subject.plan().board(subject.target()).orElseThrow();
        return PlanPages.reports(subject.inspection(), board).stream()
                .filter(Deadline::isOutstanding)
                .map(
                        d ->
                                Option.of(
                                        d.dueOn().toString(),
                                        "Due "
                                                + format(d.dueOn())
                                                + " ("
                                                + PlanPages.reportStatus(d, subject.today())
                                                        .text()
                                                        .toLowerCase()
                                                + ")"))
                .toList();
    }

    private List<Member> memberChoices(Inspection inspection, Set<String> checked) {
        Set<String> lower = checked.stream().map(String::toLowerCase).collect(Collectors.toSet());
        List<Member> members = new ArrayList<>();
        for (Contact contact : plans.contacts(inspection)) {
            if (contact.email() != null && !contact.email().isBlank()) {
                members.add(
                        new Member(
                                contact.email(),
                                contact.name() + ", " + contact.role().label(),
                                lower.contains(contact.email().toLowerCase())));
            }
        }
        return members;
    }

    /** The boxes of a new form, or of a change filled from what is on record. */
    static Map<String, String> defaults(Subject subject, String weakness) {
        Map<String, String> values = new LinkedHashMap<>();
        ImprovementPlan plan = subject.plan();
        switch (subject.form()) {
            case BOARD -> {
                if (subject.target() != null) {
                    Board board = plan.board(subject.target()).orElseThrow();
                    values.put("name", board.name());
                    values.put("kind", board.kind().name());
                    values.put("reportsTo", board.reportsTo() == null ? "" : board.reportsTo());
                    Cadence cadence = board.cadence();
                    values.put(
                            "cadence.kind",
                            cadence == null ? PlanForm.NO_CADENCE : cadence.kind().name());
                    if (cadence != null && cadence.kind() == CadenceKind.MEETING_DATES) {
                        values.put(
                                "cadence.meetings",
                                cadence.meetings().stream()
                                        .map(LocalDate::toString)
                                        .collect(Collectors.joining("\n")));
                    } else if (cadence != null) {
                        values.put("cadence.every", String.valueOf(cadence.every()));
                        date(values, "cadence.from", cadence.from());
                        date(values, "cadence.until", cadence.until());
                    }
                }
            }
            case ACTION -> {
                if (subject.target() != null) {
                    Action action = plan.action(subject.target()).orElseThrow();
                    values.put("weakness", String.valueOf(action.weakness()));
                    values.put("title", action.title());
                    values.put("owner", action.owner());
                    date(values, "dueOn", action.dueOn());
                    values.put("progress", action.progress().name());
                    date(values, "completedOn", action.completedOn());
                } else {
                    values.put("progress", "NOT_STARTED");
                    if (weakness != null) {
                        values.put("weakness", weakness);
                    }
                }
            }
            case MEASURE -> {
                if (subject.target() != null) {
                    Measure measure = plan.measure(subject.target()).orElseThrow();
                    values.put("weakness", String.valueOf(measure.weakness()));
                    values.put("name", measure.name());
                    values.put("unit", measure.unit());
                    values.put("direction", measure.direction().name());
                    values.put("baseline", measure.baseline().toPlainString());
                    date(values, "baselineOn", measure.baselineOn());
                    values.put("target", measure.target().toPlainString());
                    date(values, "targetBy", measure.targetBy());
                } else if (weakness != null) {
                    values.put("weakness", weakness);
                }
            }
            case PRESENTED, VALUE, ISSUE -> {}
        }
        return values;
    }

    /** The members a change starts with: the board's, as on record. */
    static Set<String> members(Subject subject) {
        return subject.form() == PlanForm.BOARD && subject.target() != null
                ? Set.copyOf(subject.plan().board(subject.target()).orElseThrow().members())
                : Set.of();
    }

    private static void date(Map<String, String> values, String name, LocalDate date) {
        if (date != null) {
            values.put(name + "-" + DateParts.DAY, String.valueOf(date.getDayOfMonth()));
            values.put(name + "-" + DateParts.MONTH, String.valueOf(date.getMonthValue()));
            values.put(name + "-" + DateParts.YEAR, String.valueOf(date.getYear()));
        }
    }
}
