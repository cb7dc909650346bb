package org.sendtracker.access.model;

import java.util.regex.Pattern;

/**
 * The identity provider's stable id of a person ({@code sub}): Cognito's is a UUID, a federated one
 * may be longer; letters, digits and {@code - _ . @ : |} only, so it is safe in a key and a URL.
 */
public final class Subject {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._@:|-]{1,128}");

    public static final String NOT_A_SUBJECT =
            "A subject id is 1 to 128 letters, digits or . _ @ : | -";

    private Subject() {}

    public static boolean isValid(String subject) {
        return subject != null && SAFE.matcher(subject).matches();
    }
}
