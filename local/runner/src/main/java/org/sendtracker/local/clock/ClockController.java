package org.sendtracker.local.clock;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.Instant;
import java.util.Map;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.shared.Result;

/**
 * {@code /local/clock}: read or move the simulated time. {@code POST
 * {"now":"2026-01-05T09:00:00Z"}} or {@code {"advance":"P30D"}} answers {@code {"now": …}}; a move
 * backwards or a malformed body is a 400. Runs off the event loop: the clock's listeners may fire
 * timers that call back into this server.
 */
@Controller("/local/clock")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
final class ClockController {

    private final LocalClock clock;
    private final JsonBody json;

    ClockController(LocalClock clock, JsonBody json) {
        this.clock = clock;
        this.json = json;
    }

    @Get
    Map<String, String> now() {
        return view(clock.instant());
    }

    @Post
    MutableHttpResponse<?> change(@Nullable @Body String body) {
        Result<Instant> moved =
                json.parse(body).flatMap(ClockRequest::parse).flatMap(clock::change);
        if (moved instanceof Result.Refused<Instant> refused) {
            return ApiResponses.error(
                    HttpStatus.BAD_REQUEST, refused.rejection().message(), Map.of());
        }
        return HttpResponse.ok(view(moved.orElseThrow()));
    }

    private static Map<String, String> view(Instant now) {
        return Map.of("now", now.toString());
    }
}
