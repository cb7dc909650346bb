package org.sendtracker.reminders.application;

import org.sendtracker.reminders.model.Email;
import org.sendtracker.reminders.model.MessageTags;

/**
 * Sends an email (SES v2 in every deployment, local or AWS); returns the provider's message id. The
 * {@code tags} travel with the message and come back in its delivery events ({@link
 * DeliveryReports}).
 */
public interface Mailer {

    String send(Email email, MessageTags tags) throws MailException;

    /**
     * A send that did not go; {@code retryable} when trying again may succeed (throttling, a 5xx).
     */
    final class MailException extends Exception {
        private final boolean retryable;

        public MailException(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
