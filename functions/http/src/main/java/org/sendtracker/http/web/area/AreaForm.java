package org.sendtracker.http.web.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendtracker.area.application.AreaInput;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormField;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.shared.FieldError;

/**
 * The area forms and their mapping to the input {@code AreaService} reads, the same as the JSON
 * API's: registering an area ({@code id}, {@code name}, {@code contacts}, as {@code POST
 * /api/areas}) and changing its name and contacts ({@code name}, {@code contacts}, as {@code PUT
 * /api/areas/{id}}). A form has a number of contact rows; rows left without a name or email are not
 * sent (so clearing a row removes that contact), and the domain's {@code contacts[k]} is mapped
 * back to the row it came from, its message naming the row ("Contact 3: …").
 *
 * <p>The contacts form shows every contact the area has (the API allows {@link #MAX_ROWS}), so
 * saving it unchanged keeps them all; "Add another contact" ({@link #ADD_ANOTHER}) posts the form
 * and shows it again, as typed, with one more empty row: no JavaScript needed, nothing saved.
 */
final class AreaForm {

    static final int NEW_AREA_ROWS = 5;

    /** Empty rows the contacts form offers below an area's current contacts. */
    static final int SPARE_ROWS = 2;

    /** As many rows as the API accepts contacts: a form can hold every contact an area has. */
    static final int MAX_ROWS = AreaInput.MAX_CONTACTS;

    static final String ROWS = "rows";

    /** The name of the button that asks for one more row instead of saving. */
    static final String ADD_ANOTHER = "addAnother";

    private static final Pattern CONTACT_ERROR = Pattern.compile("^contacts\\[(\\d+)](.*)$");
    private static final Pattern CONTACT_FIELD =
            Pattern.compile("^contacts\\[(\\d+)]\\.(name|email|role)$");

    private final FormSpec spec;
    private final int rows;

    private AreaForm(FormSpec spec, int rows) {
        this.spec = spec;
        this.rows = rows;
    }

    /** Registering an area: its name, its id and five contact rows. */
    static AreaForm registration() {
        return registration(NEW_AREA_ROWS);
    }

    /** The registration form as posted: as many rows as it was rendered with, within bounds. */
    static AreaForm registration(FormData posted) {
        return registration(postedRows(posted));
    }

    private static AreaForm registration(int rows) {
        int bounded = bounded(rows);
        return new AreaForm(new FormSpec("area", fields(true, bounded)), bounded);
    }

    /**
     * Changing an area's name and contacts: a row per contact (every one of them), and spare rows
     * to add more.
     */
    static AreaForm contacts(Area area) {
        return contacts(area.contacts().size() + SPARE_ROWS);
    }

    /** The contacts form as posted: as many rows as it was rendered with, within bounds. */
    static AreaForm contacts(FormData posted) {
        return contacts(postedRows(posted));
    }

    private static AreaForm contacts(int rows) {
        int bounded = bounded(rows);
        return new AreaForm(new FormSpec("contacts", fields(false, bounded)), bounded);
    }

    /**
     * The rows the form was rendered with; never fewer than the highest row posted, so no contact
     * typed in is dropped unread (a contact dropped from the input would be removed).
     */
    private static int postedRows(FormData posted) {
        int rows;
        try {
            rows = Integer.parseInt(String.valueOf(posted.first(ROWS)).trim());
        } catch (NumberFormatException e) {
            rows = NEW_AREA_ROWS;
        }
        for (String name : posted.firstValues().keySet()) {
            Matcher m = CONTACT_FIELD.matcher(name);
            if (m.matches() && m.group(1).length() <= 3) {
                rows = Math.max(rows, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return rows;
    }

    private static int bounded(int rows) {
        return Math.max(1, Math.min(MAX_ROWS, rows));
    }

    int rows() {
        return rows;
    }

    /** Whether the officer asked for another row ({@link #ADD_ANOTHER}) rather than to save. */
    static boolean addAnother(FormData posted) {
        return posted.first(ADD_ANOTHER) != null;
    }

    /** The same form with one more empty row, up to {@link #MAX_ROWS}. */
    AreaForm withAnotherRow() {
        return spec.id().equals("area") ? registration(rows + 1) : contacts(rows + 1);
    }

    /** The form as typed, without errors, keeping the version it was first rendered from. */
    FormState asTyped(Read read, Long version) {
        return spec.withErrors(read.submission(), List.of(), version);
    }

    record Read(
            FormSpec.Submission submission,
            Map<String, Object> input,
            List<Integer> rowOfContact) {}

    Read read(FormData data) {
        FormSpec.Submission submission = spec.read(data);
        Map<String, Object> input = new LinkedHashMap<>();
        copy(submission.input(), "id", input);
        copy(submission.input(), "name", input);
        List<Map<String, Object>> contacts = new ArrayList<>();
        List<Integer> rowOfContact = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            Map<String, Object> contact = new LinkedHashMap<>();
            for (String field : List.of("name", "email", "role")) {
                String value = data.first(contact(row, field));
                if (value != null && !value.isBlank()) {
                    contact.put(field, value);
                }
            }
            if (contact.containsKey("name") || contact.containsKey("email")) {
                contacts.add(contact);
                rowOfContact.add(row);
            }
        }
        // posted beyond the form's rows (no page sends them, a script might): read too, so that
        // none is dropped unread and more than an area holds are refused, as the API refuses them
        for (Map<String, Object> contact : beyondTheRows(data).values()) {
            contacts.add(contact);
            rowOfContact.add(rows - 1);
        }
        // always sent: the contacts are replaced by the form's rows, none meaning none
        input.put("contacts", contacts);
        return new Read(submission, input, rowOfContact);
    }

    /**
     * The contacts posted under a row this form does not have (a row past its last, or an index
     * that is not a row number), each with the fields posted for it, by the index as posted.
     */
    private Map<String, Map<String, Object>> beyondTheRows(FormData data) {
        Map<String, Map<String, Object>> beyond = new TreeMap<>();
        data.firstValues()
                .forEach(
                        (name, value) -> {
                            if (!name.startsWith("contacts[") || value.isBlank()) {
                                return;
                            }
                            Matcher row = CONTACT_FIELD.matcher(name);
                            if (row.matches()
                                    && row.group(1).length() <= 3
                                    && Integer.parseInt(row.group(1)) < rows) {
                                return;
                            }
                            int close = name.indexOf(']');
                            String index = close < 0 ? name : name.substring(0, close + 1);
                            String field =
                                    close < 0
                                            ? "name"
                                            : name.substring(close + 1).replaceFirst("^\\.", "");
                            beyond.computeIfAbsent(index, i -> new LinkedHashMap<>())
                                    .put(field.isEmpty() ? "name" : field, value);
                        });
        return beyond;
    }

    FormState withErrors(Read read, List<FieldError> errors, Long version) {
        List<FieldError> onRows =
                errors.stream().map(error -> onRow(error, read.rowOfContact())).toList();
        return spec.withErrors(read.submission(), onRows, version);
    }

    /** A fresh registration form: each row suggests one of the roles reminders go to. */
    FormState fresh() {
        Map<String, String> roles = new LinkedHashMap<>();
        ContactRole[] all = ContactRole.values();
        for (int row = 0; row < rows && row < all.length; row++) {
            roles.put(contact(row, "role"), all[row].name());
        }
        return spec.fresh(roles, null);
    }

    /** The contacts form filled with what the area holds now, guarded by its version. */
    FormState filledFrom(Area area) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", area.name());
        List<Contact> contacts = area.contacts();
        for (int row = 0; row < contacts.size() && row < rows; row++) {
            values.put(contact(row, "name"), contacts.get(row).name());
            values.put(contact(row, "email"), contacts.get(row).email());
            values.put(contact(row, "role"), contacts.get(row).role().name());
        }
        return spec.fresh(values, area.version());
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
        Matcher m = CONTACT_ERROR.matcher(error.field());
        if (m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < rows.size()) {
                int row = rows.get(index);
                return new FieldError(
                        "contacts[" + row + "]" + m.group(2),
                        inRow(row, error.message()),
                        inRow(row, error.formMessage()));
            }
        }
        return error;
    }

    /**
     * A domain message about one contact, naming its row as the form numbers it: "Enter the
     * contact's email address" becomes "Contact 3: enter an email address".
     */
    static String inRow(int row, String message) {
        String plain =
                message.replace("Enter the contact's role", "Select a role")
                        .replace("the contact's email address", "an email address")
                        .replace("The contact's email address", "The email address")
                        .replace("the contact's name", "a name")
                        .replace("The contact's name", "The name")
                        .replace("the contact's role", "a role")
                        .replace("The contact's role", "The role");
        String start =
                plain.isEmpty()
                                || Character.isUpperCase(plain.charAt(0))
                                        && plain.length() > 1
                                        && Character.isUpperCase(plain.charAt(1))
                        ? plain
                        : Character.toLowerCase(plain.charAt(0)) + plain.substring(1);
        return "Contact " + (row + 1) + ": " + start;
    }

    private static List<FormField> fields(boolean withId, int rows) {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.text("name", "the area's name"));
        if (withId) {
            fields.add(FormField.text("id", "the area's id"));
        }
        for (int row = 0; row < rows; row++) {
            // in the order the page shows them, so the error summary follows the page
            fields.add(FormField.choice(contact(row, "role"), "the contact's role"));
            fields.add(FormField.text(contact(row, "name"), "the contact's name"));
            fields.add(FormField.text(contact(row, "email"), "the contact's email address"));
        }
        return fields;
    }

    private static void copy(Map<String, Object> from, String name, Map<String, Object> to) {
        if (from.get(name) != null) {
            to.put(name, from.get(name));
        }
    }
}
