package org.sendtracker.inspection.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One immutable entry of an inspection's audit trail: what happened ({@code on}, when it happened
 * in the world), who recorded it (name and subject id) and when, a sentence a person can read, and
 * the input as given. Officers' events carry an {@link EventType} name; the system adds its own
 * ({@code INSPECTION_CREATED}, {@code EMAIL_SENT}, …).
 */
public record RecordedEvent(
        int seq,
        String type,
        LocalDate on,
        String actor,
        Instant recordedAt,
        String summary,
        EventDetails details,
        String actorId) {

    /** An entry without the recorder's subject id: recorded before sign-in, or by the system. */
    public RecordedEvent(
            int seq,
            String type,
            LocalDate on,
            String actor,
            Instant recordedAt,
            String summary,
            EventDetails details) {
        this(seq, type, on, actor, recordedAt, summary, details, null);
    }

    public RecordedEvent {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(actor, "actor == null");
        Objects.requireNonNull(recordedAt, "recordedAt == null");
        Objects.requireNonNull(summary, "summary == null");
        details = details == null ? EventDetails.none() : details;
        if (seq < 1) {
            throw new IllegalArgumentException("seq < 1: " + seq);
        }
    }
}
