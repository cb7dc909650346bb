package org.sendtracker.inspection.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendtracker.area.model.AreaId;

/** An inspection's id: its area and the day inspectors arrived, e.g. {@code cumbria-2019-03-18}. */
public record InspectionId(String value) {

    private static final Pattern FORM =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?-\\d{4}-\\d{2}-\\d{2}");

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

    public static boolean isValid(String value) {
        return value != null && FORM.matcher(value).matches();
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
