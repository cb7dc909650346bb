package org.sendtracker.calendar;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * GOV.UK's England and Wales bank holidays for 2012–2027 ({@code
 * shared/data/ew_bank_holidays_2012_2027.json}, beside the repository), and a working-day count
 * that uses nothing else: the reference the calendar is checked against.
 */
final class GovUkBankHolidays {

    static final String FILE = "shared/data/ew_bank_holidays_2012_2027.json";
    static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2027, 12, 31);

    private static final Map<Integer, Set<LocalDate>> BY_YEAR = load(locate());
    private static final Set<LocalDate> ALL =
            BY_YEAR.values().stream()
                    .flatMap(Set::stream)
                    .collect(Collectors.toCollection(TreeSet::new));

    private GovUkBankHolidays() {}

    static Set<LocalDate> of(int year) {
        Set<LocalDate> days = BY_YEAR.get(year);
        if (days == null) {
            throw new IllegalArgumentException(year + " is not in " + FILE);
        }
        return days;
    }

    /**
     * The date {@code workingDays} working days after {@code start} (day 0), counted with weekends
     * and the GOV.UK list only; empty when the count runs past the end of the list, where it knows
     * nothing.
     */
    static Optional<LocalDate> plusWorkingDays(LocalDate start, int workingDays) {
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (date.isAfter(LAST_DAY)) {
                return Optional.empty();
            }
            boolean weekend =
                    date.getDayOfWeek() == DayOfWeek.SATURDAY
                            || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !ALL.contains(date)) {
                counted++;
            }
        }
        return Optional.of(date);
    }

    /**
     * Walks up from the working directory (the module, under Maven) to the folder holding {@code
     * shared/data}.
     */
    private static Path locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "Cannot find "
                        + FILE
                        + " in "
                        + start
                        + " or any folder above it: the GOV.UK"
                        + " bank holiday list the calendar is checked against lives in the shared/data folder beside the repository");
    }

    private static Map<Integer, Set<LocalDate>> load(Path file) {
        try {
            Map<String, List<String>> raw =
                    new ObjectMapper().readValue(file.toFile(), new TypeReference<>() {});
            Map<Integer, Set<LocalDate>> byYear = new TreeMap<>();
            raw.forEach(
                    (year, days) ->
                            byYear.put(
                                    Integer.parseInt(year),
                                    days.stream()
                                            .map(LocalDate::parse)
                                            .collect(Collectors.toCollection(TreeSet::new))));
            return byYear;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
