package org.sendtracker.reminders.model;

import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Sentences;

/** How emails say dates, counts, lists and inspections: as GOV.UK writes them, never as codes. */
final class EmailWords {

    private static final List<String> PROPER_NAMES =
            List.of("Written Statement of Action", "Accelerated Progress Plan", "Ofsted");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE", Locale.UK);

    private EmailWords() {}

    /** "Friday 15 January 2027". */
    static String day(LocalDate date) {
        return DAY.format(date) + " " + format(date);
    }

    /** "1 working day", "10 working days". */
    static String workingDays(int count) {
        return count + " working day" + (count == 1 ? "" : "s");
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        return Sentences.list(items, "and");
    }

    /** "a", "a or b", "a, b or c". */
    static String or(List<String> items) {
        return Sentences.list(items, "or");
    }

    /**
     * The inspection as people say it: "Cumbria's local area SEND inspection (2016 framework) of 18
     * to 22 March 2019". The id stays in the link.
     */
    static String inspection(String areaName, Inspection inspection) {
        String framework = inspection.framework().label();
        return possessive(areaName)
                + " "
                + Character.toLowerCase(framework.charAt(0))
                + framework.substring(1)
                + " of "
                + span(inspection.startsOn(), inspection.endsOn());
    }

    /**
     * "18 to 22 March 2019", "27 February to 3 March 2023", "30 December 2022 to 3 January 2023".
     */
    static String span(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return format(from);
        }
        if (from.getYear() != to.getYear()) {
            return format(from) + " to " + format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            String first = format(from);
            return first.substring(0, first.lastIndexOf(' ')) + " to " + format(to);
        }
        return from.getDayOfMonth() + " to " + format(to);
    }

    /** "Cumbria's", "St Helens'". */
    static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }

    /**
     * A deadline's or visit's label inside a sentence: "the priority action plan submission", but
     * "the Written Statement of Action submission" and "the DfE and NHS England monitoring visit"
     * (names and acronyms keep their capitals).
     */
    static String inSentence(String label) {
        boolean keepsCapital =
                PROPER_NAMES.stream().anyMatch(label::startsWith)
                        || firstWord(label).chars().skip(1).anyMatch(Character::isUpperCase);
        return keepsCapital ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String firstWord(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }
}
