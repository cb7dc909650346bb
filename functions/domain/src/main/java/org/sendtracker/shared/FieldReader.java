package org.sendtracker.shared;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads typed values out of loosely typed input (parsed JSON, or form fields mapped to the same
 * names) and collects one message per field in error. The JSON API and the forms both go through
 * it, so one rule has one message whichever door the input came through.
 */
public final class FieldReader {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Map<String, Object> input;
    private final String prefix;
    private final List<FieldError> errors;

    public FieldReader(Map<String, ?> input) {
        this(input, "", new ArrayList<>());
    }

    private FieldReader(Map<String, ?> input, String prefix, List<FieldError> errors) {
        this.input = new LinkedHashMap<>(Objects.requireNonNull(input, "input == null"));
        this.prefix = prefix;
        this.errors = errors;
    }

    /** Refuses every field not in {@code known}: a typo must not be silently ignored. */
    public FieldReader onlyFields(Set<String> known) {
        for (String name : new TreeSet<>(input.keySet())) {
            Optional<UnsafeCharacters.Found> unsafe = UnsafeCharacters.in(name, false);
            if (unsafe.isPresent()) {
                error(
                        UnsafeCharacters.visible(name),
                        "A field's name must not contain control characters or text direction controls ("
                                + unsafe.get().describe()
                                + ")");
            } else if (!known.contains(name)) {
                error(
                        name,
                        "'"
                                + name
                                + "' is not a field here; expected one of "
                                + new TreeSet<>(known));
            }
        }
        return this;
    }

    public boolean has(String name) {
        return input.get(name) != null;
    }

    /**
     * The first date any field may hold: the Children and Families Act 2014's SEND reforms, which
     * everything this tracker records follows. A date before it, or after {@link #LAST_DATE}, is a
     * typo ({@code 0001-01-01}, {@code 9999-12-31}) that would otherwise stay in the record.
     */
    public static final LocalDate FIRST_DATE = LocalDate.of(2014, 1, 1);

    /** The last date any field may hold. */
    public static final LocalDate LAST_DATE = LocalDate.of(2099, 12, 31);

    /** A date to record: a real date from {@link #FIRST_DATE} to {@link #LAST_DATE}. */
    public LocalDate date(String name, String label, boolean required) {
        return date(name, label, required, true);
    }

    /** A date a query asks about (its range's ends): any real date. */
    public LocalDate queryDate(String name, String label, boolean required) {
        return date(name, label, required, false);
    }

    private LocalDate date(String name, String label, boolean required, boolean recorded) {
        Object value = input.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                error(name, "Enter " + label);
            }
            return null;
        }
        if (!(value instanceof String text) || !ISO_DATE.matcher(text.strip()).matches()) {
            error(
                    name,
                    capitalise(label)
                            + " must be a date in the form YYYY-MM-DD, for example 2019-05-14");
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (recorded && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
                error(
                        name,
                        capitalise(label)
                                + " must be between "
                                + Dates.format(FIRST_DATE)
                                + " and "
                                + Dates.format(LAST_DATE)
                                + " ("
                                + Dates.format(date)
                                + " is not)");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(name, capitalise(label) + " must be a real date (" + notReal(text.strip()) + ")");
            return null;
        }
    }

    /**
     * Why {@code iso} (four, two and two digits) is not a date, in words as officers write dates:
     * "31 February 2022 does not exist", "there is no month 13".
     */
    private static String notReal(String iso) {
        int month = Integer.parseInt(iso.substring(5, 7));
        int day = Integer.parseInt(iso.substring(8, 10));
        if (month < 1 || month > 12) {
            return "there is no month " + month;
        }
        return day
                + " "
                + Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK)
                + " "
                + iso.substring(0, 4)
                + " does not exist";
    }

    public Boolean bool(String name, String label, boolean required) {
        Object value = input.get(name);
        if (value == null) {
            if (required) {
                error(name, "Select whether " + label);
            }
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equals("true") || s.equals("false"))) {
            return Boolean.parseBoolean(s);
        }
        error(name, "'" + name + "' must be true or false");
        return null;
    }

    public Integer integer(String name, String label, int min, int max, boolean required) {
        Object value = input.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                error(name, "Enter " + label);
            }
            return null;
        }
        Integer number = null;
        if (value instanceof Integer i) {
            number = i;
        } else if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            number = l.intValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,9}")) {
            number = Integer.parseInt(s.strip());
        }
        if (number == null || number < min || number > max) {
            error(name, capitalise(label) + " must be a whole number from " + min + " to " + max);
            return null;
        }
        return number;
    }

    /** Text on one line: no tabs, no line breaks, no other {@link UnsafeCharacters}. */
    public String text(String name, String label, int maxLength, boolean required) {
        return text(name, label, maxLength, required, false);
    }

    /**
     * Text that may run over several lines (a note, a reason): tabs and line breaks are allowed,
     * other control characters not.
     */
    public String multiLineText(String name, String label, int maxLength, boolean required) {
        return text(name, label, maxLength, required, true);
    }

    private String text(
            String name, String label, int maxLength, boolean required, boolean multiLine) {
        Object value = input.get(name);
        if (value == null || (value instanceof String s && s.isBlank())) {
            if (required) {
                error(name, "Enter " + label);
            }
            return null;
        }
        if (!(value instanceof String text)) {
            error(name, capitalise(label) + " must be text");
            return null;
        }
        Optional<String> unsafe = unsafe(text, capitalise(label), multiLine);
        if (unsafe.isPresent()) {
            error(name, unsafe.get());
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            error(name, capitalise(label) + " must be " + maxLength + " characters or fewer");
            return null;
        }
        return stripped;
    }

    /**
     * One of {@code type}'s codes; anything else is refused with every code and its words, so the
     * refusal says what each means.
     */
    public <E extends Enum<E> & Labelled> E choice(
            String name, String label, Class<E> type, boolean required) {
        String text = text(name, label, 60, required);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String mustBe = capitalise(label) + " must be one of ";
        List<E> offered = List.of(type.getEnumConstants());
        error(
                name,
                mustBe + Codes.inWords(offered, Labelled::label),
                mustBe + Sentences.list(offered.stream().map(Labelled::label).toList(), "or"));
        return null;
    }

    public List<String> textList(String name, String label, int maxItems, int maxLength) {
        Object value = input.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(name, capitalise(label) + " must be a list of text");
            return List.of();
        }
        if (list.size() > maxItems) {
            error(name, "There can be at most " + maxItems + " " + label);
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String field = name + "[" + i + "]";
            Optional<String> unsafe =
                    item instanceof String s
                            ? unsafe(s, "Each of the " + label, false)
                            : Optional.empty();
            if (!(item instanceof String s) || s.isBlank()) {
                error(field, "Each of the " + label + " must be non-empty text");
            } else if (unsafe.isPresent()) {
                error(field, unsafe.get());
            } else if (s.strip().length() > maxLength) {
                error(
                        field,
                        "Each of the " + label + " must be " + maxLength + " characters or fewer");
            } else {
                texts.add(s.strip());
            }
        }
        return texts;
    }

    /**
     * A list of dates to record ({@code ["2027-03-14", …]}), each read as {@link #date} reads one,
     * with its refusal at {@code name[i]} naming the item as typed, so the person can tell which it
     * was: "The meeting date '2020-02-30' must be a real date (30 February 2020 does not exist)".
     * The list has an entry for each item, in order, null where the item was refused.
     */
    public List<LocalDate> dateList(String name, String itemLabel, String label, int maxItems) {
        Object value = input.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(name, capitalise(label) + " must be a list of dates");
            return List.of();
        }
        if (list.size() > maxItems) {
            error(name, "There can be at most " + maxItems + " " + label);
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = name + "[" + i + "]";
            Object item = list.get(i);
            LocalDate date = null;
            if (!(item instanceof String text) || text.isBlank()) {
                error(field, "Each of the " + label + " must be a date such as 2019-05-14");
            } else if (text.strip().length() > QUOTED_DATE_LENGTH
                    || UnsafeCharacters.in(text, false).isPresent()) {
                // not quoted back: it is no date, and could be long or unreadable
                error(
                        field,
                        "Each of the "
                                + label
                                + " must be a date in the form YYYY-MM-DD, for example 2019-05-14");
            } else {
                FieldReader one = new FieldReader(Map.of("d", text));
                date = one.date("d", itemLabel + " '" + text.strip() + "'", true);
                one.errors().forEach(e -> error(field, e.message()));
            }
            dates.add(date);
        }
        return dates;
    }

    /** The longest item of a date list quoted back in its refusal. */
    private static final int QUOTED_DATE_LENGTH = 30;

    /**
     * A JSON object field, e.g. {@code {"1": true, "2": false}}; its values stay untyped for the
     * caller.
     */
    public Map<String, Object> object(String name, String label, boolean required) {
        return object(name, label, "area of weakness number", required);
    }

    /**
     * A JSON object field whose keys are {@code keyedBy} (for its message when it is not an
     * object), e.g. {@code "area id"}; its values stay untyped for the caller.
     */
    public Map<String, Object> object(String name, String label, String keyedBy, boolean required) {
        Object value = input.get(name);
        if (value == null) {
            if (required) {
                error(name, "Enter " + label);
            }
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            error(name, capitalise(label) + " must be an object keyed by " + keyedBy);
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach(
                (k, v) -> {
                    String key = String.valueOf(k);
                    Optional<UnsafeCharacters.Found> unsafe = UnsafeCharacters.in(key, false);
                    if (unsafe.isPresent()) {
                        error(
                                name + "." + UnsafeCharacters.visible(key),
                                capitalise(label)
                                        + " must be keyed without control characters or"
                                        + " text direction controls ("
                                        + unsafe.get().describe()
                                        + ")");
                    } else {
                        copy.put(key, v);
                    }
                });
        return copy;
    }

    /**
     * A JSON object field read by its own nested reader that reports into this one, its fields
     * named {@code name.field}; null when absent (an error too when required) or not an object.
     */
    public FieldReader nested(String name, String label, boolean required) {
        Object value = input.get(name);
        if (value == null) {
            if (required) {
                error(name, "Enter " + label);
            }
            return null;
        }
        if (!(value instanceof Map<?, ?> map)) {
            error(name, capitalise(label) + " must be an object");
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return new FieldReader(copy, prefix + name + ".", errors);
    }

    /** A list of JSON objects, each read by its own nested reader that reports into this one. */
    public List<FieldReader> objects(String name, String label, int maxItems) {
        Object value = input.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            error(name, capitalise(label) + " must be a list");
            return List.of();
        }
        if (list.size() > maxItems) {
            error(name, "There can be at most " + maxItems + " " + label);
            return List.of();
        }
        List<FieldReader> readers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> map) {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(String.valueOf(k), v));
                readers.add(new FieldReader(copy, prefix + name + "[" + i + "].", errors));
            } else {
                error(name + "[" + i + "]", "Each of the " + label + " must be an object");
            }
        }
        return readers;
    }

    public void error(String field, String message) {
        error(field, message, null);
    }

    /**
     * A problem with {@code field}: {@code message} for an API caller, {@code formMessage} for
     * someone at a form, where the message names codes the form never shows ({@link FieldError}).
     */
    public void error(String field, String message, String formMessage) {
        errors.add(new FieldError(prefix + field, message, formMessage));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * Whether {@code field} (a name as {@link #errors} gives it), or a part of it ({@code
     * sufficientProgress.3}, {@code weaknesses[2]}), or what it is part of, has an error already.
     */
    public boolean hasErrorAt(String field) {
        return errors.stream().anyMatch(error -> related(error.field(), field));
    }

    /** Whether one field is the other, or one is a part of the other. */
    public static boolean related(String one, String other) {
        return one.equals(other) || partOf(one, other) || partOf(other, one);
    }

    private static boolean partOf(String part, String whole) {
        return part.length() > whole.length()
                && part.startsWith(whole)
                && (part.charAt(whole.length()) == '.' || part.charAt(whole.length()) == '[');
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /**
     * Why {@code text} cannot be taken, if it holds an {@link UnsafeCharacters unsafe character};
     * the message starts with {@code subject} ("The area's name", "Each of the areas of weakness").
     */
    public static Optional<String> unsafe(String text, String subject, boolean multiLine) {
        return UnsafeCharacters.in(text, multiLine)
                .map(
                        found -> {
                            if (found.isLineBreak() && !multiLine) {
                                return subject + " must be on one line";
                            }
                            if (found.isTab() && !multiLine) {
                                return subject + " must not contain tabs";
                            }
                            if (found.isUnreadable()) {
                                return subject
                                        + " holds characters that could not be read ("
                                        + found.describe()
                                        + "): send the text as UTF-8";
                            }
                            return subject
                                    + " must not contain control characters or text direction controls ("
                                    + found.describe()
                                    + ")";
                        });
    }

    /**
     * A name or title as two that must differ are compared: ignoring case and runs of spaces ("EHC
     * plans" and "ehc Plans" name one thing twice).
     */
    public static String comparable(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static String capitalise(String label) {
        return label.isEmpty()
                ? label
                : Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
