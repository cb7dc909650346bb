package org.sendtracker.reminders.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.sendtracker.reminders.application.Mailer;
import org.sendtracker.reminders.model.Email;
import org.sendtracker.reminders.model.MessageTags;

/**
 * Records every email handed to it, with its tags, and answers with message ids {@code msg-1},
 * {@code msg-2}, … (or SES-shaped ones, {@link #answeringLikeSes}); a test can queue failures to
 * throw first, one per attempt. The one copy every module's tests use (the workflow functions'
 * tests make it their {@code Mailer} bean, standing in for SES).
 */
public final class RecordingMailer implements Mailer {

    private final List<Email> sent = new CopyOnWriteArrayList<>();
    private final List<MessageTags> tags = new CopyOnWriteArrayList<>();
    private final Deque<MailException> failures = new ArrayDeque<>();
    private final IntFunction<String> messageId;
    private int attempts;

    public RecordingMailer() {
        this(n -> "msg-" + n);
    }

    private RecordingMailer(IntFunction<String> messageId) {
        this.messageId = messageId;
    }

    /** Answers with message ids shaped as SES's are, numbered from 1. */
    public static RecordingMailer answeringLikeSes() {
        return new RecordingMailer(
                n ->
                        String.format(
                                "0100018c2a7e%04d-7d1b2c3a-5e6f-4a8b-9c0d-1e2f3a4b5c6d-000000", n));
    }

    public synchronized RecordingMailer failingWith(MailException... next) {
        failures.addAll(List.of(next));
        return this;
    }

    @Override
    public String send(Email email, MessageTags tags) throws MailException {
        synchronized (this) {
            attempts++;
            if (!failures.isEmpty()) {
                throw failures.removeFirst();
            }
        }
        sent.add(email);
        this.tags.add(tags);
        return messageId.apply(sent.size());
    }

    public List<Email> sent() {
        return List.copyOf(sent);
    }

    /** The tags each sent email carried, in the order sent. */
    public List<MessageTags> tags() {
        return List.copyOf(tags);
    }

    public synchronized int attempts() {
        return attempts;
    }

    public List<String> subjects() {
        return sent.stream().map(Email::subject).toList();
    }
}
