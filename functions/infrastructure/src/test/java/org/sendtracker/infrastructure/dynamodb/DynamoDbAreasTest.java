package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.shared.ConcurrentChangeException;
import software.amazon.awssdk.services.dynamodb.model.Put;

/**
 * The area repository against DynamoDB Local: the area and its audit entry together, or neither.
 */
class DynamoDbAreasTest {

    private static final Instant AT = Instant.parse("2026-11-23T10:15:00Z");
    private static final AreaId NORFOLK = new AreaId("norfolk");

    private LocalDynamoDb dynamo;
    private DynamoDbAreas areas;

    @BeforeEach
    void freshTable() {
        dynamo = LocalDynamoDb.withFreshTable();
        areas = new DynamoDbAreas(dynamo.client, dynamo.table);
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void create_writesTheAreaAndItsFirstAuditEntry_inOneTransaction_onlyIfNew() {
        Area v1 = norfolk(1, "Sam Lead");
        dynamo.requests.clear();

        areas.create(v1, AreaChange.registered(v1, "Jo", AT));

        List<Put> puts = dynamo.requests.putsOfTheOnlyTransaction();
        assertThat(puts)
                .extracting(put -> put.item().get("SK").s())
                .containsExactly("#AREA", "CHANGE#0000000001");
        assertThat(puts)
                .allSatisfy(
                        put ->
                                assertThat(put.conditionExpression())
                                        .isEqualTo("attribute_not_exists(PK)"));
        assertThatThrownBy(() -> areas.create(v1, AreaChange.registered(v1, "Someone else", AT)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(areas.changes(NORFOLK)).extracting(AreaChange::actor).containsExactly("Jo");
        assertThat(areas.all()).containsExactly(v1);
    }

    @Test
    void update_replacesTheAreaOnlyAtItsVersion_andAddsOneAuditEntry() {
        Area v1 = norfolk(1, "Sam Lead");
        areas.create(v1, AreaChange.registered(v1, "Jo", AT));
        Area v2 = norfolk(2, "Nat Lead");

        areas.update(
                v2, 1, new AreaChange(2, "Al", AT.plusSeconds(60), AreaChange.difference(v1, v2)));

        assertThat(areas.find(NORFOLK)).contains(v2);
        assertThat(areas.changes(NORFOLK))
                .extracting(AreaChange::version, AreaChange::actor, AreaChange::summary)
                .containsExactly(
                        tuple(
                                1L,
                                "Jo",
                                "Registered Norfolk with 1 contact: Sam Lead <lead@norfolk.example> as lead officer"),
                        tuple(
                                2L,
                                "Al",
                                "Added Nat Lead <lead@norfolk.example> as lead officer."
                                        + " Removed Sam Lead <lead@norfolk.example> as lead officer"));
    }

    @Test
    void aStaleUpdate_changesNeitherTheAreaNorItsAuditTrail() {
        Area v1 = norfolk(1, "Sam Lead");
        areas.create(v1, AreaChange.registered(v1, "Jo", AT));
        areas.update(norfolk(2, "Nat Lead"), 1, new AreaChange(2, "Al", AT, "first"));

        assertThatThrownBy(
                        () ->
                                areas.update(
                                        norfolk(2, "Kim Lead"),
                                        1,
                                        new AreaChange(2, "Bo", AT, "lost")))
                .isInstanceOf(ConcurrentChangeException.class);

        assertThat(areas.find(NORFOLK).orElseThrow().contacts().get(0).name())
                .isEqualTo("Nat Lead");
        assertThat(areas.changes(NORFOLK)).extracting(AreaChange::summary).doesNotContain("lost");
    }

    private static Area norfolk(long version, String lead) {
        return new Area(
                NORFOLK,
                "Norfolk",
                List.of(new Contact(lead, "lead@norfolk.example", ContactRole.LEAD_OFFICER)),
                version);
    }
}
