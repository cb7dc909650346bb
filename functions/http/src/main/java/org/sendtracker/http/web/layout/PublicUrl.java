package org.sendtracker.http.web.layout;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * The tracker's own address ({@code SENDTRACKER_PUBLIC_URL}), for links that leave the browser: the
 * calendar feed a person pastes into Outlook, the links in a calendar event.
 */
@Singleton
public final class PublicUrl {

    private final String base;

    PublicUrl(@Value("${sendtracker.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String of(String path) {
        return base + path;
    }
}
