package org.sendtracker.reminders.model;

import java.util.List;
import java.util.Objects;

/**
 * One email as composed: who it is to (and copied to), a subject saying what, which area and when,
 * and both bodies.
 */
public record Email(List<String> to, List<String> cc, String subject, String text, String html) {

    public Email {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        Objects.requireNonNull(subject, "subject == null");
        Objects.requireNonNull(text, "text == null");
        Objects.requireNonNull(html, "html == null");
    }
}
