package org.sendtracker.http.web.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A form as rendered: its id (every field's id starts with it, so several forms share a page), what
 * to show in each box (as typed, after an error), each field's error, the error summary's entries,
 * and the hidden fields that make a submission safe to repeat (a fresh idempotency key) and refuse
 * a stale one (the version it was rendered from).
 */
public record FormState(
        String id,
        Map<String, String> values,
        Map<String, String> errors,
        Map<String, Set<String>> datePartsInError,
        List<Problem> problems,
        String idempotencyKey,
        Long version) {

    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        datePartsInError = Map.copyOf(datePartsInError);
        problems = List.copyOf(problems);
    }

    /** This form with {@code problem} (about the form as a whole) first in its error summary. */
    public FormState withProblemFirst(Problem problem) {
        List<Problem> all = new ArrayList<>(problems.size() + 1);
        all.add(problem);
        all.addAll(problems);
        return new FormState(id, values, errors, datePartsInError, all, idempotencyKey, version);
    }

    /** The HTML id of the field named {@code name}: {@code report-received-published-on}. */
    public String id(String name) {
        return id + "-" + slug(name);
    }

    public String value(String param) {
        return values.getOrDefault(param, "");
    }

    public boolean checked(String param, String value) {
        return value.equals(values.get(param));
    }

    public String error(String name) {
        return errors.get(name);
    }

    public boolean hasError(String name) {
        return errors.containsKey(name);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Whether one box of a date input is to be highlighted: the ones named in its error, else all
     * three.
     */
    public boolean datePartInError(String name, String part) {
        Set<String> parts = datePartsInError.get(name);
        return hasError(name) && (parts == null || parts.contains(part));
    }

    /**
     * The ids a field's {@code aria-describedby} names: its hint and its error, when it has them;
     * else null.
     */
    public String describedBy(String name, String hint) {
        String ids =
                ((hint != null ? id(name) + "-hint " : "")
                                + (hasError(name) ? id(name) + "-error" : ""))
                        .strip();
        return ids.isEmpty() ? null : ids;
    }

    static String slug(String name) {
        String kebab = name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return kebab.replaceAll("[^a-z0-9_-]+", "-").replaceAll("-+$", "");
    }
}
