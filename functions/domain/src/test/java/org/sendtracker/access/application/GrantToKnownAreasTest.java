package org.sendtracker.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.AreaRole;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Access is granted only to areas on record: a grant naming an unregistered id would otherwise
 * become access to whatever area is registered under it later, with nobody choosing that.
 */
class GrantToKnownAreasTest {

    private static final Actor ADMIN = new Actor("admin-1", "Alex Admin");
    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ZoneOffset.UTC);

    private final MapPeople people = new MapPeople();
    private final CountingAreas areas =
            new CountingAreas(area("cumbria"), area("lancashire"), area("cheshire-east"));
    private final AccessService access =
            new AccessService(people, areas, CLOCK, Optional.empty(), () -> "x".repeat(43));

    @Test
    void aGrantToAnAreaNotOnRecordIsRefusedAndNothingIsStored() {
        Result<Person> refused =
                access.grant(
                        "new-officer",
                        grant(Map.of("cumbria", "EDITOR", "nosuch", "VIEWER")),
                        Optional.empty(),
                        ADMIN,
                        Access.ADMINISTRATOR);

        assertThat(errors(refused))
                .containsExactly(
                        new FieldError(
                                "areas.nosuch",
                                "There is no area 'nosuch': register the area before granting access to it"));
        assertThat(people.find("new-officer")).isEmpty();
    }

    @Test
    void aVersionForSomeoneNotRecordedYet_isStale_andSaysToCreateWithoutIt() {
        Result<Person> refused =
                access.grant(
                        "not-yet",
                        grant(Map.of("cumbria", "EDITOR")),
                        Optional.of(1L),
                        ADMIN,
                        Access.ADMINISTRATOR);

        assertThat(refused).isEqualTo(Result.refused(new Rejection.StaleVersion(1, 0)));
        assertThat(((Result.Refused<Person>) refused).rejection().message())
                .isEqualTo(
                        "There is no such record yet, so it has no version 1: send the request"
                                + " without If-Match to create it");
        assertThat(people.find("not-yet")).isEmpty();
    }

    @Test
    void anExistingPersonGivenAnUnknownAreaKeepsTheirAccess() {
        Person before =
                access.grant(
                                "officer",
                                grant(Map.of("cumbria", "EDITOR")),
                                Optional.empty(),
                                ADMIN,
                                Access.ADMINISTRATOR)
                        .orElseThrow();

        Result<Person> refused =
                access.grant(
                        "officer",
                        grant(Map.of("cumbria", "EDITOR", "cumbrai", "EDITOR")),
                        Optional.of(before.version()),
                        ADMIN,
                        Access.ADMINISTRATOR);

        assertThat(errors(refused)).extracting(FieldError::field).containsExactly("areas.cumbrai");
        assertThat(people.find("officer")).contains(before);
        assertThat(people.changes("officer")).hasSize(1);
    }

    @Test
    void areasOnRecordAreGrantedAndAreasAlreadyHeldAreNotLookedUpAgain() {
        Person first =
                access.grant(
                                "officer",
                                grant(Map.of("cumbria", "EDITOR")),
                                Optional.empty(),
                                ADMIN,
                                Access.ADMINISTRATOR)
                        .orElseThrow();
        areas.lookups.set(0);

        Person second =
                access.grant(
                                "officer",
                                grant(Map.of("cumbria", "VIEWER", "lancashire", "EDITOR")),
                                Optional.of(first.version()),
                                ADMIN,
                                Access.ADMINISTRATOR)
                        .orElseThrow();

        assertThat(second.access().areas())
                .containsExactly(
                        Map.entry(new AreaId("cumbria"), AreaRole.VIEWER),
                        Map.entry(new AreaId("lancashire"), AreaRole.EDITOR));
        assertThat(areas.lookups.get()).as("only lancashire is new").isEqualTo(1);
    }

    @Test
    void manyNewAreasAreCheckedAgainstOneReadOfTheList() {
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            String id = "area-" + i;
            areas.create(area(id), null);
            many.put(id, "VIEWER");
        }
        many.put("nowhere", "VIEWER");
        areas.lookups.set(0);

        Result<Person> refused =
                access.grant("officer", grant(many), Optional.empty(), ADMIN, Access.ADMINISTRATOR);

        assertThat(errors(refused)).extracting(FieldError::field).containsExactly("areas.nowhere");
        assertThat(areas.lookups.get()).isZero();
        assertThat(areas.lists.get()).isEqualTo(1);

        many.remove("nowhere");
        assertThat(
                        access.grant(
                                        "officer",
                                        grant(many),
                                        Optional.empty(),
                                        ADMIN,
                                        Access.ADMINISTRATOR)
                                .orElseThrow()
                                .access()
                                .areas())
                .hasSize(8);
    }

    @Test
    void rolesWithoutAreasNeedNoLookup() {
        access.grant(
                        "national",
                        Map.of("name", "Nita National", "role", "NATIONAL_VIEWER"),
                        Optional.empty(),
                        ADMIN,
                        Access.ADMINISTRATOR)
                .orElseThrow();

        assertThat(areas.lookups.get() + areas.lists.get()).isZero();
    }

    private static Map<String, Object> grant(Map<String, String> areas) {
        Map<String, Object> grant = new HashMap<>();
        grant.put("name", "Olive Officer");
        grant.put("role", "AREAS");
        grant.put("areas", areas);
        return grant;
    }

    private static List<FieldError> errors(Result<Person> result) {
        return result.fold(
                person -> {
                    throw new AssertionError("granted: " + person);
                },
                rejection -> ((Rejection.Invalid) rejection).errors());
    }

    private static Area area(String id) {
        return new Area(new AreaId(id), id, List.of(), 1);
    }

    /** Areas that count how they are read. */
    private static final class CountingAreas implements Areas {
        private final InMemoryAreas areas;
        final AtomicInteger lookups = new AtomicInteger();
        final AtomicInteger lists = new AtomicInteger();

        CountingAreas(Area... initial) {
            this.areas = new InMemoryAreas(initial);
        }

        @Override
        public Optional<Area> find(AreaId id) {
            lookups.incrementAndGet();
            return areas.find(id);
        }

        @Override
        public List<Area> all() {
            lists.incrementAndGet();
            return areas.all();
        }

        @Override
        public void create(Area area, AreaChange registered) {
            areas.create(area, registered);
        }

        @Override
        public void update(Area area, long previousVersion, AreaChange change) {
            areas.update(area, previousVersion, change);
        }

        @Override
        public List<AreaChange> changes(AreaId id) {
            return areas.changes(id);
        }
    }

    /** People in a map, with the table's conditions on create and update. */
    static class MapPeople implements People {
        private final Map<String, Person> people = new HashMap<>();
        private final Map<String, List<PersonChange>> changes = new HashMap<>();

        @Override
        public Optional<Person> find(String subject) {
            return Optional.ofNullable(people.get(subject));
        }

        @Override
        public List<Person> all() {
            return List.copyOf(people.values());
        }

        @Override
        public void create(Person person, PersonChange change) {
            if (people.putIfAbsent(person.subject(), person) != null) {
                throw new ConcurrentChangeException("exists", null);
            }
            changes.computeIfAbsent(person.subject(), s -> new ArrayList<>()).add(change);
        }

        @Override
        public void update(Person person, long previousVersion, PersonChange change) {
            Person current = people.get(person.subject());
            if (current == null || current.version() != previousVersion) {
                throw new ConcurrentChangeException("stale", null);
            }
            people.put(person.subject(), person);
            changes.get(person.subject()).add(change);
        }

        @Override
        public List<PersonChange> changes(String subject) {
            return List.copyOf(changes.getOrDefault(subject, List.of()));
        }

        @Override
        public Optional<String> feedOwner(String tokenHash) {
            return Optional.empty();
        }

        @Override
        public void replaceFeed(String subject, String previousTokenHash, String tokenHash) {}

        @Override
        public Optional<String> feedOf(String subject) {
            return Optional.empty();
        }
    }
}
