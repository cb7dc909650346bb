package org.sendtracker.report.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.sendtracker.shared.Actor;

/**
 * A progress report as it was issued to a board: who issued it, when, for which board, and the
 * report itself, exactly as it was then. Never changed once stored (docs/progress-report.md).
 * {@code number} counts an inspection's issued reports from 1; {@code members} are the board's
 * members when it was issued, each emailed a link to this copy (none for a copy issued before
 * reports were emailed).
 */
public record IssuedReport(
        String inspectionId,
        int number,
        String boardId,
        String boardName,
        Instant issuedAt,
        Actor issuedBy,
        String key,
        ProgressReport content,
        List<String> members) {

    public IssuedReport {
        Objects.requireNonNull(inspectionId, "inspectionId == null");
        Objects.requireNonNull(boardId, "boardId == null");
        Objects.requireNonNull(boardName, "boardName == null");
        Objects.requireNonNull(issuedAt, "issuedAt == null");
        Objects.requireNonNull(issuedBy, "issuedBy == null");
        Objects.requireNonNull(key, "key == null");
        Objects.requireNonNull(content, "content == null");
        members = members == null ? List.of() : List.copyOf(members);
        if (number < 1) {
            throw new IllegalArgumentException("number < 1: " + number);
        }
    }

    /** Where the issued copy is read. */
    public String path() {
        return "/inspections/" + inspectionId + "/progress-reports/" + number;
    }
}
