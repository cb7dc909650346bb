package org.sendtracker.http.support;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * Who is making a change. For now the {@code X-Actor} header names them (or, for the forms, the
 * name they signed in with); real sign-in will resolve an authenticated principal here instead, and
 * every controller already asks this one place.
 */
@Singleton
public final class Actors {

    public static final String HEADER = "X-Actor";
    public static final String COOKIE = "sendtracker_actor";

    public Result<Actor> of(HttpRequest<?> request) {
        String name = request.getHeaders().get(HEADER);
        if (name == null) {
            name = request.getCookies().findCookie(COOKIE).map(c -> java.net.URLDecoder.decode(c.getValue(), java.nio.charset.StandardCharsets.UTF_8)).orElse(null);
        }
        if (name == null || name.isBlank()) {
            return Result.refused(Rejection.Invalid.of(HEADER, "Send an X-Actor header naming who is making the change"));
        }
        if (!Actor.isValid(name)) {
            return Result.refused(Rejection.Invalid.of(HEADER, "The X-Actor header must be a name of 1 to 120 letters, digits, spaces or . , ' @ ( ) _ + -"));
        }
        return Result.ok(new Actor(name.strip()));
    }
}
