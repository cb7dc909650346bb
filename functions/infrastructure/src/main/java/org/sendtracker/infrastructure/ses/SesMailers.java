package org.sendtracker.infrastructure.ses;

import io.micronaut.core.value.PropertyResolver;
import org.sendtracker.reminders.application.Mailer;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * The SES mailer over a client of the caller's choosing: SnapStart priming's offline one ({@code
 * ReminderPriming}), so that a reminder is sent nowhere. The sender and the configuration set are
 * read from the same settings, with the same defaults, as the function's own mailer's.
 */
public final class SesMailers {

    private SesMailers() {}

    public static Mailer over(SesV2Client ses, PropertyResolver settings) {
        return new SesMailer(
                () -> ses,
                settings.getProperty(SesMailer.FROM, String.class).orElse(SesMailer.DEFAULT_FROM),
                settings.getProperty(SesMailer.CONFIGURATION_SET, String.class).orElse(""));
    }
}
