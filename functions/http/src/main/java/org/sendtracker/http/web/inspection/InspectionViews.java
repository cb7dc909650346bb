package org.sendtracker.http.web.inspection;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.inspection.InspectionPages.Submitted;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.StepsOnRecord;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Lifecycle;

/**
 * Assembles the inspection pages as the controllers answer them: recording an inspection, an
 * inspection with its forms (as typed, with problems), and not found. The inspection page's own
 * model is built by {@link InspectionPages}.
 */
@Singleton
final class InspectionViews {

    static final FormSpec NEW_INSPECTION =
            new FormSpec(
                    "inspection",
                    List.of(
                            FormField.choice("areaId", "the area"),
                            FormField.choice("framework", "the framework"),
                            FormField.date("notifiedOn", "the date the area was notified"),
                            FormField.date("startsOn", "the date inspectors arrived"),
                            FormField.date("endsOn", "the last day on site")));

    private static final List<Option> FRAMEWORKS =
            List.of(
                    new Option(
                            "LASEND_2016",
                            "Local area SEND inspection",
                            "The framework for inspections from May 2016 to December 2022: a Written Statement of Action when the report finds areas of significant weakness"),
                    new Option(
                            "AREA_SEND_2023",
                            "Area SEND inspection",
                            "The framework from January 2023: an outcome from 1 to 3, with a priority action plan for outcome 3"));

    private final AreaService areas;
    private final InspectionPages inspectionPages;
    private final Pages pages;

    InspectionViews(AreaService areas, InspectionPages inspectionPages, Pages pages) {
        this.areas = areas;
        this.inspectionPages = inspectionPages;
        this.pages = pages;
    }

    /** Recording an inspection: the areas this person may edit to choose from. */
    MutableHttpResponse<?> newInspection(
            HttpRequest<?> request, HttpStatus status, FormState form) {
        Caller caller = pages.caller(request);
        List<Area> editable =
                caller.readableAreas(areas).stream()
                        .filter(a -> caller.canEdit(a.id().value()))
                        .sorted(Comparator.comparing(Area::name))
                        .toList();
        List<Option> areaOptions = new ArrayList<>();
        areaOptions.add(Option.of("", "Choose an area"));
        editable.forEach(area -> areaOptions.add(Option.of(area.id().value(), area.name())));
        return Pages.render(
                status,
                "newInspection",
                new NewInspectionPage(
                        pages.layout(request, "Record an inspection", form.hasErrors()),
                        form,
                        areaOptions,
                        FRAMEWORKS,
                        editable.isEmpty()));
    }

    MutableHttpResponse<?> inspection(
            HttpRequest<?> request,
            HttpStatus status,
            Inspection inspection,
            Optional<Submitted> submitted,
            List<Problem> problems,
            String banner) {
        return Pages.render(
                status,
                "inspection",
                inspectionPages.page(request, inspection, submitted, problems, banner));
    }

    /** The inspection as it is, with a problem about its next steps. */
    MutableHttpResponse<?> refusedOnPage(
            HttpRequest<?> request, Inspection current, String message) {
        return inspection(
                request,
                HttpStatus.CONFLICT,
                current,
                Optional.empty(),
                List.of(new Problem("#actions", message)),
                null);
    }

    /**
     * Someone else recorded something since this form was rendered, or this page's form was sent
     * before ({@code sentAlready}: Back, another answer, send): show the inspection as it is now,
     * say so, and keep what was typed (with the current version) if the step is still allowed.
     */
    MutableHttpResponse<?> stale(
            HttpRequest<?> request,
            Inspection current,
            EventType type,
            FormSpec.Submission submission,
            boolean sentAlready) {
        boolean stillAllowed = Lifecycle.of(current.framework()).allowed(current).contains(type);
        String message =
                (sentAlready
                                ? "This form was already sent from this page, and the inspection"
                                        + " may have changed since. Check its current state below"
                                : "This inspection was changed by someone else after you opened"
                                        + " this page. Check its current state below")
                        + (stillAllowed
                                ? ", then submit your form again."
                                : ": the step you were recording is no longer the next one.");
        FormSpec spec = EventForm.of(type, current).spec();
        List<Problem> problems =
                List.of(new Problem(stillAllowed ? "#" + spec.id() : "#timeline", message));
        Optional<Submitted> kept =
                stillAllowed
                        ? Optional.of(
                                new Submitted(
                                        type,
                                        spec.withErrors(submission, List.of(), current.version())))
                        : Optional.empty();
        return inspection(request, HttpStatus.CONFLICT, current, kept, problems, null);
    }

    /**
     * An entry of a readable inspection that is not a step standing on its record: never one, or
     * withdrawn, or the system's (its creation, a correction, a withdrawal).
     */
    MutableHttpResponse<?> entryNotFound(
            HttpRequest<?> request, Inspection inspection, StepsOnRecord steps, String seqText) {
        boolean number = seqText != null && seqText.matches("\\d{1,6}");
        String entry = number ? "Entry " + seqText : "'" + seqText + "'";
        String why =
                number && steps.withdrawn(Integer.parseInt(seqText))
                        ? " was withdrawn: a withdrawn step is not changed again."
                        : " is not a step that can be corrected or withdrawn: only an officer's"
                                + " step that stands can be (not the inspection's creation, a"
                                + " correction or a withdrawal).";
        return pages.notFound(
                request,
                "Entry not found",
                entry + " of the inspection " + inspection.id().value() + why);
    }

    MutableHttpResponse<?> notFound(HttpRequest<?> request, String id) {
        return pages.notFound(
                request, "Inspection not found", "There is no inspection '" + id + "'.");
    }
}
