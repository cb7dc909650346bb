package org.sendtracker.http.security;

import java.util.regex.Pattern;

/**
 * Where sign-in may send someone back to: only a path on this site, printable, with no way to name
 * another host ({@code //evil}, {@code /\evil}) and no spaces or line breaks; anything else is the dashboard.
 */
public final class SafeReturnPath {

    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&'()*+,;=:@%/?]{0,1000}");

    private SafeReturnPath() {}

    public static String of(String returnTo) {
        if (returnTo == null || !SAFE.matcher(returnTo).matches() || returnTo.contains("\\")) {
            return "/";
        }
        return returnTo;
    }
}
