package org.sendtracker.improvement.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.rules.DeadlineKind;

/**
 * A board that governs the work after an inspection: an improvement or partnership board, a Health
 * and Wellbeing Board, or another by name. {@code members} are the email addresses of the area's
 * contacts who sit on it. When {@code cadence} is set, a report is due at each of its dates: from
 * this board to the board {@code reportsTo} names (an improvement board reporting to the Health and
 * Wellbeing Board), or, when it names none, to this board's own meetings. Each due report is a
 * council deadline of the inspection the board governs ({@link #deadlineId}).
 */
public record Board(
        String id,
        String name,
        BoardKind kind,
        List<String> members,
        Cadence cadence,
        String reportsTo) {

    /** The prefix of every board report's deadline id. */
    public static final String DEADLINE_PREFIX = "BOARD_REPORT-";

    private static final Pattern ID = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

    public Board {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(kind, "kind == null");
        members = members == null ? List.of() : List.copyOf(members);
        if (!isValidId(id)) {
            throw new IllegalArgumentException("not a valid board id: " + id);
        }
        if (id.equals(reportsTo)) {
            throw new IllegalArgumentException("board " + id + " reports to itself");
        }
    }

    /** Lower-case letters, digits and hyphens, at most 40: it becomes part of deadline ids. */
    public static boolean isValidId(String value) {
        return value != null && ID.matcher(value).matches();
    }

    /**
     * The board as a sentence names it: "the SEND Improvement Board", but a name that starts with
     * "the" as it is ("The Partnership Board", not "the The Partnership Board").
     */
    public String inSentence() {
        return name.regionMatches(true, 0, "the ", 0, 4) ? name : "the " + name;
    }

    /** As {@link #inSentence}, opening a sentence: "The SEND Improvement Board". */
    public String openingSentence() {
        String named = inSentence();
        return Character.toUpperCase(named.charAt(0)) + named.substring(1);
    }

    /** Report dates, oldest first; none without a cadence. */
    public List<LocalDate> reportDues() {
        return cadence == null ? List.of() : cadence.dues();
    }

    /** The id of the deadline for this board's report due on {@code dueOn}. */
    public String deadlineId(LocalDate dueOn) {
        return DEADLINE_PREFIX + id + "-" + dueOn;
    }

    /**
     * What a board report is, read from its deadline's rule ("SEND Improvement Board's report to
     * the Health and Wellbeing Board", "Report to the SEND Improvement Board"): the rule's words
     * before its cadence, as the plan writes them (docs/boards.md); empty for a rule in another
     * form.
     */
    public static Optional<String> reportName(String rule) {
        if (rule == null) {
            return Optional.empty();
        }
        int cadence =
                Math.max(rule.lastIndexOf(", every "), rule.lastIndexOf(", at its meetings on "));
        return cadence > 0 ? Optional.of(rule.substring(0, cadence)) : Optional.empty();
    }

    /**
     * A deadline's name as pages, feeds and emails give it: its kind's, or for a board's report,
     * which board reports to whom (an area may have two boards reporting on one day), as its rule
     * says ({@link #reportName}).
     */
    public static String nameOf(Deadline deadline) {
        return deadline.kind() == DeadlineKind.BOARD_REPORT
                ? reportName(deadline.rule()).orElse(deadline.kind().label())
                : deadline.kind().label();
    }

    /** The board id in a board report's deadline id; empty for any other deadline. */
    public static Optional<String> boardOf(String deadlineId) {
        String suffix = "-yyyy-mm-dd";
        if (deadlineId == null
                || !deadlineId.startsWith(DEADLINE_PREFIX)
                || deadlineId.length() <= DEADLINE_PREFIX.length() + suffix.length()) {
            return Optional.empty();
        }
        return Optional.of(
                deadlineId.substring(
                        DEADLINE_PREFIX.length(), deadlineId.length() - suffix.length()));
    }
}
