package org.sendtracker.area.model;

import java.util.List;
import java.util.Objects;

/** A local area partnership: the council with its NHS partners, and the people to remind. */
public record Area(AreaId id, String name, List<Contact> contacts, long version) {

    public Area {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        contacts = List.copyOf(contacts);
    }

    public List<Contact> contactsWith(ContactRole role) {
        return contacts.stream().filter(contact -> contact.role() == role).toList();
    }
}
