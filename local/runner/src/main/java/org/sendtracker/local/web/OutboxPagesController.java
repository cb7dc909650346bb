package org.sendtracker.local.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sendtracker.calendar.England;
import org.sendtracker.http.web.layout.NotFoundPage;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.local.ses.OutboxMessage;

/**
 * {@code /outbox}: the mail the local SES endpoint accepted, as the people it went to would read
 * it. Local only: the Lambda sends through SES, and its mail is in people's inboxes.
 */
@Controller("/outbox")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class OutboxPagesController {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMMM uuuu 'at' h:mma", Locale.UK).withZone(England.ZONE);

    private final Outbox outbox;
    private final Pages pages;
    private final LocalTemplates templates;

    OutboxPagesController(Outbox outbox, Pages pages, LocalTemplates templates) {
        this.outbox = outbox;
        this.pages = pages;
        this.templates = templates;
    }

    @Get
    MutableHttpResponse<String> messages(HttpRequest<?> request) {
        List<OutboxPages.MailRow> rows =
                outbox.messages().stream()
                        .map(
                                m ->
                                        new OutboxPages.MailRow(
                                                m.id(),
                                                WHEN.format(m.sentAt()),
                                                String.join(", ", m.to()),
                                                m.subject()))
                        .toList();
        return html(
                HttpStatus.OK,
                templates.render(
                        "outbox",
                        new OutboxPages.OutboxPage(pages.layout(request, "Outbox", false), rows)));
    }

    @Get("/{id}")
    MutableHttpResponse<String> message(HttpRequest<?> request, @PathVariable String id) {
        Optional<OutboxMessage> found = outbox.find(id);
        if (found.isEmpty()) {
            return html(
                    HttpStatus.NOT_FOUND,
                    templates.render(
                            "layout/notFound",
                            new NotFoundPage(
                                    pages.layout(request, "Email not found", false),
                                    "There is no email '" + id + "' in the outbox.")));
        }
        OutboxMessage m = found.get();
        return html(
                HttpStatus.OK,
                templates.render(
                        "outboxMessage",
                        new OutboxPages.MailPage(
                                pages.layout(request, m.subject(), false),
                                m.id(),
                                WHEN.format(m.sentAt()),
                                m.from(),
                                String.join(", ", m.to()),
                                String.join(", ", m.cc()),
                                m.subject(),
                                m.text(),
                                m.html())));
    }

    private static MutableHttpResponse<String> html(HttpStatus status, String body) {
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE).body(body);
    }
}
