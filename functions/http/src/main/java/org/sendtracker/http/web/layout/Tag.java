package org.sendtracker.http.web.layout;

/**
 * A GOV.UK tag: short text in one of the tag colours ({@code red}, {@code green}, {@code grey}, …).
 */
public record Tag(String text, String colour) {

    public String classes() {
        return "govuk-tag govuk-tag--" + colour;
    }
}
