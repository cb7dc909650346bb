package org.sendtracker.http.access;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.AreaRole;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;

/**
 * A person as the API shows them: who, what they may do, the version to send back, and their access
 * trail.
 */
public record PersonView(
        String subject,
        String name,
        String email,
        String role,
        Map<String, AreaRole> areas,
        String access,
        long version,
        List<ChangeView> changes) {

    public record ChangeView(
            long version, String actor, String actorId, Instant at, String summary) {}

    /** The areas by id, as the API has always shown them (an object keyed by area id). */
    private static Map<String, AreaRole> areas(Access access) {
        Map<String, AreaRole> areas = new LinkedHashMap<>();
        access.areas().forEach((area, role) -> areas.put(area.value(), role));
        return areas;
    }

    public static PersonView of(Person person, List<PersonChange> changes) {
        return new PersonView(
                person.subject(),
                person.name(),
                person.email(),
                person.access().role().name(),
                areas(person.access()),
                person.access().describe(),
                person.version(),
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
}
