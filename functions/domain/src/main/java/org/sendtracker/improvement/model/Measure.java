package org.sendtracker.improvement.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A measure of impact for an area of weakness ({@code weakness}: its number): what is counted and
 * in what {@code unit} ("% of EHC plans issued within 20 weeks", "weeks"), where it stood ({@code
 * baseline} as at {@code baselineOn}), where the plan means it to be ({@code target}, by {@code
 * targetBy} when the plan says), which way is better, and its readings, oldest first (one per day).
 */
public record Measure(
        String id,
        int weakness,
        String name,
        String unit,
        Direction direction,
        BigDecimal baseline,
        LocalDate baselineOn,
        BigDecimal target,
        LocalDate targetBy,
        List<MeasureValue> values,
        boolean illustrative) {

    public Measure {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(unit, "unit == null");
        Objects.requireNonNull(direction, "direction == null");
        Objects.requireNonNull(baseline, "baseline == null");
        Objects.requireNonNull(baselineOn, "baselineOn == null");
        Objects.requireNonNull(target, "target == null");
        values =
                values == null
                        ? List.of()
                        : values.stream().sorted(Comparator.comparing(MeasureValue::on)).toList();
        if (weakness < 1) {
            throw new IllegalArgumentException("weakness < 1: " + weakness);
        }
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i).on().equals(values.get(i - 1).on())) {
                throw new IllegalArgumentException("two values on " + values.get(i).on());
            }
        }
    }

    /**
     * A figure as people read it, with its unit: "38.5%" (a bare percent sign follows the number),
     * "12 weeks", "61 % of plans on time".
     */
    public static String amount(String number, String unit) {
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** The latest reading, if any. */
    public Optional<MeasureValue> latest() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
    }

    /** Whether {@code value} has reached the target, in the measure's direction. */
    public boolean meetsTarget(BigDecimal value) {
        int comparison = value.compareTo(target);
        return direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }

    /** This measure with the reading for {@code value.on()} added, or replaced if there is one. */
    public Measure withValue(MeasureValue value) {
        List<MeasureValue> changed = new ArrayList<>(values);
        changed.removeIf(v -> v.on().equals(value.on()));
        changed.add(value);
        return new Measure(
                id,
                weakness,
                name,
                unit,
                direction,
                baseline,
                baselineOn,
                target,
                targetBy,
                changed,
                illustrative);
    }
}
