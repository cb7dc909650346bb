package org.sendtracker.http.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.List;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/**
 * The one rule every request passes (docs/security.md): a public path ({@link PublicPaths}) is
 * open, anything else needs a verified token. What a signed-in person may see and change is decided
 * per area by {@link Caller}, in the controllers, where the area is known.
 */
@Singleton
final class SignedInRule implements SecurityRule<HttpRequest<?>> {

    private final List<String> publicPaths;

    SignedInRule(List<PublicPaths> publicPaths) {
        this.publicPaths = publicPaths.stream().flatMap(p -> p.paths().stream()).toList();
    }

    @Override
    public Publisher<SecurityRuleResult> check(
            @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
        if (request != null
                && publicPaths.stream().anyMatch(p -> PublicPaths.matches(request.getPath(), p))) {
            return Mono.just(SecurityRuleResult.ALLOWED);
        }
        return Mono.just(
                authentication != null ? SecurityRuleResult.ALLOWED : SecurityRuleResult.REJECTED);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
