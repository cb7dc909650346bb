package org.sendtracker.area.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One immutable entry of an area's audit trail: the version it produced, who made the change and
 * when, and what changed, in a sentence a person can read. Contacts decide who is reminded of a
 * statutory deadline, so every change to them is kept.
 */
public record AreaChange(long version, String actor, Instant at, String summary, String actorId) {

    /** An entry without the changer's subject id (made before sign-in). */
    public AreaChange(long version, String actor, Instant at, String summary) {
        this(version, actor, at, summary, null);
    }

    public AreaChange {
        Objects.requireNonNull(actor, "actor == null");
        Objects.requireNonNull(at, "at == null");
        Objects.requireNonNull(summary, "summary == null");
    }

    public static AreaChange registered(Area area, String actor, Instant at) {
        return registered(area, actor, null, at);
    }

    public static AreaChange registered(Area area, String actor, String actorId, Instant at) {
        return new AreaChange(
                area.version(),
                actor,
                at,
                "Registered "
                        + area.name()
                        + " with "
                        + count(area.contacts().size())
                        + (area.contacts().isEmpty()
                                ? ""
                                : ": "
                                        + String.join(
                                                "; ",
                                                area.contacts().stream()
                                                        .map(AreaChange::describe)
                                                        .toList())),
                actorId);
    }

    /**
     * What differs between two versions of an area, or nothing when they hold the same name and
     * contacts.
     */
    public static String difference(Area before, Area after) {
        List<String> parts = new ArrayList<>();
        if (!before.name().equals(after.name())) {
            parts.add("Renamed from " + before.name() + " to " + after.name());
        }
        List<Contact> removed = new ArrayList<>(before.contacts());
        removed.removeAll(after.contacts());
        List<Contact> added = new ArrayList<>(after.contacts());
        added.removeAll(before.contacts());
        if (!added.isEmpty()) {
            parts.add(
                    "Added "
                            + String.join("; ", added.stream().map(AreaChange::describe).toList()));
        }
        if (!removed.isEmpty()) {
            parts.add(
                    "Removed "
                            + String.join(
                                    "; ", removed.stream().map(AreaChange::describe).toList()));
        }
        if (parts.isEmpty() && !before.contacts().equals(after.contacts())) {
            parts.add("Reordered the contacts");
        }
        return String.join(". ", parts);
    }

    private static String describe(Contact contact) {
        return contact.name() + " <" + contact.email() + "> as " + contact.role().labelInSentence();
    }

    private static String count(int contacts) {
        return contacts == 1 ? "1 contact" : contacts + " contacts";
    }
}
