package org.sendtracker.http.web.dashboard;

import java.util.List;
import java.util.function.Predicate;
import org.sendtracker.http.web.area.ContactWarnings;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.Layout;

/**
 * The home page: emails that did not reach anyone, what is overdue, what is due soon, what was met
 * late lately, and every inspection still open, filtered by area. Each list shows its first rows,
 * most urgent first, and says when there are more ({@link Shown}).
 */
public record DashboardPage(
        Layout layout,
        String today,
        List<Option> areaOptions,
        String areaId,
        String areaName,
        List<Option> weekOptions,
        int weeks,
        List<UndeliveredRow> undelivered,
        Shown<ContactWarnings.Warning> contactWarnings,
        Shown<DeadlineRow> overdue,
        Shown<DeadlineRow> upcoming,
        Shown<DeadlineRow> metLate,
        Shown<InspectionRow> openInspections,
        String csvHref,
        boolean noAreas,
        boolean dealtWith,
        boolean canRecordInspections,
        boolean canRegisterAreas,
        Predicate<String> canRecordIn) {

    /**
     * An email that failed or whose sending was interrupted: which area, what, what went wrong,
     * where to look, and whether this person may mark it as dealt with (an editor of its area).
     */
    public record UndeliveredRow(
            String areaName,
            String subject,
            String problem,
            String href,
            String inspectionId,
            String key,
            boolean canMarkDealtWith) {}

    /** The same spreadsheet with every deadline since the first could be due. */
    public String wholeRecordCsvHref() {
        return DueDeadlines.wholeRecordOf(csvHref);
    }

    public boolean canMarkAnyDealtWith() {
        return undelivered.stream().anyMatch(UndeliveredRow::canMarkDealtWith);
    }

    public boolean selected(Option option, String current) {
        return option.value().equals(current);
    }
}
