package org.sendtracker.http.web.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sendtracker.shared.FieldError;

/**
 * A form's questions, and the one mapping between them and the domain: the submitted boxes become
 * the same input map the JSON API passes to the application services, and the domain's errors
 * (named by the fields of that map) come back as the fields' inline errors and the error summary's
 * links.
 */
public record FormSpec(String id, List<FormField> fields) {

    public FormSpec {
        fields = List.copyOf(fields);
    }

    /** What was submitted, as the domain's input, and what the date boxes alone got wrong. */
    public record Submission(
            Map<String, Object> input, Map<String, DateParts.Invalid> dateErrors, FormData data) {}

    public Submission read(FormData data) {
        Map<String, Object> input = new LinkedHashMap<>();
        Map<String, DateParts.Invalid> dateErrors = new LinkedHashMap<>();
        for (FormField field : fields) {
            Object value =
                    switch (field.kind()) {
                        case DATE -> {
                            DateParts date = DateParts.read(data, field.name(), field.label());
                            if (date instanceof DateParts.Invalid invalid) {
                                dateErrors.put(field.name(), invalid);
                                yield invalid.typed();
                            }
                            yield date instanceof DateParts.Iso iso ? iso.value() : null;
                        }
                        case YES_NO -> yesNo(data.first(field.name()));
                        case CHOICE, TEXT -> blankToNull(data.first(field.name()));
                        case LINES -> lines(data.first(field.name()));
                    };
            if (value != null) {
                put(input, field.name(), value);
            }
        }
        return new Submission(input, dateErrors, data);
    }

    public FormState fresh(Map<String, String> defaults, Long version) {
        return new FormState(
                id, defaults, Map.of(), Map.of(), List.of(), newIdempotencyKey(), version);
    }

    /** The form again, as typed, with the date boxes' errors and the domain's. */
    public FormState withErrors(
            Submission submission, List<FieldError> domainErrors, Long version) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Set<String>> parts = new LinkedHashMap<>();
        submission
                .dateErrors()
                .forEach(
                        (name, invalid) -> {
                            errors.put(name, invalid.message());
                            parts.put(name, invalid.parts());
                        });
        for (FieldError error : domainErrors) {
            String name = fieldFor(error.field());
            if (!submission.dateErrors().containsKey(name)) {
                errors.putIfAbsent(name, error.formMessage());
                Set<String> impossible = impossibleParts(name, submission.data());
                if (!impossible.isEmpty()) {
                    parts.putIfAbsent(name, impossible);
                }
            }
        }
        FormState state =
                new FormState(
                        id,
                        submission.data().firstValues(),
                        errors,
                        parts,
                        List.of(),
                        newIdempotencyKey(),
                        version);
        List<Problem> problems = new ArrayList<>();
        for (FormField field : fields) {
            if (errors.containsKey(field.name())) {
                problems.add(
                        new Problem(
                                "#" + href(state, field, parts.get(field.name())),
                                errors.get(field.name())));
            }
        }
        return new FormState(
                id, state.values(), errors, parts, problems, state.idempotencyKey(), version);
    }

    /**
     * The form field a domain error is about: the field of that name; for a list item ({@code
     * weaknesses[2]}) its list; for an object ({@code sufficientProgress}) its first member;
     * otherwise the first field, so no message is ever dropped.
     */
    String fieldFor(String domainField) {
        Optional<String> exact = named(domainField);
        if (exact.isPresent()) {
            return exact.get();
        }
        String withoutIndex = domainField.replaceAll("\\[\\d+]$", "");
        Optional<String> list = named(withoutIndex);
        if (list.isPresent()) {
            return list.get();
        }
        return fields.stream()
                .map(FormField::name)
                .filter(name -> name.startsWith(domainField + "."))
                .findFirst()
                .orElse(fields.get(0).name());
    }

    /** For a date field, the boxes that make the typed date one that does not exist. */
    private Set<String> impossibleParts(String name, FormData data) {
        boolean date =
                fields.stream()
                        .anyMatch(f -> f.name().equals(name) && f.kind() == FormField.Kind.DATE);
        return date ? DateParts.impossibleParts(data, name) : Set.of();
    }

    private Optional<String> named(String name) {
        return fields.stream().map(FormField::name).filter(name::equals).findFirst();
    }

    private static String href(FormState state, FormField field, Set<String> partsInError) {
        if (field.kind() != FormField.Kind.DATE) {
            return state.id(field.name());
        }
        String part =
                partsInError == null || partsInError.contains(DateParts.DAY)
                        ? DateParts.DAY
                        : partsInError.contains(DateParts.MONTH) ? DateParts.MONTH : DateParts.YEAR;
        return state.id(field.name()) + "-" + part;
    }

    @SuppressWarnings("unchecked")
    private static void put(Map<String, Object> input, String name, Object value) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            input.put(name, value);
        } else {
            Map<String, Object> nested =
                    (Map<String, Object>)
                            input.computeIfAbsent(
                                    name.substring(0, dot), n -> new LinkedHashMap<>());
            nested.put(name.substring(dot + 1), value);
        }
    }

    private static Object yesNo(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> value;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> lines(String value) {
        if (value == null) {
            return null;
        }
        List<String> lines =
                value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return lines.isEmpty() ? null : lines;
    }

    private static String newIdempotencyKey() {
        return UUID.randomUUID().toString();
    }
}
