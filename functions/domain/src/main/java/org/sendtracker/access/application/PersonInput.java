package org.sendtracker.access.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.AreaRole;
import org.sendtracker.access.model.Person;
import org.sendtracker.access.model.Role;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.EmailAddress;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Codes;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Reads a grant, {@code
 * {"name","email","role":"ADMINISTRATOR|NATIONAL_VIEWER|AREAS","areas":{"cumbria":"EDITOR"}}}, from
 * the API or the access form into a {@link Person} (version left to the caller).
 */
public final class PersonInput {

    public static final int MAX_AREAS = 200;

    private PersonInput() {}

    public record Grant(String name, String email, Access access) {}

    public static Result<Grant> read(Map<String, ?> input) {
        FieldReader fields =
                new FieldReader(input).onlyFields(Set.of("name", "email", "role", "areas"));
        String name = fields.text("name", "the person's name", 120, true);
        if (name != null && !Actor.isValid(name)) {
            fields.error(
                    "name",
                    "The person's name must be 1 to 120 letters, digits, spaces or . , ' @ ( ) _ + -");
        }
        String email = EmailAddress.read(fields, "email", "the person's email address", false);
        Role role = fields.choice("role", "the person's role", Role.class, true);
        Map<String, Object> areas = fields.object("areas", "the areas granted", "area id", false);
        Map<AreaId, AreaRole> granted = new LinkedHashMap<>();
        if (areas != null) {
            if (areas.size() > MAX_AREAS) {
                fields.error("areas", "Grant at most " + MAX_AREAS + " areas");
            }
            areas.forEach(
                    (area, value) -> {
                        if (!AreaId.isValid(area)) {
                            fields.error("areas." + area, AreaId.NOT_AN_AREA_ID);
                        } else if (!(value instanceof String text)
                                || !Set.of("EDITOR", "VIEWER").contains(text)) {
                            fields.error(
                                    "areas." + area,
                                    "The role in "
                                            + area
                                            + " must be "
                                            + Codes.inWords(
                                                    List.of(AreaRole.values()), AreaRole::label),
                                    "Choose Editor or Viewer for this area, or no access to it");
                        } else {
                            granted.put(new AreaId(area), AreaRole.valueOf(text));
                        }
                    });
        }
        if (role != null && role != Role.AREAS && !granted.isEmpty()) {
            fields.error(
                    "areas",
                    "Areas are granted only with the role AREAS: an administrator or national viewer has every area");
        }
        if (fields.hasErrors()) {
            return Result.refused(new Rejection.Invalid(fields.errors()));
        }
        return Result.ok(
                new Grant(
                        name.strip(),
                        email == null ? "" : email.strip(),
                        new Access(role, granted)));
    }
}
