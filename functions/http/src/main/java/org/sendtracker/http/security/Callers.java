package org.sendtracker.http.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Person;

/**
 * Who is calling: the person behind the request's verified token (a bearer token, or the session
 * cookie the sign-in flow set), resolved once per request against the access the tracker keeps for
 * them.
 */
@Singleton
public final class Callers {

    private static final String RESOLVED = Callers.class.getName();

    private final AccessService access;

    Callers(AccessService access) {
        this.access = access;
    }

    public Optional<Caller> of(HttpRequest<?> request) {
        Optional<Object> cached = request.getAttribute(RESOLVED);
        if (cached.isPresent()) {
            return Optional.of((Caller) cached.get());
        }
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty()) {
            return Optional.empty();
        }
        Person person =
                access.resolve(
                        authentication.get().getName(),
                        nameOf(authentication.get().getAttributes()),
                        text(authentication.get().getAttributes().get("email")));
        Caller caller = new Caller(person, isBearer(request));
        request.setAttribute(RESOLVED, caller);
        return Optional.of(caller);
    }

    /** The caller of a route that the sign-in rule already required a token for. */
    public Caller require(HttpRequest<?> request) {
        return of(request).orElseThrow(() -> new AuthorizationException(null));
    }

    public static String nameOf(Map<String, Object> claims) {
        for (String claim : new String[] {"name", "email", "cognito:username", "username"}) {
            String value = text(claims.get(claim));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static boolean isBearer(HttpRequest<?> request) {
        return request.getHeaders()
                .get(HttpHeaders.AUTHORIZATION, String.class)
                .map(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .orElse(false);
    }
}
