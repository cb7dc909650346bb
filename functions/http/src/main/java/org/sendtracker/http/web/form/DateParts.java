package org.sendtracker.http.web.form;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sendtracker.shared.FieldReader;

/**
 * A GOV.UK date input's three boxes ({@code name-day}, {@code name-month}, {@code name-year}) as
 * the ISO date the domain reads. Only what the boxes themselves get wrong is said here (a box left
 * empty, letters, a two-digit year); every other rule (a date that does not exist, one in the
 * future, dates out of order) is the domain's, with the domain's message, whichever door it came
 * in.
 */
public sealed interface DateParts {

    String DAY = "day";
    String MONTH = "month";
    String YEAR = "year";

    /** All three boxes empty: the field was not given. */
    record Absent() implements DateParts {}

    record Iso(String value) implements DateParts {}

    /**
     * The boxes cannot make a date; {@code parts} are the boxes to highlight. {@code typed} is what
     * was typed, as the domain is given it: never an ISO date, so the domain refuses the whole
     * request (and reports every other field's problems) while this message stands for the date's.
     */
    record Invalid(String message, Set<String> parts, String typed) implements DateParts {}

    static DateParts read(FormData form, String name, String label) {
        String day = trimmed(form.first(name + "-" + DAY));
        String month = trimmed(form.first(name + "-" + MONTH));
        String year = trimmed(form.first(name + "-" + YEAR));
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return new Absent();
        }
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add(DAY);
        }
        if (month.isEmpty()) {
            missing.add(MONTH);
        }
        if (year.isEmpty()) {
            missing.add(YEAR);
        }
        String what = FieldReader.capitalise(label);
        String typed = day + "/" + month + "/" + year;
        if (!missing.isEmpty()) {
            return new Invalid(
                    what + " must include a " + String.join(" and ", missing),
                    Set.copyOf(missing),
                    typed);
        }
        String monthNumber = monthNumber(month);
        if (!day.matches("\\d{1,2}") || monthNumber == null || !year.matches("\\d+")) {
            return new Invalid(what + " must be a real date", Set.of(DAY, MONTH, YEAR), typed);
        }
        if (!year.matches("\\d{4}")) {
            return new Invalid(
                    what + " must include a year with 4 numbers, for example 2019",
                    Set.of(YEAR),
                    typed);
        }
        return new Iso(year + "-" + pad(monthNumber) + "-" + pad(day));
    }

    /**
     * The boxes to blame when the domain refuses a date the boxes made ({@link Iso}) as one that
     * does not exist, so its error links to the box to put right: a month of 13 is the month's
     * fault, 32 May or 30 February the day's. Empty when the boxes make a real date (the domain
     * refused it for another reason, such as its order: all three are then the date's).
     */
    static Set<String> impossibleParts(FormData form, String name) {
        String day = trimmed(form.first(name + "-" + DAY));
        String month = monthNumber(trimmed(form.first(name + "-" + MONTH)));
        String year = trimmed(form.first(name + "-" + YEAR));
        if (!day.matches("\\d{1,2}") || month == null || !year.matches("\\d{4}")) {
            return Set.of();
        }
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12) {
            return d < 1 || d > 31 ? Set.of(DAY, MONTH) : Set.of(MONTH);
        }
        if (d < 1 || d > YearMonth.of(Integer.parseInt(year), m).lengthOfMonth()) {
            return Set.of(DAY);
        }
        return Set.of();
    }

    /**
     * A month as a number (1 to 2 digits) or a name ("jan", "January"), as GOV.UK date inputs
     * accept.
     */
    private static String monthNumber(String month) {
        if (month.matches("\\d{1,2}")) {
            return month;
        }
        String lower = month.toLowerCase(Locale.UK);
        String[] names = {
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december"
        };
        for (int i = 0; i < names.length; i++) {
            if (lower.length() >= 3 && names[i].startsWith(lower)) {
                return String.valueOf(i + 1);
            }
        }
        return null;
    }

    private static String pad(String number) {
        return number.length() == 1 ? "0" + number : number;
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
