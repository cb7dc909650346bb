package org.sendtracker.shared;

import java.util.Objects;

/** One problem with one input field, worded for the person who typed it. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(message, "message == null");
    }
}
