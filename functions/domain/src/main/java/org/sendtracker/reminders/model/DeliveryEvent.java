package org.sendtracker.reminders.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the mail service reported about an email after accepting it (SES event publishing: the
 * DELIVERY, COMPLAINT, BOUNCE and REJECT events of the configuration set in template.yaml): to
 * whom, when, and for a bounce or rejection why. "Sent" only means accepted; this says whether it
 * arrived.
 */
public record DeliveryEvent(Kind kind, Instant at, List<String> recipients, String detail) {

    /**
     * In the order one report outranks another: a bounce for one recipient outweighs a delivery to
     * another.
     */
    public enum Kind {
        DELIVERED,
        COMPLAINED,
        BOUNCED,
        REJECTED
    }

    public DeliveryEvent {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(at, "at == null");
        recipients = List.copyOf(recipients);
    }

    /** For the timeline: "bounced for x@y (Permanent, General): 550 5.1.1 user unknown". */
    public String describe() {
        String verb =
                switch (kind) {
                    case DELIVERED -> "delivered";
                    case COMPLAINED -> "marked as spam";
                    case BOUNCED -> "bounced";
                    case REJECTED -> "rejected by the mail service";
                };
        String whom =
                recipients.isEmpty()
                        ? ""
                        : (kind == Kind.COMPLAINED ? " by " : " for ")
                                + String.join(", ", recipients);
        return verb + whom + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
