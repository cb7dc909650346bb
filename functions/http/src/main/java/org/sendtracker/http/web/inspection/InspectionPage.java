package org.sendtracker.http.web.inspection;

import java.util.List;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Layout;
import org.sendtracker.http.web.layout.Tag;
import org.sendtracker.rules.Framework;

/**
 * One inspection: its stage, key dates, deadlines (each with its status and rule; board reports no
 * longer due only counted, as a removed weekly board leaves a hundred of them), areas of weakness
 * with their status history, the timeline of everything recorded and emailed, and, as forms, only
 * the steps its stage allows. {@code illustrative}: some of its steps are examples, not the record
 * (each is tagged in the timeline, and the page says what the tag means).
 */
public record InspectionPage(
        Layout layout,
        String id,
        String areaId,
        String areaName,
        String dates,
        String framework,
        Tag stage,
        List<SummaryRow> keyDates,
        List<DeadlineRow> deadlines,
        int boardReportsNoLongerDue,
        List<WeaknessView> weaknesses,
        List<TimelineEntry> timeline,
        boolean illustrative,
        List<ActionForm> actions,
        ActionForm override,
        List<Problem> problems,
        String banner,
        String calendarHref,
        String calendarUrl,
        boolean readOnly) {

    public record SummaryRow(String key, String value) {}

    /**
     * The judgement column's heading: the 2016 framework's revisit judges each area of weakness,
     * the 2023 framework's monitoring inspection does.
     */
    public String judgementHeading() {
        return framework.equals(Framework.AREA_SEND_2023.label())
                ? "Monitoring inspection judgement"
                : "Revisit judgement";
    }

    public record WeaknessView(
            int number, String title, Tag status, List<String> history, Tag judgement) {}

    /**
     * Something that happened: an officer's event or an email the tracker sent. {@code
     * correctHref}: where an officer's step that stands is changed or withdrawn ({@code /change},
     * {@code /withdraw}), for those who may edit it; null otherwise.
     */
    public record TimelineEntry(
            String title,
            String date,
            String summary,
            String meta,
            boolean email,
            Tag tag,
            String correctHref) {}

    /** A step the stage allows, as a form. */
    public record ActionForm(
            String type,
            String shape,
            String heading,
            String intro,
            String dateLegend,
            String dateHint,
            String button,
            FormState form,
            List<WeaknessChoice> weaknesses,
            List<Option> statusOptions,
            List<Option> deadlineOptions) {

        public boolean is(String shapeName) {
            return shape.equals(shapeName);
        }
    }

    /**
     * An area of weakness as a question on a form: {@code statuses.2}, {@code
     * sufficientProgress.2}.
     */
    public record WeaknessChoice(int number, String title, String currentStatus) {

        public String statusField() {
            return "statuses." + number;
        }

        public String judgementField() {
            return "sufficientProgress." + number;
        }

        public String legend() {
            return number + ". " + title;
        }
    }

    public String areaHref() {
        return "/areas/" + areaId;
    }

    public String apiHref() {
        return "/api/inspections/" + id;
    }
}
