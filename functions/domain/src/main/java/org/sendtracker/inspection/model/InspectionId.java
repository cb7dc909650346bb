package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.area.model.AreaId;

/** An inspection's id: its area and the day inspectors arrived, e.g. {@code cumbria-2019-03-18}. */
public record InspectionId(String value) {

    /** {@code -yyyy-MM-dd}: the id's end after its area. */
    private static final String DAY_FORM = "-0000-00-00";

    public InspectionId {
        Objects.requireNonNull(value, "value == null");
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid inspection id: " + value);
        }
    }

    public static InspectionId of(AreaId area, LocalDate startsOn) {
        return new InspectionId(area.value() + "-" + startsOn);
    }

    /**
     * The id of the inspection of {@code areaId} starting {@code startsOn} as a request gives them
     * (an area id, an ISO date); empty when either is not well formed.
     */
    public static Optional<InspectionId> parse(String areaId, String startsOn) {
        if (!AreaId.isValid(areaId) || startsOn == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(new AreaId(areaId), LocalDate.parse(startsOn)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code value} is an id: an area id then {@code -dddd-dd-dd} (any ASCII digits), the
     * language of {@code [a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?-\d{4}-\d{2}-\d{2}}, checked by hand
     * because every stored row's ids are checked on read (docs/performance.md, "Ids checked without
     * a regex").
     */
    public static boolean isValid(String value) {
        if (value == null || value.length() <= DAY_FORM.length()) {
            return false;
        }
        int day = value.length() - DAY_FORM.length();
        for (int i = 0; i < DAY_FORM.length(); i++) {
            char c = value.charAt(day + i);
            boolean fits = DAY_FORM.charAt(i) == '-' ? c == '-' : c >= '0' && c <= '9';
            if (!fits) {
                return false;
            }
        }
        return AreaId.isSlug(value, 0, day);
    }

    /** The day inspectors arrived: the id's {@code yyyy-MM-dd}. */
    public LocalDate startsOn() {
        return LocalDate.parse(value.substring(value.length() - "yyyy-MM-dd".length()));
    }

    /** The area, the id without its {@code -yyyy-MM-dd}. */
    public AreaId areaId() {
        return new AreaId(value.substring(0, value.length() - "-yyyy-MM-dd".length()));
    }

    @Override
    public String toString() {
        return value;
    }
}
