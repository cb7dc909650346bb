package org.sendtracker.http.web.inspection;

import java.util.List;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.layout.Layout;
import org.sendtracker.http.web.layout.SafeReturnPath;

/**
 * The "record an inspection" form. Its back link goes back where the officer came from (the {@code
 * returnTo} the link to it gave, kept through a refused post), else to the deadlines.
 */
public record NewInspectionPage(
        Layout layout,
        FormState form,
        List<Option> areas,
        List<Option> frameworks,
        boolean noAreas) {

    public static final String RETURN_TO = "returnTo";

    public String returnTo() {
        return form.value(RETURN_TO);
    }

    public String backHref() {
        return SafeReturnPath.of(returnTo().isEmpty() ? null : returnTo());
    }

    public String backText() {
        return backHref().equals(SafeReturnPath.HOME) ? "Back to deadlines" : "Back";
    }
}
