package org.sendtracker.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: "16 January 2018". */
public final class Dates {

    private static final DateTimeFormatter LONG =
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private Dates() {}

    public static String format(LocalDate date) {
        return date == null ? "" : LONG.format(date);
    }
}
