package org.sendtracker.http.web.signin;

import jakarta.inject.Singleton;
import java.util.List;
import org.sendtracker.http.security.PublicPaths;

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
