package org.sendtracker.improvement.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendtracker.shared.FieldReader;

/**
 * A measure's number as a request gives it: a JSON number or text such as {@code 42.5} (a form's
 * box), at most 9 digits before the point and 4 after, so what is stored is what was typed.
 */
final class Decimals {

    /** A number as typed: its digits before the point, and after it. */
    private static final Pattern DECIMAL = Pattern.compile("-?(\\d+)(?:\\.(\\d+))?");

    static final int MAX_DIGITS_BEFORE_POINT = 9;

    static final int MAX_DECIMAL_PLACES = 4;

    private Decimals() {}

    /**
     * The number named {@code name}: {@code input} is the request as given (a value neither a
     * number nor text, such as {@code true} or {@code []}, is refused as not a number), {@code
     * reader} the same with its numbers as text ({@link #numbersAsText}). A number with too many
     * digits is refused naming the limit it passes.
     */
    static BigDecimal read(
            FieldReader reader, Map<String, ?> input, String name, String label, boolean required) {
        String subject = FieldReader.capitalise(label);
        Object given = input.get(name);
        if (given != null && !(given instanceof String) && !(given instanceof Number)) {
            reader.error(name, subject + " must be a number such as 42 or 61.5");
            return null;
        }
        // no length limit of its own: a numeral too long is refused for its digits below
        String text = reader.text(name, label, Integer.MAX_VALUE, required);
        if (text == null) {
            return null;
        }
        Matcher number = DECIMAL.matcher(text);
        if (!number.matches()) {
            reader.error(
                    name,
                    subject
                            + " must be a number such as 42 or 61.5 (up to "
                            + MAX_DECIMAL_PLACES
                            + " decimal places)");
            return null;
        }
        boolean tooLarge = number.group(1).length() > MAX_DIGITS_BEFORE_POINT;
        boolean tooPrecise =
                number.group(2) != null && number.group(2).length() > MAX_DECIMAL_PLACES;
        if (tooLarge || tooPrecise) {
            List<String> limits = new ArrayList<>();
            if (tooLarge) {
                limits.add(MAX_DIGITS_BEFORE_POINT + " digits before the decimal point");
            }
            if (tooPrecise) {
                limits.add(MAX_DECIMAL_PLACES + " decimal places");
            }
            reader.error(name, subject + " must have at most " + String.join(" and ", limits));
            return null;
        }
        return new BigDecimal(text);
    }

    /**
     * A JSON number becomes its text, so one rule reads both doors. One too large for a double
     * ({@code 1e999}) is read as infinite, and stays the text {@code Infinity}, which the rule
     * refuses.
     */
    static Map<String, Object> numbersAsText(Map<String, ?> input, String... names) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        for (String name : names) {
            Object value = copy.get(name);
            if (value instanceof Number number) {
                copy.put(name, finite(number) ? plain(number) : number.toString());
            }
        }
        return copy;
    }

    /**
     * A binary float's shortest decimal ({@code 9.0E-4} is 0.0009, not 0.00090: its trailing zero
     * is the double's notation, not what was typed); any other number as it is.
     */
    private static String plain(Number number) {
        BigDecimal decimal = new BigDecimal(number.toString());
        return (number instanceof Double || number instanceof Float
                        ? decimal.stripTrailingZeros()
                        : decimal)
                .toPlainString();
    }

    private static boolean finite(Number number) {
        return !(number instanceof Double d && !Double.isFinite(d))
                && !(number instanceof Float f && !Float.isFinite(f));
    }
}
