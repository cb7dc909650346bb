package org.sendtracker.infrastructure.ses;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Comparator;
import java.util.List;
import org.sendtracker.reminders.application.Mailer;
import org.sendtracker.reminders.model.Email;
import org.sendtracker.reminders.model.MessageTags;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.MessageTag;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

/**
 * Sends through SES v2 from {@code sendtracker.mail.from} ({@code SENDTRACKER_MAIL_FROM}). Only a
 * failure that proves nothing was sent is retryable: SES refusing with throttling, or no connection
 * at all. A rejected message (a bad address, an unverified sender) is not retried, and neither is a
 * request whose answer was lost, which may have been delivered: at most once comes first.
 *
 * <p>Each email goes out through the configuration set {@code sendtracker.mail.configuration-set}
 * ({@code SENDTRACKER_MAIL_CONFIGURATION_SET}, set by template.yaml; none when blank), whose event
 * destination reports delivery, bounces, complaints and rejections, with the {@link MessageTags}
 * that lead each report back to the email's record.
 *
 * <p>The client is built on the first send, not with the mailer: a Tick that sends nothing, and
 * every Wait and Reconcile, never pays for it (docs/performance.md). Only where SES v2 is on the
 * classpath: the HTTP function's jar leaves it out.
 */
@Singleton
@Requires(classes = SesV2Client.class)
final class SesMailer implements Mailer {

    static final String FROM = "sendtracker.mail.from";
    static final String DEFAULT_FROM = "SEND inspection tracker <reminders@sendtracker.example>";
    static final String CONFIGURATION_SET = "sendtracker.mail.configuration-set";

    private final BeanProvider<SesV2Client> ses;
    private final String from;
    private final String configurationSet;

    SesMailer(
            BeanProvider<SesV2Client> ses,
            @Value("${" + FROM + ":" + DEFAULT_FROM + "}") String from,
            @Value("${" + CONFIGURATION_SET + ":}") String configurationSet) {
        this.ses = ses;
        this.from = from;
        this.configurationSet = configurationSet.isBlank() ? null : configurationSet;
    }

    @Override
    public String send(Email email, MessageTags tags) throws MailException {
        List<MessageTag> emailTags =
                tags.tags().stream()
                        .map(
                                tag ->
                                        MessageTag.builder()
                                                .name(tag.name())
                                                .value(tag.value())
                                                .build())
                        .sorted(Comparator.comparing(MessageTag::name))
                        .toList();
        try {
            return ses.get()
                    .sendEmail(
                            b ->
                                    b.fromEmailAddress(from)
                                            .configurationSetName(configurationSet)
                                            .emailTags(emailTags)
                                            .destination(
                                                    Destination.builder()
                                                            .toAddresses(email.to())
                                                            .ccAddresses(email.cc())
                                                            .build())
                                            .content(
                                                    EmailContent.builder()
                                                            .simple(
                                                                    Message.builder()
                                                                            .subject(
                                                                                    utf8(
                                                                                            email
                                                                                                    .subject()))
                                                                            .body(
                                                                                    Body.builder()
                                                                                            .text(
                                                                                                    utf8(
                                                                                                            email
                                                                                                                    .text()))
                                                                                            .html(
                                                                                                    utf8(
                                                                                                            email
                                                                                                                    .html()))
                                                                                            .build())
                                                                            .build())
                                                            .build()))
                    .messageId();
        } catch (SesV2Exception e) {
            boolean retryable = e.statusCode() == 429 || e.isThrottlingException();
            throw new MailException(
                    "SES refused the email ("
                            + e.statusCode()
                            + "): "
                            + e.awsErrorDetails().errorMessage(),
                    retryable,
                    e);
        } catch (SdkException e) {
            boolean neverConnected =
                    hasCause(e, ConnectException.class) || hasCause(e, UnknownHostException.class);
            throw new MailException(
                    neverConnected
                            ? "SES could not be reached: " + e.getMessage()
                            : "SES did not answer (the email may or may not have been delivered, so it is not resent): "
                                    + e.getMessage(),
                    neverConnected,
                    e);
        }
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static Content utf8(String data) {
        return Content.builder().data(data).charset("UTF-8").build();
    }
}
