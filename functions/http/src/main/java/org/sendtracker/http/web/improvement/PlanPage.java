package org.sendtracker.http.web.improvement;

import java.util.List;
import org.sendtracker.http.web.layout.Layout;
import org.sendtracker.http.web.layout.Tag;

/**
 * An inspection's improvement plan as a page (docs/boards.md): its boards with their cadence and
 * next report due, then per area of weakness its actions (owner, due date, status) and its measures
 * (unit, baseline, target, latest values). {@code canEdit}: the links to the forms are shown.
 */
public record PlanPage(
        Layout layout,
        String inspectionId,
        String areaName,
        String inspectionTitle,
        String banner,
        boolean canEdit,
        List<BoardRow> boards,
        List<WeaknessPlan> weaknesses) {

    /** A board: what it is, who sits on it, when it is reported to, and each report due. */
    public record BoardRow(
            String id,
            String name,
            String kind,
            String members,
            String reportsTo,
            String cadence,
            String nextDue,
            List<ReportRow> reports,
            boolean hasOutstanding) {}

    /** One report due to a board, with its status today ("Presented late", "Overdue", …). */
    public record ReportRow(String dueOn, Tag status, String presentedOn) {}

    public record WeaknessPlan(
            int number, String title, List<ActionRow> actions, List<MeasureRow> measures) {}

    public record ActionRow(
            String id,
            String title,
            String owner,
            String dueOn,
            Tag status,
            boolean illustrative) {}

    public record MeasureRow(
            String id,
            String name,
            String unit,
            String direction,
            String baseline,
            String target,
            String latest,
            Tag againstTarget,
            List<ValueRow> values) {}

    public record ValueRow(String on, String value, String note) {}

    public String href() {
        return "/inspections/" + inspectionId + "/plan";
    }

    public String inspectionHref() {
        return "/inspections/" + inspectionId;
    }
}
