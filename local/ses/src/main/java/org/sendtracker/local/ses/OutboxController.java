package org.sendtracker.local.ses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.List;
import java.util.Map;
import org.sendtracker.http.support.ApiResponses;

/**
 * {@code /local/outbox}: the mail the local SES endpoint accepted. {@code GET} lists it newest
 * first ({@code ?to=} keeps one recipient's), {@code GET /{id}} is one message, {@code GET
 * /{id}.eml} the message a mail client opens, {@code DELETE} empties the outbox.
 */
@Controller("/local/outbox")
@ExecuteOn(TaskExecutors.BLOCKING)
final class OutboxController {

    private static final MediaType RFC_822 = MediaType.of("message/rfc822");

    private final Outbox outbox;

    OutboxController(Outbox outbox) {
        this.outbox = outbox;
    }

    @Get
    List<OutboxMessage> messages(@Nullable @QueryValue String to) {
        return to == null || to.isBlank() ? outbox.messages() : outbox.sentTo(to);
    }

    /**
     * One route for both forms: a separate {@code /{id}.eml} would also match {@code /{id}},
     * leaving the choice to route ranking.
     */
    @Get("/{id}")
    MutableHttpResponse<?> message(@PathVariable String id) {
        if (id.endsWith(".eml")) {
            String messageId = id.substring(0, id.length() - ".eml".length());
            return outbox.eml(messageId)
                    .<MutableHttpResponse<?>>map(
                            eml ->
                                    HttpResponse.ok(eml)
                                            .contentType(RFC_822)
                                            .header(
                                                    "Content-Disposition",
                                                    "inline; filename=\"" + messageId + ".eml\""))
                    .orElseGet(() -> notFound(messageId));
        }
        return outbox.find(id)
                .<MutableHttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(() -> notFound(id));
    }

    @Delete
    HttpResponse<?> clear() {
        outbox.clear();
        return HttpResponse.noContent();
    }

    private static MutableHttpResponse<?> notFound(String id) {
        return ApiResponses.error(
                HttpStatus.NOT_FOUND, "There is no message '" + id + "' in the outbox", Map.of());
    }
}
