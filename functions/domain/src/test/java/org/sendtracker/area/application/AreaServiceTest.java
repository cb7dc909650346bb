package org.sendtracker.area.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.reminders.testing.InMemoryAreas;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

class AreaServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");
    private static final Actor JO = new Actor("jo-bloggs", "Jo Bloggs");
    private static final Map<String, String> LEAD =
            Map.of("name", "Sam Lead", "email", "sam@norfolk.example", "role", "LEAD_OFFICER");
    private static final Map<String, String> NHS =
            Map.of("name", "Nat Health", "email", "nat@nhs.example", "role", "NHS_LEAD");
    private static final Map<String, String> DCS =
            Map.of(
                    "name",
                    "Dee Director",
                    "email",
                    "dcs@norfolk.example",
                    "role",
                    "DIRECTOR_OF_CHILDRENS_SERVICES");

    private final AreaService areas =
            new AreaService(new InMemoryAreas(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aFewAreas_areThoseThatExist_inOrderOfId() {
        for (String id : List.of("suffolk", "norfolk", "essex")) {
            areas.create(Map.of("id", id, "name", id, "contacts", List.of(LEAD)), JO);
        }

        assertThat(
                        areas
                                .of(
                                        List.of(
                                                new AreaId("suffolk"),
                                                new AreaId("kent"),
                                                new AreaId("essex")))
                                .stream()
                                .map(a -> a.id().value()))
                .containsExactly("essex", "suffolk");
    }

    @Test
    void registering_recordsWhoRegisteredTheAreaWithWhichContacts() {
        areas.create(Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD)), JO);

        assertThat(areas.changes("norfolk"))
                .containsExactly(
                        new AreaChange(
                                1,
                                "Jo Bloggs",
                                NOW,
                                "Registered Norfolk with 1 contact: Sam Lead <sam@norfolk.example> as lead officer",
                                "jo-bloggs"));
    }

    @Test
    void changingContacts_recordsWhatWasAddedAndRemoved_byWhomAndWhen() {
        areas.create(
                Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD, DCS)), JO);

        Result<Area> changed =
                areas.update(
                        "norfolk",
                        Map.of("name", "Norfolk County", "contacts", List.of(LEAD, NHS)),
                        Optional.of(1L),
                        new Actor("al-editor", "Al Editor"));

        assertThat(changed.orElseThrow().version()).isEqualTo(2);
        assertThat(areas.changes("norfolk"))
                .hasSize(2)
                .last()
                .isEqualTo(
                        new AreaChange(
                                2,
                                "Al Editor",
                                NOW,
                                "Renamed from Norfolk to Norfolk County. Added Nat Health <nat@nhs.example> as NHS lead."
                                        + " Removed Dee Director <dcs@norfolk.example> as director of children's services",
                                "al-editor"));
    }

    @Test
    void aReplacementThatChangesNothing_writesNothing() {
        areas.create(Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD)), JO);

        Result<Area> same =
                areas.update(
                        "norfolk",
                        Map.of("name", "Norfolk", "contacts", List.of(LEAD)),
                        Optional.of(1L),
                        JO);

        assertThat(same.orElseThrow().version()).isEqualTo(1);
        assertThat(areas.changes("norfolk")).hasSize(1);
    }

    @Test
    void aStaleReplacement_isRefused_andRecordsNothing() {
        areas.create(Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD)), JO);
        areas.update(
                "norfolk",
                Map.of("name", "Norfolk", "contacts", List.of(LEAD, NHS)),
                Optional.of(1L),
                JO);

        Result<Area> stale =
                areas.update(
                        "norfolk",
                        Map.of("name", "Norfolk", "contacts", List.of(DCS)),
                        Optional.of(1L),
                        JO);

        assertThat(stale).isEqualTo(Result.refused(new Rejection.StaleVersion(1, 2)));
        assertThat(areas.changes("norfolk"))
                .extracting(AreaChange::version)
                .containsExactly(1L, 2L);
    }

    @Test
    void reorderingContacts_isAChange_saidAsSuch() {
        areas.create(
                Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD, NHS)), JO);

        areas.update(
                "norfolk",
                Map.of("name", "Norfolk", "contacts", List.of(NHS, LEAD)),
                Optional.empty(),
                JO);

        assertThat(areas.changes("norfolk").get(1).summary()).isEqualTo("Reordered the contacts");
    }

    @Test
    void aContactWithMoreThanOneAddress_isRefused_andNothingIsRegistered() {
        Map<String, String> two =
                Map.of(
                        "name",
                        "Sam Lead",
                        "email",
                        "sam@norfolk.example; jo@norfolk.example",
                        "role",
                        "LEAD_OFFICER");

        Result<Area> refused =
                areas.create(
                        Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(two)), JO);

        assertThat(refused)
                .isEqualTo(
                        Result.refused(
                                Rejection.Invalid.of(
                                        "contacts[0].email",
                                        "Enter one email address only: add a contact for each further address")));
        assertThat(areas.find("norfolk")).isEmpty();
        assertThat(areas.changes("norfolk")).isEmpty();
    }

    @Test
    void aNameWithATextDirectionOverride_isRefused_andTheAreaKeepsItsVersion() {
        areas.create(Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD)), JO);

        Result<Area> refused =
                areas.update(
                        "norfolk",
                        Map.of("name", "Norfolk\u202E", "contacts", List.of(LEAD)),
                        Optional.of(1L),
                        JO);

        assertThat(refused)
                .isEqualTo(
                        Result.refused(
                                Rejection.Invalid.of(
                                        "name",
                                        "The area's name must not contain control characters or text direction controls (U+202E at character 8)")));
        assertThat(areas.find("norfolk").orElseThrow().version()).isEqualTo(1);
        assertThat(areas.changes("norfolk")).hasSize(1);
    }

    @Test
    void aReplacementWithoutContacts_isRefused_butAnEmptyListRemovesThemAll() {
        areas.create(
                Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD, NHS)), JO);

        Result<Area> without =
                areas.update("norfolk", Map.of("name", "Norfolk Council"), Optional.of(1L), JO);
        Result<Area> none =
                areas.update(
                        "norfolk",
                        Map.of("name", "Norfolk", "contacts", List.of()),
                        Optional.of(1L),
                        JO);

        assertThat(without)
                .isEqualTo(
                        Result.refused(
                                Rejection.Invalid.of(
                                        "contacts",
                                        "Send the area's contacts: they are replaced by what is sent, so leaving them out would remove every one (send [] to remove them all)")));
        assertThat(none.orElseThrow().contacts()).isEmpty();
        assertThat(areas.changes("norfolk")).hasSize(2);
    }

    @Test
    void aReplacementNamingAnotherId_isRefused() {
        areas.create(Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD)), JO);

        Result<Area> other =
                areas.update(
                        "norfolk",
                        Map.of("id", "suffolk", "name", "Norfolk", "contacts", List.of(LEAD)),
                        Optional.of(1L),
                        JO);
        Result<Area> same =
                areas.update(
                        "norfolk",
                        Map.of(
                                "id",
                                "norfolk",
                                "name",
                                "Norfolk Council",
                                "contacts",
                                List.of(LEAD)),
                        Optional.of(1L),
                        JO);

        assertThat(other)
                .isEqualTo(
                        Result.refused(
                                Rejection.Invalid.of(
                                        "id",
                                        "The id in the body is not this area's (norfolk): an area's id cannot change. Leave it out, or send norfolk")));
        assertThat(same.orElseThrow().name()).isEqualTo("Norfolk Council");
    }

    @Test
    void losingARace_isAConflict_unlessTheCallerNamedTheVersionItRead() {
        InMemoryAreas store = new InMemoryAreas();
        AreaService racing =
                new AreaService(new SomeoneSavesFirst(store), Clock.fixed(NOW, ZoneOffset.UTC));
        racing.create(Map.of("id", "norfolk", "name", "Norfolk", "contacts", List.of(LEAD)), JO);

        Result<Area> unversioned =
                racing.update(
                        "norfolk",
                        Map.of("name", "Norfolk County", "contacts", List.of(LEAD)),
                        Optional.empty(),
                        JO);
        Result<Area> versioned =
                racing.update(
                        "norfolk",
                        Map.of("name", "Norfolk Council", "contacts", List.of(LEAD)),
                        Optional.of(2L),
                        JO);

        assertThat(unversioned.refusal())
                .contains(
                        new Rejection.Conflict(
                                "Someone else changed this area while you were saving (it is now version 2): reload it and try again"));
        assertThat(versioned.refusal()).contains(new Rejection.StaleVersion(2, 3));
    }

    /** A store where, at each update, someone else's change of contacts is saved just before. */
    private static final class SomeoneSavesFirst implements Areas {
        private final InMemoryAreas store;

        SomeoneSavesFirst(InMemoryAreas store) {
            this.store = store;
        }

        @Override
        public Optional<Area> find(AreaId id) {
            return store.find(id);
        }

        @Override
        public List<Area> all() {
            return store.all();
        }

        @Override
        public void create(Area area, AreaChange registered) {
            store.create(area, registered);
        }

        @Override
        public void update(Area area, long previousVersion, AreaChange change) {
            Area theirs =
                    new Area(
                            area.id(), "Someone else's name", area.contacts(), previousVersion + 1);
            store.update(
                    theirs,
                    previousVersion,
                    new AreaChange(previousVersion + 1, "Someone Else", NOW, "Renamed", "other"));
            store.update(area, previousVersion, change);
        }

        @Override
        public List<AreaChange> changes(AreaId id) {
            return store.changes(id);
        }
    }
}
