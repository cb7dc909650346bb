package org.sendtracker.http.web.layout;

/** A page for a request the service could not serve: a GOV.UK heading and what to do next. */
public record ErrorPage(Layout layout, String heading, String message) {}
