package org.sendtracker.access.model;

import java.util.regex.Pattern;

/**
 * The identity provider's stable id of a person ({@code sub}): Cognito's is a UUID, a federated one
 * may be longer; letters, digits and {@code - _ . @ : |} only, and not dots alone, so it is safe in
 * a key and as a URL's path segment.
 */
public final class Subject {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@:|-]{1,128}");

    public static final String NOT_A_SUBJECT =
            "A subject id is 1 to 128 letters, digits or . _ @ : | -, and not only dots";

    private Subject() {}

    public static boolean isValid(String subject) {
        // "." and ".." would be a path's own segments in /admin/people/{subject}
        return subject != null && SAFE.matcher(subject).matches() && !onlyDots(subject);
    }

    private static boolean onlyDots(String subject) {
        for (int i = 0; i < subject.length(); i++) {
            if (subject.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }
}
