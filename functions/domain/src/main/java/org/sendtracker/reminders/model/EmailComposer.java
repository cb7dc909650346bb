package org.sendtracker.reminders.model;

import static org.sendtracker.shared.Dates.format;
import static org.sendtracker.shared.Html.escape;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Weakness;

/**
 * Writes the emails: a subject that says what, which area and when; a plain-text body and an HTML
 * body saying the same; visits carry a briefing (each area of weakness with its latest status, the
 * open and overdue deadlines). Every value that came from a user is escaped in the HTML.
 */
public final class EmailComposer {

    private static final List<ContactRole> PREPARATION_COPIES =
            List.of(
                    ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES,
                    ContactRole.NHS_LEAD,
                    ContactRole.CHIEF_EXECUTIVE);

    private final WorkingDayCalendar calendar;
    private final String publicUrl;

    public EmailComposer(WorkingDayCalendar calendar, String publicUrl) {
        this.calendar = Objects.requireNonNull(calendar, "calendar == null");
        this.publicUrl =
                publicUrl.endsWith("/")
                        ? publicUrl.substring(0, publicUrl.length() - 1)
                        : publicUrl;
    }

    public Email compose(Notice notice, Inspection inspection, Area area, LocalDate today) {
        if (notice instanceof Notice.DeadlineReminder reminder) {
            return reminder(reminder, inspection, area, today);
        }
        return preparation((Notice.VisitPreparation) notice, inspection, area, today);
    }

    private Email reminder(
            Notice.DeadlineReminder reminder, Inspection inspection, Area area, LocalDate today) {
        Deadline deadline = reminder.deadline();
        ReminderPoint point = reminder.point();
        boolean visit = DeadlineNature.of(deadline) == DeadlineNature.VISIT;
        boolean overdue = point.timing() == ReminderPoint.Timing.OVERDUE;
        boolean notRecorded = point.timing() == ReminderPoint.Timing.NOT_RECORDED;
        String what = deadline.kind().label();
        // Counted from the day it is sent: a reminder sent late (after an outage) still tells the
        // truth,
        // including one of the day (or before it) that goes out once the day has passed.
        int left = Math.max(1, calendar.workingDaysBetween(today, deadline.dueOn()));
        int ago = Math.max(1, calendar.workingDaysBetween(deadline.dueOn(), today));
        String when =
                switch (point.timing()) {
                    case BEFORE, ON_THE_DAY ->
                            today.isAfter(deadline.dueOn())
                                    ? (visit ? " was expected " : " was due ")
                                            + ago
                                            + " working day"
                                            + (ago == 1 ? "" : "s")
                                            + " ago"
                                    : today.isEqual(deadline.dueOn())
                                            ? (visit ? " expected today" : " due today")
                                            : (visit ? " expected in " : " due in ")
                                                    + left
                                                    + " working day"
                                                    + (left == 1 ? "" : "s");
                    case OVERDUE -> " OVERDUE by " + ago + " working day" + (ago == 1 ? "" : "s");
                    case NOT_RECORDED -> " not recorded yet, expected";
                };
        String subject =
                "["
                        + area.name()
                        + "] "
                        + what
                        + when
                        + ": "
                        + (overdue ? "was due " : "")
                        + format(deadline.dueOn())
                        + (notRecorded ? " (please record it)" : visit ? " (briefing)" : "");
        List<String> to = emails(area, List.of(deadline.owner()));
        List<String> cc =
                (overdue || visit) && !notRecorded
                        ? emails(area, deadline.escalateTo())
                        : new ArrayList<>();
        cc.removeAll(to);
        if (to.isEmpty() && !cc.isEmpty()) {
            // Nobody holds the owning role: the senior officers copied in are told directly rather
            // than nobody.
            to = cc;
            cc = new ArrayList<>();
        }

        Body body = new Body();
        boolean past = today.isAfter(deadline.dueOn());
        String verb =
                visit
                        ? (past ? " was expected by " : " is expected by ")
                        : (past ? " was due on " : " is due on ");
        body.paragraph(
                what
                        + verb
                        + format(deadline.dueOn())
                        + " for "
                        + area.name()
                        + " (inspection "
                        + inspection.id()
                        + ", "
                        + inspection.framework()
                        + ").");
        if (overdue) {
            body.paragraph(
                    "It is now "
                            + ago
                            + " working day"
                            + (ago == 1 ? "" : "s")
                            + " overdue. This email is copied to the senior officers responsible.");
        }
        if (notRecorded) {
            body.paragraph(
                    "Nothing has been recorded yet. This date is set by "
                            + deadline.setBy().label()
                            + ", so it is not the council's failure: if it has happened, record it on the inspection page; if the date has moved, change the due date there.");
        }
        body.paragraph("The rule: " + deadline.rule() + " (" + deadline.source() + ").");
        if (deadline.isOverridden()) {
            body.paragraph(
                    "The due date was changed from "
                            + format(deadline.computedDueOn())
                            + ": "
                            + deadline.overrideReason());
        }
        if (visit && !notRecorded) {
            briefing(body, inspection, today);
        }
        body.link(inspectionUrl(inspection), "Open the inspection to record what happened");
        return new Email(to, cc, subject, body.text(), body.html(subject));
    }

    private Email preparation(
            Notice.VisitPreparation notice, Inspection inspection, Area area, LocalDate today) {
        String subject =
                "["
                        + area.name()
                        + "] "
                        + notice.visit()
                        + " notified: inspectors arrive "
                        + format(notice.startsOn());
        List<String> to = emails(area, List.of(ContactRole.LEAD_OFFICER));
        List<String> cc = emails(area, PREPARATION_COPIES);
        cc.removeAll(to);
        Body body = new Body();
        body.paragraph(
                notice.visit()
                        + " of "
                        + area.name()
                        + " (inspection "
                        + inspection.id()
                        + ") was notified on "
                        + format(notice.notifiedOn())
                        + ".");
        List<String> dates = new ArrayList<>();
        dates.add("Notice given: " + format(notice.notifiedOn()));
        dates.add(
                "Inspectors arrive: "
                        + format(notice.startsOn())
                        + " ("
                        + calendar.workingDaysBetween(today, notice.startsOn())
                        + " working days from today)");
        if (notice.reportExpected() != null) {
            dates.add("Report expected: about " + format(notice.reportExpected()));
        }
        body.list("The dates that follow", dates);
        briefing(body, inspection, today);
        body.link(inspectionUrl(inspection), "Open the inspection");
        return new Email(to, cc, subject, body.text(), body.html(subject));
    }

    private void briefing(Body body, Inspection inspection, LocalDate today) {
        List<String> weaknesses = new ArrayList<>();
        for (Weakness weakness : inspection.weaknesses()) {
            weaknesses.add(
                    weakness.number()
                            + ". "
                            + weakness.title()
                            + ": "
                            + weakness.status().label().toLowerCase()
                            + " (since "
                            + format(weakness.history().get(weakness.history().size() - 1).on())
                            + ")");
        }
        if (!weaknesses.isEmpty()) {
            body.list("Areas of weakness and their latest status", weaknesses);
        }
        List<String> deadlines = new ArrayList<>();
        for (Deadline deadline : inspection.outstandingDeadlines()) {
            DeadlineStatus status = deadline.statusOn(today);
            deadlines.add(
                    deadline.kind().label()
                            + ": "
                            + (status == DeadlineStatus.OVERDUE
                                    ? "OVERDUE, was due "
                                    : status == DeadlineStatus.NOT_RECORDED
                                            ? "not recorded yet, expected by "
                                            : "due ")
                            + format(deadline.dueOn()));
        }
        body.list("Open and overdue deadlines", deadlines.isEmpty() ? List.of("None") : deadlines);
    }

    private static List<String> emails(Area area, List<ContactRole> roles) {
        Set<String> emails = new LinkedHashSet<>();
        for (ContactRole role : roles) {
            for (Contact contact : area.contactsWith(role)) {
                emails.add(contact.email());
            }
        }
        return new ArrayList<>(emails);
    }

    /** Builds the text and HTML bodies side by side, escaping every value in the HTML. */
    private static final class Body {
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder html = new StringBuilder();

        void paragraph(String sentence) {
            text.append(sentence).append("\n\n");
            html.append("<p>").append(escape(sentence)).append("</p>\n");
        }

        void list(String heading, List<String> items) {
            text.append(heading).append(":\n");
            html.append("<h2>").append(escape(heading)).append("</h2>\n<ul>\n");
            for (String item : items) {
                text.append("- ").append(item).append("\n");
                html.append("  <li>").append(escape(item)).append("</li>\n");
            }
            text.append("\n");
            html.append("</ul>\n");
        }

        void link(String url, String label) {
            text.append(label).append(": ").append(url).append("\n");
            html.append("<p><a href=\"")
                    .append(escape(url))
                    .append("\">")
                    .append(escape(label))
                    .append("</a></p>\n");
        }

        String text() {
            return text.toString();
        }

        String html(String title) {
            return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"
                    + escape(title)
                    + "</title></head>\n<body>\n"
                    + html
                    + "</body>\n</html>\n";
        }
    }

    /**
     * An email has no request to take an address from: without the configured one it cannot link,
     * so it is not sent.
     */
    private String inspectionUrl(Inspection inspection) {
        if (publicUrl.isBlank()) {
            throw new IllegalStateException(
                    "the tracker's public URL is not configured (SENDTRACKER_PUBLIC_URL): an email cannot link to it");
        }
        return publicUrl + "/inspections/" + inspection.id().value();
    }
}
