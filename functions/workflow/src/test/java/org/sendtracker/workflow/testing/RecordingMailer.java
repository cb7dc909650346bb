package org.sendtracker.workflow.testing;

import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sendtracker.reminders.application.Mailer;
import org.sendtracker.reminders.model.Email;
import org.sendtracker.reminders.model.MessageTags;

/**
 * Stands in for the SES mailer (whose own tests run against a local SES endpoint): records each
 * email and answers with an SES-shaped message id.
 */
@Singleton
@Replaces(Mailer.class)
public final class RecordingMailer implements Mailer {

    private final List<Email> sent = new CopyOnWriteArrayList<>();
    private final List<MessageTags> tags = new CopyOnWriteArrayList<>();

    @Override
    public String send(Email email, MessageTags tags) {
        sent.add(email);
        this.tags.add(tags);
        return String.format(
                "0100018c2a7e%04d-7d1b2c3a-5e6f-4a8b-9c0d-1e2f3a4b5c6d-000000", sent.size());
    }

    public List<Email> sent() {
        return List.copyOf(sent);
    }

    /** The tags each email was sent with, in the order sent. */
    public List<MessageTags> tags() {
        return List.copyOf(tags);
    }
}
