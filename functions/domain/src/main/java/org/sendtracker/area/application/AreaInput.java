package org.sendtracker.area.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.area.model.EmailAddress;
import org.sendtracker.shared.FieldReader;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/** Reads an area from untyped input, with a message for every field in error. */
public final class AreaInput {

    /** The most contacts an area may have: the API's limit, and the contacts form's. */
    public static final int MAX_CONTACTS = 50;

    private AreaInput() {}

    public static Result<Area> read(Map<String, ?> input, String pathId) {
        FieldReader fields = new FieldReader(input).onlyFields(Set.of("id", "name", "contacts"));
        String id = pathId != null ? pathId : fields.text("id", "the area's id", 40, true);
        if (id != null && !AreaId.isValid(id)) {
            fields.error("id", "The area's id must be " + AreaId.RULE + ", for example cumbria");
            id = null;
        }
        if (pathId != null) {
            // a replacement: the id is the address's, and the contacts are replaced whole
            Object bodyId = input.get("id");
            if (bodyId != null && !bodyId.equals(pathId)) {
                fields.error(
                        "id",
                        "The id in the body is not this area's ("
                                + pathId
                                + "): an area's id cannot change. Leave it out, or send "
                                + pathId);
            }
            if (!input.containsKey("contacts")) {
                fields.error(
                        "contacts",
                        "Send the area's contacts: they are replaced by what is sent, so leaving"
                                + " them out would remove every one (send [] to remove them all)");
            }
        }
        String name = fields.text("name", "the area's name", 120, true);
        List<Contact> contacts = new ArrayList<>();
        for (FieldReader contact : fields.objects("contacts", "contacts", MAX_CONTACTS)) {
            contact.onlyFields(Set.of("name", "email", "role"));
            String contactName = contact.text("name", "the contact's name", 120, true);
            String email = EmailAddress.read(contact, "email", "the contact's email address", true);
            ContactRole role =
                    contact.choice("role", "the contact's role", ContactRole.class, true);
            if (contactName != null && email != null && role != null) {
                contacts.add(new Contact(contactName, email, role));
            }
        }
        if (fields.hasErrors()) {
            return Result.refused(new Rejection.Invalid(fields.errors()));
        }
        return Result.ok(new Area(new AreaId(id), name, contacts, 0));
    }
}
