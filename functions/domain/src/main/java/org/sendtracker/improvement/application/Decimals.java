package org.sendtracker.improvement.application;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.sendtracker.shared.FieldReader;

/**
 * A measure's number as a request gives it: a JSON number or text such as {@code 42.5} (a form's
 * box), at most 9 digits before the point and 4 after, so what is stored is what was typed.
 */
final class Decimals {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,9}(\\.\\d{1,4})?");

    private Decimals() {}

    static BigDecimal read(FieldReader reader, String name, String label, boolean required) {
        String text = reader.text(name, label, 20, required);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            reader.error(
                    name,
                    FieldReader.capitalise(label)
                            + " must be a number such as 42 or 61.5 (up to 4 decimal places)");
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
