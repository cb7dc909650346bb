package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.AreaRole;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.Role;
import org.sendtracker.area.model.AreaId;

/**
 * A person's access is stored as it always was, the areas an object keyed by area id, and reads
 * back equal: typing the keys ({@link AreaId}) changed no stored JSON.
 */
class PersonBodyTest {

    @Test
    void areasAreKeyedByTheirIds_andReadBackEqual() {
        Person person =
                new Person(
                        "subject-1",
                        "Sam Officer",
                        "sam@example.org",
                        new Access(
                                Role.AREAS,
                                Map.of(
                                        new AreaId("lancashire"), AreaRole.VIEWER,
                                        new AreaId("cumbria"), AreaRole.EDITOR)),
                        3);

        String json = JsonBodies.write(person);

        assertThat(json)
                .contains(
                        "\"role\":\"AREAS\",\"areas\":{\"cumbria\":\"EDITOR\",\"lancashire\":\"VIEWER\"}");
        assertThat(JsonBodies.read(json, Person.class)).isEqualTo(person);
    }
}
