package org.sendtracker.http.support;

import java.util.Optional;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/** {@code ETag} / {@code If-Match} carry a record's version as a strong entity tag: {@code "7"}. */
public final class Versions {

    private Versions() {}

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** What a form is told when its hidden version is missing or is not one. */
    static final String FORM_WITHOUT_VERSION =
            "This form was sent without the version of the record it was opened on: reload the page"
                    + " and enter the change again";

    /**
     * The version a form that changes a record was rendered from (its hidden {@code version}
     * field). Every such page sends it; a post without one (or with one that is not a version)
     * could not show it saw the record as it is, and is refused rather than written unchecked.
     */
    public static Result<Optional<Long>> ofForm(String posted) {
        if (posted == null || posted.isBlank()) {
            return Result.refused(Rejection.Invalid.of("version", FORM_WITHOUT_VERSION));
        }
        Result<Optional<Long>> version = ifMatch(posted);
        return version.isOk() && version.orElseThrow().isPresent()
                ? version
                : Result.refused(Rejection.Invalid.of("version", FORM_WITHOUT_VERSION));
    }

    /** Whether an {@code If-Match} header is {@code *}: any version of a record that exists. */
    public static boolean isAny(String header) {
        return header != null && header.strip().equals("*");
    }

    /**
     * The version an {@code If-Match} header names; absent header → empty; {@code *} → empty (any
     * version).
     */
    public static Result<Optional<Long>> ifMatch(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return Result.ok(Optional.empty());
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        if (!tag.matches("\\d{1,18}")) {
            return Result.refused(
                    Rejection.Invalid.of(
                            "If-Match",
                            "The If-Match header must be the version from the ETag, for example \"3\""));
        }
        return Result.ok(Optional.of(Long.parseLong(tag)));
    }
}
