package org.sendtracker.local.web;

import java.util.List;
import org.sendtracker.http.web.layout.Layout;

/** The models of the local outbox pages. */
public final class OutboxPages {

    private OutboxPages() {}

    public record MailRow(String id, String sentAt, String to, String subject) {

        public String href() {
            return "/outbox/" + id;
        }
    }

    public record OutboxPage(Layout layout, List<MailRow> messages) {}

    public record MailPage(
            Layout layout,
            String id,
            String sentAt,
            String from,
            String to,
            String cc,
            String subject,
            String text,
            String html) {

        public String emlHref() {
            return "/local/outbox/" + id + ".eml";
        }
    }
}
