package org.sendtracker.http.area;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.reminders.model.ContactGap;

/**
 * An area as the API shows it, with the roles its open deadlines need and no contact holds ({@code
 * missingContacts}), and its audit trail: who changed its name or contacts, when, and what.
 */
public record AreaView(
        String id,
        String name,
        long version,
        List<ContactView> contacts,
        List<MissingContact> missingContacts,
        List<ChangeView> changes) {

    public record ContactView(String name, String email, String role) {}

    /**
     * A role no contact holds: {@code remindersGoNowhere} when deadlines are that role's to meet
     * and no senior officer they escalate to stands in; {@code remindersGoTo}, the senior roles
     * that receive that role's reminders instead (empty when none does, or the role is only
     * escalated to: then only the overdue escalations to it are lost); {@code deadlines} are the
     * open ones needing it.
     */
    public record MissingContact(
            String role,
            boolean remindersGoNowhere,
            List<String> remindersGoTo,
            List<NeededBy> deadlines) {}

    public record NeededBy(String kind, LocalDate dueOn) {}

    public record ChangeView(
            long version, String actor, String actorId, Instant at, String summary) {}

    /** One line of the list of areas: without the audit trail (follow {@code href} for it). */
    public record Summary(
            String id, String href, String name, long version, List<ContactView> contacts) {

        public static Summary of(Area area) {
            return new Summary(
                    area.id().value(),
                    "/api/areas/" + area.id().value(),
                    area.name(),
                    area.version(),
                    contactViews(area));
        }
    }

    public static AreaView of(Area area, List<ContactGap> gaps, List<AreaChange> changes) {
        return new AreaView(
                area.id().value(),
                area.name(),
                area.version(),
                contactViews(area),
                gaps.stream()
                        .map(
                                gap ->
                                        new MissingContact(
                                                gap.role().name(),
                                                gap.reachesNoOne(),
                                                gap.standIns().stream()
                                                        .map(ContactRole::name)
                                                        .toList(),
                                                gap.deadlines().stream()
                                                        .map(
                                                                d ->
                                                                        new NeededBy(
                                                                                d.kind().name(),
                                                                                d.dueOn()))
                                                        .toList()))
                        .toList(),
                changes.stream()
                        .map(
                                c ->
                                        new ChangeView(
                                                c.version(),
                                                c.actor(),
                                                c.actorId(),
                                                c.at(),
                                                c.summary()))
                        .toList());
    }

    private static List<ContactView> contactViews(Area area) {
        return area.contacts().stream()
                .map(c -> new ContactView(c.name(), c.email(), c.role().name()))
                .toList();
    }
}
