package org.sendtracker.http.web.signin;

import java.util.List;
import org.sendtracker.http.web.layout.Layout;

/**
 * The answers a person typed before their session ended, back after they signed in again: shown,
 * and sent to where the form was going only when they choose to.
 */
public record KeptAnswersPage(
        Layout layout,
        String action,
        String page,
        String signInHref,
        List<Field> fields,
        List<Field> shown,
        boolean removal) {

    /** One posted value, as typed. */
    public record Field(String name, String value) {}
}
