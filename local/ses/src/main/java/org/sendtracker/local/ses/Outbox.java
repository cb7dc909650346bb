package org.sendtracker.local.ses;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the local SES endpoint delivers: every message kept in memory and as an {@code .eml} file
 * under {@code ${sendtracker.local.data-dir}/outbox/}, stamped with the application's (simulated)
 * clock, and reloaded on start so the outbox survives a restart.
 */
@Singleton
public final class Outbox {

    private final OutboxDirectory directory;
    private final Clock clock;

    /**
     * In the order they were sent: the simulated clock may restart a few seconds behind the last
     * message.
     */
    private final List<OutboxMessage> messages;

    Outbox(@Value("${sendtracker.local.data-dir:.data}") Path dataDir, Clock clock) {
        this.directory = new OutboxDirectory(dataDir.resolve("outbox"));
        this.clock = clock;
        this.messages = new ArrayList<>(directory.load());
    }

    synchronized OutboxMessage deliver(SendEmail email) {
        String id = UUID.randomUUID().toString();
        Instant sentAt = clock.instant();
        OutboxMessage message =
                new OutboxMessage(
                        id,
                        sentAt,
                        email.from(),
                        email.to(),
                        email.cc(),
                        email.bcc(),
                        email.replyTo(),
                        email.subject(),
                        email.text(),
                        email.html());
        byte[] eml =
                email.isRaw()
                        ? RawMime.of(email.raw())
                                .withDateAndMessageId(
                                        EmlWriter.date(sentAt), EmlWriter.messageId(id))
                        : EmlWriter.write(message);
        List<OutboxMessage> withIt = new ArrayList<>(messages);
        withIt.add(message);
        directory.add(message, eml, withIt);
        messages.add(message);
        return message;
    }

    /** Newest first. */
    public synchronized List<OutboxMessage> messages() {
        List<OutboxMessage> newestFirst = new ArrayList<>(messages);
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** Newest first, those with {@code address} among their To, Cc or Bcc recipients. */
    public List<OutboxMessage> sentTo(String address) {
        return messages().stream().filter(message -> message.isAddressedTo(address)).toList();
    }

    public synchronized Optional<OutboxMessage> find(String id) {
        return messages.stream().filter(message -> message.id().equals(id)).findFirst();
    }

    /** The message as a mail client reads it (RFC 5322), if there is one with that id. */
    public synchronized Optional<byte[]> eml(String id) {
        return find(id).map(message -> directory.read(message.id()));
    }

    public synchronized void clear() {
        directory.clear();
        messages.clear();
    }
}
