package org.sendtracker.http.web.improvement;

/**
 * What an improvement plan's removal page can take off the plan (docs/boards.md): its segment of
 * the plan's addresses ({@code /inspections/{id}/plan/actions/{actionId}/remove}) and the word for
 * it.
 */
enum Removable {
    BOARD("boards", "board"),
    ACTION("actions", "action"),
    MEASURE("measures", "measure");

    private final String segment;
    private final String noun;

    Removable(String segment, String noun) {
        this.segment = segment;
        this.noun = noun;
    }

    String segment() {
        return segment;
    }

    String noun() {
        return noun;
    }
}
