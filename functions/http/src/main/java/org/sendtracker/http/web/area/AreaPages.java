package org.sendtracker.http.web.area;

import java.util.List;
import org.sendtracker.http.web.deadline.DueDeadlines;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.Layout;

/** The models of the area pages. */
public final class AreaPages {

    private AreaPages() {}

    public record AreaSummary(String id, String name, int contacts, String href) {}

    public record ContactRow(String name, String email, String role) {}

    /** One entry of the area's audit trail: when, who, and what changed. */
    public record ChangeRow(String when, String actor, String summary) {}

    public record AreasPage(Layout layout, List<AreaSummary> areas, boolean canRegister) {}

    /** The contact rows of an area form: a role, a name and an email address each. */
    public record ContactRows(FormState form, List<Option> roles, int count) {

        public String name(int row, String field) {
            return AreaForm.contact(row, field);
        }

        /** Whether "Add another contact" is offered: not once the form holds the most allowed. */
        public boolean canAddAnother() {
            return count < AreaForm.MAX_ROWS;
        }

        public String addAnother() {
            return AreaForm.ADD_ANOTHER;
        }

        public int max() {
            return AreaForm.MAX_ROWS;
        }
    }

    public record NewAreaPage(
            Layout layout, FormState form, ContactRows contacts, List<Problem> problems) {}

    public record ContactsPage(
            Layout layout,
            String areaName,
            String areaHref,
            String action,
            FormState form,
            ContactRows contacts,
            List<Problem> problems) {}

    public record AreaPage(
            Layout layout,
            String id,
            String name,
            List<ContactRow> contacts,
            List<InspectionRow> inspections,
            String calendarHref,
            String calendarUrl,
            String csvHref,
            String newInspectionHref,
            String contactsHref,
            List<ContactWarnings.Warning> contactWarnings,
            List<ChangeRow> changes,
            String banner,
            String olderInspectionsHref,
            String newestInspectionsHref,
            String allChangesHref) {

        /** The same spreadsheet with every deadline since the first could be due. */
        public String wholeRecordCsvHref() {
            return DueDeadlines.wholeRecordOf(csvHref);
        }
    }
}
