package org.sendtracker.http.web.area;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.ErrorPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;

/**
 * Assembles the area pages from the records ({@link AreaPages} holds their models), so that {@code
 * AreaPagesController} only routes and reads forms. Each action is offered only to who may use it.
 */
@Singleton
final class AreaViews {

    static final String CANNOT_EDIT =
            "You can see this area's records but not change them: ask an administrator for editor access.";

    private final AreaService areas;

    /** An area's inspections shown at a time, newest first; older ones a link away. */
    static final int INSPECTIONS_PER_PAGE = 20;

    /** The changes to an area's name and contacts shown; every one a link away. */
    static final int LATEST_CHANGES = 10;

    private final InspectionService inspections;
    private final Pages pages;

    private final WorkingDayCalendar calendar;

    AreaViews(
            AreaService areas,
            InspectionService inspections,
            Pages pages,
            WorkingDayCalendar calendar) {
        this.calendar = calendar;
        this.areas = areas;
        this.inspections = inspections;
        this.pages = pages;
    }

    MutableHttpResponse<?> all(HttpRequest<?> request) {
        Caller caller = pages.caller(request);
        List<AreaPages.AreaSummary> all =
                caller.readableAreas(areas).stream()
                        .sorted(Comparator.comparing(Area::name))
                        .map(
                                a ->
                                        new AreaPages.AreaSummary(
                                                a.id().value(),
                                                a.name(),
                                                a.contacts().size(),
                                                "/areas/" + a.id().value()))
                        .toList();
        return Pages.render(
                "areas",
                new AreaPages.AreasPage(
                        pages.layout(request, "Areas", false),
                        all,
                        caller.access().isAdministrator()));
    }

    MutableHttpResponse<?> area(
            HttpRequest<?> request,
            Area area,
            boolean registered,
            boolean changed,
            String olderThan,
            boolean allChanges) {
        String id = area.id().value();
        Optional<InspectionId> after =
                Optional.ofNullable(olderThan)
                        .filter(InspectionId::isValid)
                        .map(InspectionId::new)
                        .filter(i -> i.areaId().equals(area.id()));
        if (olderThan != null && after.isEmpty()) {
            String heading = "This link to older inspections does not work";
            return Pages.render(
                    HttpStatus.BAD_REQUEST,
                    "layout/error",
                    new ErrorPage(
                            pages.layout(request, heading, false),
                            heading,
                            "It is not one the page of "
                                    + area.name()
                                    + " gave. Go back to the area's page and follow its link to"
                                    + " older inspections."));
        }
        String banner =
                registered
                        ? area.name()
                                + " is registered. "
                                + (area.contactsWith(ContactRole.LEAD_OFFICER).isEmpty()
                                        ? "It has no lead officer yet: add one before recording its"
                                                + " inspection. The lead officer receives its"
                                                + " reminders."
                                        : "Now record its inspection.")
                        : changed
                                ? "The name and contacts of "
                                        + area.name()
                                        + " are saved. Reminders go to these contacts from now on."
                                : null;
        // One page of the area's history, newest first; the open ones for the contact warnings.
        List<Inspection> page =
                inspections.inAreaNewestFirst(area.id(), after, INSPECTIONS_PER_PAGE + 1);
        List<InspectionRow> rows =
                page.stream()
                        .limit(INSPECTIONS_PER_PAGE)
                        .map(i -> InspectionRow.of(i, area.name(), inspections.today(), calendar))
                        .toList();
        String olderHref =
                page.size() > INSPECTIONS_PER_PAGE
                        ? "/areas/"
                                + id
                                + "?olderThan="
                                + page.get(INSPECTIONS_PER_PAGE - 1).id().value()
                                + "#inspections"
                        : null;
        List<Inspection> open = inspections.openIn(area.id());
        List<AreaPages.ContactRow> contacts =
                area.contacts().stream()
                        .map(c -> new AreaPages.ContactRow(c.name(), c.email(), c.role().label()))
                        .toList();
        boolean editor = pages.caller(request).canEdit(id);
        List<AreaChange> latest =
                allChanges
                        ? areas.changes(id).stream()
                                .sorted(Comparator.comparingLong(AreaChange::version).reversed())
                                .toList()
                        : areas.latestChanges(id, LATEST_CHANGES + 1);
        List<AreaPages.ChangeRow> changes =
                latest.stream()
                        .limit(allChanges ? Long.MAX_VALUE : LATEST_CHANGES)
                        .map(
                                c ->
                                        new AreaPages.ChangeRow(
                                                Pages.when(c.at()), c.actor(), c.summary()))
                        .toList();
        String allChangesHref =
                !allChanges && latest.size() > LATEST_CHANGES
                        ? "/areas/" + id + "?changes=all#changes"
                        : null;
        return Pages.render(
                "area",
                new AreaPages.AreaPage(
                        pages.layout(request, area.name(), false),
                        id,
                        area.name(),
                        contacts,
                        rows,
                        "/areas/" + id + "/calendar.ics",
                        "/account#calendar",
                        "/deadlines.csv?areaId=" + id + "&weeks=52",
                        editor
                                ? "/inspections/new?areaId=" + id + "&returnTo=%2Fareas%2F" + id
                                : null,
                        editor ? contactsHref(id) : null,
                        ContactWarnings.of(area, open, editor),
                        changes,
                        banner,
                        olderHref,
                        after.isPresent() ? "/areas/" + id + "#inspections" : null,
                        allChangesHref));
    }

    MutableHttpResponse<?> contacts(
            HttpRequest<?> request,
            HttpStatus status,
            Area area,
            AreaForm form,
            FormState state,
            List<Problem> problems) {
        return Pages.render(
                status,
                "areaContacts",
                new AreaPages.ContactsPage(
                        pages.layout(
                                request,
                                "Change the name and contacts of " + area.name(),
                                !problems.isEmpty()),
                        area.name(),
                        "/areas/" + area.id().value(),
                        contactsHref(area.id().value()),
                        state,
                        new AreaPages.ContactRows(state, AreaForm.roles(), form.rows()),
                        problems));
    }

    /** The contacts form filled from the area as it is now. */
    MutableHttpResponse<?> contacts(
            HttpRequest<?> request, HttpStatus status, Area area, List<Problem> problems) {
        AreaForm form = AreaForm.contacts(area);
        return contacts(request, status, area, form, form.filledFrom(area), problems);
    }

    MutableHttpResponse<?> newArea(
            HttpRequest<?> request, HttpStatus status, AreaForm rows, FormState form) {
        return Pages.render(
                status,
                "newArea",
                new AreaPages.NewAreaPage(
                        pages.layout(request, "Register an area", form.hasErrors()),
                        form,
                        new AreaPages.ContactRows(form, AreaForm.roles(), rows.rows()),
                        form.problems()));
    }

    MutableHttpResponse<?> notFound(HttpRequest<?> request, String areaId) {
        return pages.notFound(request, "Area not found", "There is no area '" + areaId + "'.");
    }

    private static String contactsHref(String areaId) {
        return "/areas/" + areaId + "/contacts";
    }
}
