package org.sendtracker.reminders.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.shared.ConcurrentChangeException;

/**
 * The ledger with a real atomic claim ({@link ConcurrentHashMap#putIfAbsent}), as DynamoDB's
 * conditional put is: of two racing claims of one key exactly one wins.
 */
public final class InMemoryNoticeLedger implements NoticeLedger {

    private final Map<String, SentEmail> emails = new ConcurrentHashMap<>();

    private static String key(InspectionId inspection, String key) {
        return inspection.value() + "|" + key;
    }

    @Override
    public boolean claim(InspectionId inspection, SentEmail email) {
        return emails.putIfAbsent(key(inspection, email.key()), email) == null;
    }

    @Override
    public void settle(InspectionId inspection, SentEmail outcome) {
        emails.put(key(inspection, outcome.key()), outcome);
    }

    @Override
    public List<SentEmail> emails(InspectionId inspection) {
        return emails.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(key(inspection, "")))
                .map(Map.Entry::getValue)
                .sorted(Comparator.comparing(SentEmail::at).thenComparing(SentEmail::key))
                .toList();
    }

    @Override
    public Optional<SentEmail> email(InspectionId inspection, String key) {
        return Optional.ofNullable(emails.get(key(inspection, key)));
    }

    @Override
    public void markDealtWith(InspectionId inspection, SentEmail current, SentEmail dealtWith) {
        if (!emails.replace(key(inspection, current.key()), current, dealtWith)) {
            throw new ConcurrentChangeException(
                    "email " + current.key() + " of " + inspection + " changed", null);
        }
    }

    @Override
    public void recordDelivery(InspectionId inspection, SentEmail current, SentEmail reported) {
        if (!emails.replace(key(inspection, current.key()), current, reported)) {
            throw new ConcurrentChangeException(
                    "email " + current.key() + " of " + inspection + " changed", null);
        }
    }

    @Override
    public List<Ledgered> failedOrUnsettledSince(Instant since) {
        return emails.entrySet().stream()
                .filter(
                        entry ->
                                entry.getValue().mayNeedAttention()
                                        && !entry.getValue().at().isBefore(since))
                .map(
                        entry ->
                                new Ledgered(
                                        new InspectionId(
                                                entry.getKey()
                                                        .substring(0, entry.getKey().indexOf('|'))),
                                        entry.getValue()))
                .sorted(Comparator.comparing((Ledgered entry) -> entry.email().at()))
                .toList();
    }
}
