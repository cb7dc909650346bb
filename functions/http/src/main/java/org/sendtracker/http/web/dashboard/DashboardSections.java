package org.sendtracker.http.web.dashboard;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.area.ContactWarnings;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;

/**
 * The dashboard's sections besides the deadlines: the filter's choices, the open inspections with
 * the contacts their deadlines lack, and the emails that reached no one.
 */
@Singleton
final class DashboardSections {

    /**
     * The open inspections, next deadline first (those with none last), and the roles their areas
     * have no contact for.
     */
    record Open(Shown<InspectionRow> rows, List<ContactWarnings.Warning> contactWarnings) {}

    private final InspectionService inspections;
    private final UndeliveredEmails undeliveredEmails;
    private final WorkingDayCalendar calendar;

    DashboardSections(
            InspectionService inspections,
            UndeliveredEmails undeliveredEmails,
            WorkingDayCalendar calendar) {
        this.inspections = inspections;
        this.calendar = calendar;
        this.undeliveredEmails = undeliveredEmails;
    }

    static List<Option> areaOptions(Map<String, String> areaNames) {
        List<Option> areaOptions = new ArrayList<>();
        areaOptions.add(Option.of("", "All areas"));
        areaNames.forEach((id, name) -> areaOptions.add(Option.of(id, name)));
        return areaOptions;
    }

    static List<Option> weekOptions() {
        return DueDeadlines.Filter.WEEKS.stream()
                .map(w -> Option.of(String.valueOf(w), "the next " + w + " weeks"))
                .toList();
    }

    /**
     * The open inspections of the filter's areas among {@code all} (the areas the caller may read)
     * and the contact warnings of those areas, from {@code found}'s outstanding deadlines of open
     * inspections: no read of every open inspection. An inspection with an outstanding deadline is
     * placed by its soonest one; only the {@code first} so placed (all of them when {@code whole})
     * are read, together. Inspections with no outstanding deadline (awaiting their report) come
     * last, and are read from the open ones only when the list reaches them.
     */
    Open open(
            List<Area> all,
            DueDeadlines.Filter filter,
            Caller caller,
            DueDeadlines.Found found,
            int first,
            boolean whole,
            String allHref,
            String firstHref) {
        Map<AreaId, List<OutstandingDeadline>> outstandingByArea = new LinkedHashMap<>();
        // soonest first: an inspection's first deadline here is its next one
        Map<InspectionId, LocalDate> next = new LinkedHashMap<>();
        // each inspection's area, taken once: an id is not parsed again in every comparison
        Map<InspectionId, AreaId> areaOf = new HashMap<>();
        for (OutstandingDeadline deadline : found.ofOpenInspections()) {
            outstandingByArea
                    .computeIfAbsent(deadline.areaId(), a -> new ArrayList<>())
                    .add(deadline);
            if (next.putIfAbsent(deadline.inspectionId(), deadline.dueOn()) == null) {
                areaOf.put(deadline.inspectionId(), deadline.areaId());
            }
        }
        List<ContactWarnings.Warning> contactWarnings = new ArrayList<>();
        Map<AreaId, Integer> areaOrder = new LinkedHashMap<>();
        Map<AreaId, String> names = new LinkedHashMap<>();
        for (Area area : all) {
            if (filter.areaId() == null || filter.areaId().equals(area.id().value())) {
                areaOrder.put(area.id(), areaOrder.size());
                names.put(area.id(), area.name());
                contactWarnings.addAll(
                        ContactWarnings.forDeadlines(
                                area,
                                outstandingByArea.getOrDefault(area.id(), List.of()),
                                caller.canEdit(area.id().value())));
            }
        }
        // next deadline first; on the same day, in the order of the areas, then of start
        List<InspectionId> placed =
                next.keySet().stream()
                        .filter(id -> areaOrder.containsKey(areaOf.get(id)))
                        .sorted(
                                Comparator.comparing((InspectionId id) -> next.get(id))
                                        .thenComparing(id -> areaOrder.get(areaOf.get(id)))
                                        .thenComparing(InspectionId::value))
                        .toList();
        Comparator<Inspection> unplacedOrder =
                Comparator.comparing((Inspection i) -> areaOrder.get(i.areaId()))
                        .thenComparing(Inspection::startsOn)
                        .thenComparing(i -> i.id().value());
        List<Inspection> shown;
        if (whole) {
            // the whole list: every open inspection of these areas, read at once
            shown =
                    inspections.openIn(areaOrder.keySet()).stream()
                            .sorted(
                                    Comparator.comparing(
                                                    (Inspection i) ->
                                                            next.getOrDefault(
                                                                    i.id(), LocalDate.MAX))
                                            .thenComparing(unplacedOrder))
                            .toList();
        } else if (placed.size() > first) {
            shown = inspections.findAll(placed.subList(0, first));
        } else {
            // the list reaches those with no deadline: only the open inspections can name them
            shown = new ArrayList<>(inspections.findAll(placed));
            Set<InspectionId> had = Set.copyOf(placed);
            inspections.openIn(areaOrder.keySet()).stream()
                    .filter(i -> !had.contains(i.id()))
                    .sorted(unplacedOrder)
                    .forEach(shown::add);
        }
        List<InspectionRow> rows =
                shown.stream()
                        .map(
                                i ->
                                        InspectionRow.of(
                                                i,
                                                names.get(i.areaId()),
                                                inspections.today(),
                                                calendar))
                        .toList();
        Shown<InspectionRow> listed =
                whole || placed.size() <= first
                        ? Shown.of(rows, first, whole, allHref, firstHref)
                        : new Shown<>(rows, Shown.UNKNOWN, allHref, null);
        return new Open(listed, contactWarnings);
    }

    /**
     * The emails of the last 30 days that failed, bounced, were rejected or were interrupted,
     * newest first, in the areas shown.
     */
    List<DashboardPage.UndeliveredRow> undelivered(
            DueDeadlines.Filter filter, Map<String, String> areaNames, Caller caller) {
        List<DashboardPage.UndeliveredRow> rows = new ArrayList<>();
        for (NoticeLedger.Ledgered entry : undeliveredEmails.recent()) {
            String area = entry.inspection().areaId().value();
            if (!areaNames.containsKey(area)
                    || filter.areaId() != null && !filter.areaId().equals(area)) {
                continue;
            }
            SentEmail email = entry.email();
            String problem =
                    switch (email.status()) {
                        case FAILED ->
                                "Not sent on " + Pages.when(email.at()) + ": " + email.error();
                        case BOUNCED, REJECTED ->
                                "Not delivered: emailed on "
                                        + Pages.when(email.at())
                                        + ", "
                                        + email.error();
                        default ->
                                "Not confirmed: sending began on "
                                        + Pages.when(email.at())
                                        + " and was interrupted";
                    };
            rows.add(
                    new DashboardPage.UndeliveredRow(
                            areaNames.getOrDefault(area, area),
                            email.subject(),
                            problem,
                            "/inspections/" + entry.inspection().value() + "#timeline",
                            entry.inspection().value(),
                            email.key(),
                            caller.canEdit(area)));
        }
        return rows;
    }
}
