package org.sendtracker.local.ses;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mailbox text as SES takes it: {@code a@b.example} or {@code Display Name <a@b.example>}. */
final class Addresses {

    private static final Pattern NAMED = Pattern.compile("^\\s*(.*?)\\s*<([^<>]+)>\\s*$");

    private Addresses() {}

    /** The address itself: {@code a@b.example} for {@code "A" <a@b.example>}. */
    static String bare(String mailbox) {
        Matcher named = NAMED.matcher(mailbox);
        return (named.matches() ? named.group(2) : mailbox).strip();
    }

    /**
     * A mailbox fit for a header: a display name that is not ASCII becomes an RFC 2047 encoded-word
     * (SES asks callers to do this themselves; a person's name must not be what breaks the local
     * outbox).
     */
    static String forHeader(String mailbox) {
        Matcher named = NAMED.matcher(mailbox);
        if (!named.matches() || named.group(1).chars().allMatch(c -> c < 128)) {
            return mailbox.strip();
        }
        String name = named.group(1).replaceAll("^\"|\"$", "");
        return EncodedWords.encode(name).replace("\r\n ", " ")
                + " <"
                + named.group(2).strip()
                + ">";
    }

    /**
     * The mailboxes of an address-list header ({@code To}, {@code Cc}): commas inside quotes or
     * angle brackets do not split.
     */
    static List<String> split(String header) {
        List<String> mailboxes = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        int angle = 0;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '<') {
                angle++;
            } else if (!quoted && c == '>') {
                angle--;
            } else if (c == ',' && !quoted && angle == 0) {
                addIfPresent(mailboxes, current);
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        addIfPresent(mailboxes, current);
        return mailboxes;
    }

    private static void addIfPresent(List<String> mailboxes, StringBuilder mailbox) {
        if (!mailbox.toString().isBlank()) {
            mailboxes.add(mailbox.toString().strip());
        }
    }
}
