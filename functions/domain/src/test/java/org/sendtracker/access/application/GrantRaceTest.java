package org.sendtracker.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.PersonChange;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * A grant that loses a race to another administrator's: 412 (stale) only when the caller named the
 * version it read, else a 409 saying someone else changed the person (docs/design.md). A grant that
 * records someone new says so, for the API's 201.
 */
class GrantRaceTest {

    private static final Actor ADMIN = new Actor("admin-1", "Alex Admin");
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Map<String, Object> GRANT =
            Map.of("name", "Olive Officer", "role", "ADMINISTRATOR");

    private final SomeoneSavesFirst people = new SomeoneSavesFirst();
    private final AccessService access =
            new AccessService(
                    people,
                    new InMemoryAreas(),
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    Optional.empty(),
                    () -> "x".repeat(43));

    @Test
    void aGrantThatRecordsSomeoneNew_saysSo_andOneThatChangesThem_doesNot() {
        Result<AccessService.Granted> created =
                access.granted("olive", GRANT, Optional.empty(), ADMIN, Access.ADMINISTRATOR);
        Result<AccessService.Granted> again =
                access.granted(
                        "olive",
                        Map.of("name", "Olive Officer", "role", "NATIONAL_VIEWER"),
                        Optional.empty(),
                        ADMIN,
                        Access.ADMINISTRATOR);

        assertThat(created.orElseThrow().created()).isTrue();
        assertThat(again.orElseThrow().created()).isFalse();
    }

    @Test
    void losingARace_isAConflict_unlessTheCallerNamedTheVersionItRead() {
        access.grant("olive", GRANT, Optional.empty(), ADMIN, Access.ADMINISTRATOR);
        people.raceNextUpdate = true;
        Result<Person> unversioned =
                access.grant(
                        "olive",
                        Map.of("name", "Olive Officer", "role", "NATIONAL_VIEWER"),
                        Optional.empty(),
                        ADMIN,
                        Access.ADMINISTRATOR);
        people.raceNextUpdate = true;
        Result<Person> versioned =
                access.grant(
                        "olive",
                        Map.of("name", "Olive Officer", "role", "NATIONAL_VIEWER"),
                        Optional.of(2L),
                        ADMIN,
                        Access.ADMINISTRATOR);

        assertThat(unversioned.refusal())
                .contains(
                        new Rejection.Conflict(
                                "Someone else changed this person's access while you were saving (it is now version 2): reload and try again"));
        assertThat(versioned.refusal()).contains(new Rejection.StaleVersion(2, 3));
    }

    /** People where, when asked, another administrator's rename is saved just before an update. */
    private static final class SomeoneSavesFirst extends GrantToKnownAreasTest.MapPeople {
        boolean raceNextUpdate;

        @Override
        public void update(Person person, long previousVersion, PersonChange change) {
            if (raceNextUpdate) {
                raceNextUpdate = false;
                Person current = find(person.subject()).orElseThrow();
                super.update(
                        current.withAccess(
                                "Someone Else's Name", current.email(), current.access()),
                        previousVersion,
                        new PersonChange(
                                previousVersion + 1, "Sam Other", "other", NOW, "Renamed"));
            }
            super.update(person, previousVersion, change);
        }
    }
}
