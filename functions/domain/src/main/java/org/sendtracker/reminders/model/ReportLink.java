package org.sendtracker.reminders.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sendtracker.report.model.IssuedReport;

/**
 * The emails an issued progress report owes its board's members: one each, with the link to the
 * copy as it was issued (docs/progress-report.md, "Emailing the link"). Written with the issued
 * report; the workflow's Tick sends them, each at most once ({@link #key}, claimed in the notice
 * ledger as every reminder is).
 *
 * @param members the board's members when the report was issued (their email addresses)
 */
public record ReportLink(
        String inspectionId,
        int number,
        String boardName,
        LocalDate from,
        LocalDate to,
        Instant issuedAt,
        String issuedBy,
        List<String> members) {

    public ReportLink {
        Objects.requireNonNull(inspectionId, "inspectionId == null");
        Objects.requireNonNull(boardName, "boardName == null");
        Objects.requireNonNull(from, "from == null");
        Objects.requireNonNull(to, "to == null");
        Objects.requireNonNull(issuedAt, "issuedAt == null");
        Objects.requireNonNull(issuedBy, "issuedBy == null");
        members = members == null ? List.of() : List.copyOf(members);
        if (number < 1) {
            throw new IllegalArgumentException("number < 1: " + number);
        }
    }

    /** What {@code report} owes its board's members. */
    public static ReportLink of(IssuedReport report) {
        return new ReportLink(
                report.inspectionId(),
                report.number(),
                report.boardName(),
                report.content().period().from(),
                report.content().period().to(),
                report.issuedAt(),
                report.issuedBy().name(),
                report.members());
    }

    /** The notice ledger's key of the email to {@code member}: one per report and address. */
    public String key(String member) {
        return "REPORT#" + number + "#" + member.toLowerCase(Locale.ROOT);
    }

    /** Where the issued copy is read. */
    public String path() {
        return "/inspections/" + inspectionId + "/progress-reports/" + number;
    }
}
