package org.sendtracker.improvement.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One reading of a measure: its value as at {@code on}, with an optional note on its source. */
public record MeasureValue(LocalDate on, BigDecimal value, String note) {

    public MeasureValue {
        Objects.requireNonNull(on, "on == null");
        Objects.requireNonNull(value, "value == null");
    }
}
