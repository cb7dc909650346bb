package org.sendtracker.http.web.inspection;

import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.layout.Layout;

import java.util.List;

/** The "record an inspection" form. */
public record NewInspectionPage(Layout layout, FormState form, List<Option> areas, List<Option> frameworks, boolean noAreas) {}
