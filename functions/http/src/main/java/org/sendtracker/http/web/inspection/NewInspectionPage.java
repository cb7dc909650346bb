package org.sendtracker.http.web.inspection;

import java.util.List;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.layout.Layout;

/** The "record an inspection" form. */
public record NewInspectionPage(
        Layout layout,
        FormState form,
        List<Option> areas,
        List<Option> frameworks,
        boolean noAreas) {}
