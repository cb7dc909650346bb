package org.sendtracker.http.security;

import jakarta.inject.Singleton;
import java.util.List;

/** The HTTP function's own public paths. */
@Singleton
final class TrackerPublicPaths implements PublicPaths {

    @Override
    public List<String> paths() {
        return List.of(
                "/govuk/",
                "/static/",
                "/favicon.ico",
                "/sign-in",
                "/sign-in/callback",
                KeptAnswers.KEEP,
                "/signed-out",
                "/feeds/");
    }
}
