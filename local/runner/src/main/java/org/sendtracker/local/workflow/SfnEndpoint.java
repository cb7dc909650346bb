package org.sendtracker.local.workflow;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.StandardCharsets;
import org.sendtracker.local.stepfunctions.protocol.ProtocolResponse;
import org.sendtracker.local.stepfunctions.protocol.SfnJsonProtocol;

/**
 * The Step Functions API of the local engine over the AWS JSON 1.0 protocol, for the real {@code
 * SfnClient}: the SDK is pointed at {@code http://localhost:<port>/local/sfn} and posts to {@code
 * /local/sfn/} with an {@code X-Amz-Target} header.
 */
@Controller("/local/sfn")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SfnEndpoint {

    private static final String JSON_1_0 = "application/x-amz-json-1.0";

    private final SfnJsonProtocol protocol;

    SfnEndpoint(SfnJsonProtocol protocol) {
        this.protocol = protocol;
    }

    @Post(uris = {"/", ""})
    @Consumes({JSON_1_0, MediaType.APPLICATION_JSON})
    MutableHttpResponse<String> call(
            @Header("X-Amz-Target") String target, @Nullable @Body byte[] body) {
        ProtocolResponse response =
                protocol.handle(
                        target, body == null ? "" : new String(body, StandardCharsets.UTF_8));
        return HttpResponse.<String>status(HttpStatus.valueOf(response.statusCode()))
                .body(response.body())
                .contentType(JSON_1_0);
    }
}
