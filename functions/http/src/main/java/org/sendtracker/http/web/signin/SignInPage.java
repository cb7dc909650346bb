package org.sendtracker.http.web.signin;

import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.layout.Layout;

/** The sign-in page: the name form, and where to go back to afterwards. */
public record SignInPage(Layout layout, FormState form, String returnTo) {}
