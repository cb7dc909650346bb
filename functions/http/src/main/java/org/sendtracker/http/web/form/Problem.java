package org.sendtracker.http.web.form;

/**
 * One entry of the error summary: the message, and the id of the field it is about ({@code #id}).
 */
public record Problem(String href, String message) {}
