package org.sendtracker.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * England and Wales bank holidays from Jollyday's maintained UK calendar, subdivision {@code eng},
 * plus days proclaimed at short notice that the library may not know yet.
 *
 * <p>The subdivision matters: asking Jollyday for the UK with no subdivision silently drops Easter
 * Monday and the summer bank holiday, which are not Scottish holidays. Only {@code PUBLIC_HOLIDAY}
 * entries count; observances are not days off. Cross-checked against GOV.UK's list for 2012–2027 in
 * the tests.
 */
public final class EnglandAndWalesBankHolidays implements BankHolidays {

    private static final String ENGLAND = "eng";

    /**
     * Jollyday's UK calendar, read from its configuration the first time a year is asked for, not
     * when a function starts: a request that computes no working day never pays for it
     * (docs/performance.md).
     */
    private static final class UnitedKingdom {
        static final HolidayManager MANAGER =
                HolidayManager.getInstance(
                        ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }

    private final Set<LocalDate> extraBankHolidays;
    private final ConcurrentHashMap<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    /**
     * @param extraBankHolidays one-off days proclaimed after the library's release
     */
    public EnglandAndWalesBankHolidays(Collection<LocalDate> extraBankHolidays) {
        Objects.requireNonNull(extraBankHolidays, "extraBankHolidays == null");
        this.extraBankHolidays = Set.copyOf(extraBankHolidays);
    }

    public EnglandAndWalesBankHolidays() {
        this(Set.of());
    }

    @Override
    public boolean isBankHoliday(LocalDate date) {
        return extraBankHolidays.contains(date)
                || byYear.computeIfAbsent(date.getYear(), this::load).contains(date);
    }

    private Set<LocalDate> load(int year) {
        Set<Holiday> holidays = UnitedKingdom.MANAGER.getHolidays(Year.of(year), ENGLAND);
        return holidays.stream()
                .filter(holiday -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY)
                .map(Holiday::getDate)
                .collect(Collectors.toUnmodifiableSet());
    }
}
