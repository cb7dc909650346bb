package org.sendtracker.http.web.layout;

/**
 * A page, area or inspection that does not exist; {@code back}, when there is one, is the nearest
 * page that does (an improvement plan whose action was removed), offered before the usual way out.
 */
public record NotFoundPage(Layout layout, String message, Link back) {

    public NotFoundPage(Layout layout, String message) {
        this(layout, message, null);
    }

    /** A link: where it goes and what it says. */
    public record Link(String href, String text) {}
}
