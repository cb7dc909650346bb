package org.sendtracker.http.security;

import java.util.List;

/**
 * Paths anyone may reach without signing in: assets, the sign-in pages themselves and personal
 * calendar feeds (whose secret is the credential). Each module that serves such paths contributes a
 * bean; the local runner adds its own tools. Everything else needs a signed-in person ({@link
 * SignedInRule}).
 */
public interface PublicPaths {

    /** Path prefixes ({@code /govuk/}) or exact paths ({@code /sign-in}). */
    List<String> paths();

    static boolean matches(String path, String pattern) {
        return pattern.endsWith("/") ? path.startsWith(pattern) : path.equals(pattern);
    }
}
