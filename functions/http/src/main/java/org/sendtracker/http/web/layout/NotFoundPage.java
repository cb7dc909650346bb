package org.sendtracker.http.web.layout;

/** A page, area or inspection that does not exist. */
public record NotFoundPage(Layout layout, String message) {}
