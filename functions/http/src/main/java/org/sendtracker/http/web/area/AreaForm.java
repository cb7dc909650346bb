package org.sendtracker.http.web.area;

import org.sendtracker.area.model.ContactRole;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.shared.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The "register an area" form and its mapping to the input {@code AreaService.create} reads, the same
 * as {@code POST /api/areas}: {@code id}, {@code name} and {@code contacts}. The form has a fixed
 * number of contact rows; rows left without a name or email are not sent, so the domain's
 * {@code contacts[k]} is mapped back to the row it came from.
 */
final class AreaForm {

    static final int CONTACT_ROWS = 5;
    static final FormSpec SPEC = new FormSpec("area", fields());

    private AreaForm() {}

    record Read(FormSpec.Submission submission, Map<String, Object> input, List<Integer> rowOfContact) {}

    static Read read(FormData data) {
        FormSpec.Submission submission = SPEC.read(data);
        Map<String, Object> input = new LinkedHashMap<>();
        copy(submission.input(), "id", input);
        copy(submission.input(), "name", input);
        List<Map<String, Object>> contacts = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < CONTACT_ROWS; row++) {
            Map<String, Object> contact = new LinkedHashMap<>();
            for (String field : List.of("name", "email", "role")) {
                String value = data.first(contact(row, field));
                if (value != null && !value.isBlank()) {
                    contact.put(field, value);
                }
            }
            if (contact.containsKey("name") || contact.containsKey("email")) {
                contacts.add(contact);
                rows.add(row);
            }
        }
        if (!contacts.isEmpty()) {
            input.put("contacts", contacts);
        }
        return new Read(submission, input, rows);
    }

    static FormState withErrors(Read read, List<FieldError> errors) {
        List<FieldError> onRows = errors.stream().map(error -> onRow(error, read.rowOfContact())).toList();
        return SPEC.withErrors(read.submission(), onRows, null);
    }

    /** A fresh form: each row suggests one of the roles reminders go to. */
    static FormState fresh() {
        Map<String, String> roles = new LinkedHashMap<>();
        ContactRole[] all = ContactRole.values();
        for (int row = 0; row < CONTACT_ROWS && row < all.length; row++) {
            roles.put(contact(row, "role"), all[row].name());
        }
        return SPEC.fresh(roles, null);
    }

    static List<Option> roles() {
        List<Option> options = new ArrayList<>();
        options.add(Option.of("", "Choose a role"));
        for (ContactRole role : ContactRole.values()) {
            options.add(Option.of(role.name(), role.label()));
        }
        return options;
    }

    static String contact(int row, String field) {
        return "contacts[" + row + "]." + field;
    }

    private static FieldError onRow(FieldError error, List<Integer> rows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^contacts\\[(\\d+)](.*)$").matcher(error.field());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < rows.size()) {
                return new FieldError("contacts[" + rows.get(index) + "]" + m.group(2), error.message());
            }
        }
        return error;
    }

    private static List<FormField> fields() {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.text("name", "the area's name"));
        fields.add(FormField.text("id", "the area's id"));
        for (int row = 0; row < CONTACT_ROWS; row++) {
            fields.add(FormField.text(contact(row, "name"), "the contact's name"));
            fields.add(FormField.text(contact(row, "email"), "the contact's email address"));
            fields.add(FormField.choice(contact(row, "role"), "the contact's role"));
        }
        return fields;
    }

    private static void copy(Map<String, Object> from, String name, Map<String, Object> to) {
        if (from.get(name) != null) {
            to.put(name, from.get(name));
        }
    }
}
