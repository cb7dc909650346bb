package org.sendtracker.reminders.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.sendtracker.reminders.application.Mailer;
import org.sendtracker.reminders.model.Email;
import org.sendtracker.reminders.model.MessageTags;

/**
 * Records every email handed to it and answers with message ids {@code msg-1}, {@code msg-2}, …; a
 * test can queue failures to throw first, one per attempt.
 */
public final class RecordingMailer implements Mailer {

    private final List<Email> sent = new CopyOnWriteArrayList<>();
    private final List<MessageTags> tags = new CopyOnWriteArrayList<>();
    private final Deque<MailException> failures = new ArrayDeque<>();
    private int attempts;

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
        return "msg-" + sent.size();
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
