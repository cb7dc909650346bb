package org.sendtracker.inspection.model;

import java.util.Objects;

/** The inspection after an event, and the sentence the audit trail keeps for it. */
public record Transition(Inspection next, LifecycleEvent event, String summary) {

    public Transition {
        Objects.requireNonNull(next, "next == null");
        Objects.requireNonNull(event, "event == null");
        Objects.requireNonNull(summary, "summary == null");
    }
}
