package org.sendtracker.area.model;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendtracker.shared.FieldReader;

/**
 * What a contact's email address must be: exactly one mailbox, as the RFC 5322 {@code addr-spec}
 * {@code local-part@domain} and nothing else, because it goes straight into the {@code To} of a
 * reminder sent through SES. Jakarta Mail's strict parser ({@link InternetAddress}, a maintained
 * implementation of the RFC's grammar, rather than a home-made pattern) decides what is an address;
 * on top of it this refuses what the parser accepts but a reminder must never be sent to:
 *
 * <ul>
 *   <li>a display name, angle brackets or a comment ({@code Jo <jo@x.gov.uk>}, {@code jo@x.gov.uk
 *       (Jo)}), a source route ({@code <@relay.example:jo@x.gov.uk>}) and group syntax ({@code
 *       team: a@x.gov.uk, b@x.gov.uk;}): the text must be the address itself;
 *   <li>commas and semicolons: one contact, one address;
 *   <li>a quoted or escaped local part ({@code "jo smith"@x.gov.uk}, {@code jo\@x@y.gov.uk}):
 *       legal, but no council mailbox needs one and many systems mishandle them, so only the
 *       dot-atom form is taken;
 *   <li>anything outside printable ASCII: SES does not take internationalised local parts, and an
 *       internationalised domain is written in its {@code xn--} form;
 *   <li>a domain that is not a host name on the internet: a literal ({@code [192.0.2.1]}), a single
 *       label ({@code localhost}), a label starting or ending with a hyphen, an all-digit top
 *       level;
 *   <li>more than 64 characters before the {@code @} or 254 in all (RFC 5321 section 4.5.3.1, and
 *       RFC 3696 erratum 1690).
 * </ul>
 *
 * Control and text direction characters never get here: every text field refuses them first.
 */
public final class EmailAddress {

    public static final String NOT_AN_ADDRESS =
            "Enter an email address in the correct format, like name@example.gov.uk";
    public static final String MORE_THAN_ONE =
            "Enter one email address only: add a contact for each further address";
    public static final String NOT_ONLY_THE_ADDRESS =
            "Enter the email address only, like name@example.gov.uk, without a name, angle brackets or a comment";

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_LENGTH = 254;
    private static final Pattern DOT_ATOM =
            Pattern.compile(
                    "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL =
            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");

    private EmailAddress() {}

    /**
     * The address field {@code name} of {@code fields} holds (up to 254 characters), or null, with
     * the field's error, when it is missing though {@code required} or is not one mailbox.
     */
    public static String read(FieldReader fields, String name, String label, boolean required) {
        String email = fields.text(name, label, 254, required);
        Optional<String> notOneMailbox = email == null ? Optional.empty() : problem(email);
        if (notOneMailbox.isPresent()) {
            fields.error(name, notOneMailbox.get());
            return null;
        }
        return email;
    }

    /**
     * Why {@code text} is not one mailbox to send to, worded for the person who typed it; empty
     * when it is.
     */
    public static Optional<String> problem(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf(';') >= 0) {
            return Optional.of(MORE_THAN_ONE);
        }
        InternetAddress parsed;
        try {
            parsed = new InternetAddress(text, true);
        } catch (AddressException e) {
            return Optional.of(NOT_AN_ADDRESS);
        }
        if (parsed.isGroup()) {
            return Optional.of(MORE_THAN_ONE);
        }
        if (parsed.getPersonal() != null || !text.equals(parsed.getAddress())) {
            return Optional.of(NOT_ONLY_THE_ADDRESS);
        }
        int at = text.lastIndexOf('@');
        if (at < 0
                || text.length() > MAX_LENGTH
                || !isLocalPart(text.substring(0, at))
                || !isHostName(text.substring(at + 1))) {
            return Optional.of(NOT_AN_ADDRESS);
        }
        return Optional.empty();
    }

    private static boolean isLocalPart(String local) {
        return local.length() <= MAX_LOCAL_PART && DOT_ATOM.matcher(local).matches();
    }

    private static boolean isHostName(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return !ALL_DIGITS.matcher(labels[labels.length - 1]).matches();
    }
}
