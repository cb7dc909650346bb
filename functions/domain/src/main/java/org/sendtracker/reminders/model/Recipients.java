package org.sendtracker.reminders.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;

/**
 * Who one email goes to and who is copied in, each an address once, with the names to greet and the
 * roles to say why. When nobody holds the role it is addressed to, the people copied in are
 * addressed instead ({@code stoodIn}); when it is copied to nobody, the senior officers it would be
 * copied to once overdue ({@code standIns}), rather than nobody.
 */
record Recipients(List<Contact> to, List<Contact> cc, boolean stoodIn, ContactRole addressedRole) {

    static Recipients of(
            Area area,
            ContactRole addressed,
            List<ContactRole> copied,
            List<ContactRole> standIns) {
        Map<String, Contact> to = byAddress(area, List.of(addressed));
        Map<String, Contact> cc = byAddress(area, copied);
        to.keySet().forEach(cc::remove);
        if (to.isEmpty() && !cc.isEmpty()) {
            return new Recipients(new ArrayList<>(cc.values()), List.of(), true, addressed);
        }
        if (to.isEmpty()) {
            Map<String, Contact> seniors = byAddress(area, standIns);
            if (!seniors.isEmpty()) {
                return new Recipients(
                        new ArrayList<>(seniors.values()), List.of(), true, addressed);
            }
        }
        return new Recipients(
                new ArrayList<>(to.values()), new ArrayList<>(cc.values()), false, addressed);
    }

    List<String> toAddresses() {
        return to.stream().map(Contact::email).toList();
    }

    List<String> ccAddresses() {
        return cc.stream().map(Contact::email).toList();
    }

    /** "Dear Jo Bloggs," or "Dear Jo Bloggs and Sam Smith,". */
    String greeting() {
        return "Dear " + EmailWords.and(to.stream().map(Contact::name).toList()) + ",";
    }

    /** The roles of those addressed, in the order of the area's contacts: "lead officer". */
    List<String> toRoles() {
        return roles(to);
    }

    /** "the director of children's services and the NHS lead". */
    List<String> ccRoles() {
        return roles(cc);
    }

    private static List<String> roles(List<Contact> contacts) {
        Set<String> roles = new LinkedHashSet<>();
        contacts.forEach(c -> roles.add("the " + c.role().labelInSentence()));
        return new ArrayList<>(roles);
    }

    /**
     * The contacts in {@code roles}, one per mailbox: addresses are compared ignoring case, as
     * every mail service here delivers them ({@code Jo.Lead@…} and {@code jo.lead@…} are one inbox,
     * and one email must not reach it twice).
     */
    private static Map<String, Contact> byAddress(Area area, List<ContactRole> roles) {
        Map<String, Contact> byAddress = new LinkedHashMap<>();
        for (ContactRole role : roles) {
            for (Contact contact : area.contactsWith(role)) {
                byAddress.putIfAbsent(contact.email().toLowerCase(Locale.ROOT), contact);
            }
        }
        return byAddress;
    }
}
