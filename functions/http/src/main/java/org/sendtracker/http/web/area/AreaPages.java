package org.sendtracker.http.web.area;

import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.inspection.InspectionRow;
import org.sendtracker.http.web.layout.Layout;

import java.util.List;

/** The models of the area pages. */
public final class AreaPages {

    private AreaPages() {}

    public record AreaSummary(String id, String name, int contacts, String href) {}

    public record ContactRow(String name, String email, String role) {}

    public record AreasPage(Layout layout, List<AreaSummary> areas) {}

    public record NewAreaPage(Layout layout, FormState form, List<Option> roles, int contactRows, List<Problem> problems) {

        public String contact(int row, String field) {
            return AreaForm.contact(row, field);
        }
    }

    public record AreaPage(Layout layout, String id, String name, List<ContactRow> contacts, List<InspectionRow> inspections,
                           String calendarHref, String calendarUrl, String csvHref, String newInspectionHref, boolean registered) {}
}
