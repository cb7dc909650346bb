package org.sendtracker.shared;

import java.util.Objects;

/**
 * One problem with one input field, worded for the person who typed it. {@code formMessage} is the
 * same problem for someone at a form, who chose from what the form offered and never saw a code:
 * where {@code message} names the codes an API caller sends ("IMPROVEMENT_BOARD (Improvement
 * board)", "(WSOA_SUBMISSION)"), it names them only in words. Otherwise it is the message itself.
 */
public record FieldError(String field, String message, String formMessage) {

    public FieldError {
        Objects.requireNonNull(field, "field == null");
        Objects.requireNonNull(message, "message == null");
        formMessage = formMessage == null ? message : formMessage;
    }

    /** A problem said the same way to an API caller and at a form. */
    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
