package org.sendtracker.local.ses;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.UUID;
import org.sendtracker.shared.Result;

/**
 * SES v2 {@code SendEmail} for the local system, delivering to the {@link Outbox}. The SDK is
 * pointed here with {@code aws.endpointUrlSesV2} / {@code AWS_ENDPOINT_URL_SESV2} = {@code
 * http://localhost:<port>/local/ses}: the AWS SDK for Java v2 keeps the path of an endpoint
 * override and appends the operation's path ({@code /v2/email/outbound-emails}) to it, so the local
 * endpoint can sit under {@code /local} beside the other local-only routes, clear of the
 * application's.
 *
 * <p>SES v2 speaks REST-JSON: a refusal is a 400 whose {@code x-amzn-ErrorType} header names the
 * error, which the SDK turns into a {@code BadRequestException} carrying the body's {@code
 * message}. Without that header the SDK raises only the untyped {@code SesV2Exception}. Signatures
 * are not checked.
 *
 * <p>A message sent with a configuration set also publishes its delivery events ({@link
 * LocalEmailEvents}).
 */
@Controller("/local/ses/v2/email")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SesV2Endpoint {

    static final String ERROR_TYPE = "x-amzn-ErrorType";
    static final String REQUEST_ID = "x-amzn-RequestId";

    private final Outbox outbox;
    private final LocalEmailEvents events;

    SesV2Endpoint(Outbox outbox, LocalEmailEvents events) {
        this.outbox = outbox;
        this.events = events;
    }

    @Post("/outbound-emails")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    MutableHttpResponse<?> sendEmail(@Nullable @Body String body) {
        Result<SendEmail> request = SendEmailRequest.parse(body);
        MutableHttpResponse<?> response;
        if (request instanceof Result.Refused<SendEmail> refused) {
            response =
                    HttpResponse.badRequest(Map.of("message", refused.rejection().message()))
                            .header(ERROR_TYPE, "BadRequestException");
        } else {
            OutboxMessage message = outbox.deliver(request.orElseThrow());
            events.accepted(message, body);
            response = HttpResponse.ok(Map.of("MessageId", message.id()));
        }
        return response.header(REQUEST_ID, UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
