package org.sendtracker.reminders.model;

import static org.sendtracker.reminders.model.EmailWords.day;
import static org.sendtracker.reminders.model.EmailWords.inSentence;
import static org.sendtracker.reminders.model.EmailWords.workingDays;
import static org.sendtracker.shared.Dates.format;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Weakness;

/**
 * Writes the emails as a person would (GOV.UK content style; docs/emails.md): a greeting by name,
 * why the reader is getting it, what is due and by when in words, what to do, the rule and its
 * source, and the link. The inspection is named by its area, framework and dates; its id appears
 * only in the link. The subject says which area, what and when. Visits carry a briefing (each area
 * of weakness with its latest status, the open and overdue deadlines). The plain-text and HTML
 * bodies are built from the same sentences ({@link EmailBody}); everything a user typed is escaped
 * in the HTML.
 */
public final class EmailComposer {

    private static final List<ContactRole> PREPARATION_COPIES =
            List.of(
                    ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES,
                    ContactRole.NHS_LEAD,
                    ContactRole.CHIEF_EXECUTIVE);

    private static final DateTimeFormatter DAY_NAME =
            DateTimeFormatter.ofPattern("EEEE", Locale.UK);

    private final WorkingDayCalendar calendar;
    private final String publicUrl;
    private final Function<InspectionId, ImprovementPlan> plans;

    public EmailComposer(WorkingDayCalendar calendar, String publicUrl) {
        this(calendar, publicUrl, ImprovementPlan::empty);
    }

    /**
     * {@code plans}: each inspection's improvement plan, for the briefings ({@link PlanBriefing}).
     */
    public EmailComposer(
            WorkingDayCalendar calendar,
            String publicUrl,
            Function<InspectionId, ImprovementPlan> plans) {
        this.plans = Objects.requireNonNull(plans, "plans == null");
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
        DeadlineNature nature = DeadlineNature.of(deadline);
        boolean visit = nature == DeadlineNature.VISIT;
        boolean external = nature.external();
        boolean overdue = point.timing() == ReminderPoint.Timing.OVERDUE;
        boolean notRecorded = point.timing() == ReminderPoint.Timing.NOT_RECORDED;
        boolean past = today.isAfter(deadline.dueOn());
        String what = Board.nameOf(deadline);
        String url = inspectionUrl(inspection);
        String subject = subject(area, deadline, nature, overdue, notRecorded, today);
        Recipients recipients =
                Recipients.of(
                        area,
                        deadline.owner(),
                        overdue || (visit && !notRecorded) ? deadline.escalateTo() : List.of(),
                        deadline.escalateTo());

        EmailBody body = new EmailBody().paragraph(recipients.greeting());
        body.paragraph(why(recipients, area, inspection, overdue ? "it is overdue" : null, visit));
        // "SEND Improvement Board's report to …" needs no "The"; a kind's name in a sentence does
        String the = what.contains("'s report") ? what : "The " + inSentence(what);
        if (past) {
            int ago = Math.max(1, calendar.workingDaysBetween(deadline.dueOn(), today));
            body.paragraph(
                    the
                            + (external ? " was expected by " : " was due on ")
                            + day(deadline.dueOn())
                            + (external
                                    ? ", " + workingDays(ago) + " ago."
                                    : ". It is now " + overdueBy(deadline, today) + " overdue."));
        } else {
            String verb =
                    external
                            ? (today.isEqual(deadline.dueOn())
                                    ? " is expected "
                                    : " is expected by ")
                            : " is due ";
            body.paragraph(the + verb + when(deadline, today) + ".");
        }
        if (notRecorded) {
            body.paragraph(
                    "Nothing has been recorded for it yet. The date is set by "
                            + deadline.setBy().label()
                            + ", so a missed date is not the council's failure, but the record"
                            + " needs to say what happened.");
        }
        if (deadline.isOverridden()) {
            body.paragraph(
                    "The due date was changed from "
                            + day(deadline.computedDueOn())
                            + ": "
                            + deadline.overrideReason());
        }
        body.heading("What to do").paragraph(whatToDo(nature, deadline, past));
        body.paragraph("The rule: " + deadline.rule() + " (" + deadline.source() + ").");
        if (visit && !notRecorded) {
            briefing(body, inspection, today);
        }
        body.link("Open the inspection in the tracker", url);
        return new Email(
                recipients.toAddresses(),
                recipients.ccAddresses(),
                subject,
                body.text(),
                body.html(subject));
    }

    /**
     * "due today, Wednesday 21 August 2019", "due on Wednesday 21 August 2019, in 5 working days".
     */
    private String when(Deadline deadline, LocalDate today) {
        LocalDate due = deadline.dueOn();
        if (today.isEqual(due)) {
            return "today, " + day(due);
        }
        int left = calendar.workingDaysBetween(today, due);
        String on = deadline.external() ? "" : "on ";
        if (left == 0) {
            // A deadline on a weekend or bank holiday is reminded of on the working day before.
            return on
                    + day(due)
                    + ", which is not a working day: today is the last working day before it";
        }
        return on + day(due) + ", in " + workingDays(left);
    }

    /**
     * "5 working days", "7 days": how overdue, in the rule's days, as the pages say it the same day
     * ({@link Deadline#daysOverdueOn}).
     */
    private String overdueBy(Deadline deadline, LocalDate today) {
        return deadline.lateIn().count(deadline.daysOverdueOn(today, calendar));
    }

    private static String whatToDo(DeadlineNature nature, Deadline deadline, boolean past) {
        if (nature == DeadlineNature.REPORT) {
            return "If it has arrived, record it in the tracker. If "
                    + deadline.setBy().label()
                    + " have said it will come later, change the date in the tracker and give the"
                    + " reason.";
        }
        if (nature == DeadlineNature.VISIT) {
            return past
                    ? "If it has happened, record it in the tracker. If it has been arranged for a"
                            + " later date, change the date in the tracker and give the reason."
                    : "Use the briefing below to prepare. When it has happened, record it in the"
                            + " tracker.";
        }
        return past
                ? "If it has been done, record the date in the tracker: the reminders stop once it"
                        + " is recorded. If it has not, do it as soon as you can. If a new date"
                        + " was agreed, change the due date in the tracker and give the reason."
                : "Make sure it is done by then. When it is done, record the date in the tracker:"
                        + " the reminders stop once it is recorded.";
    }

    private String subject(
            Area area,
            Deadline deadline,
            DeadlineNature nature,
            boolean overdue,
            boolean notRecorded,
            LocalDate today) {
        boolean external = nature.external();
        int left = Math.max(1, calendar.workingDaysBetween(today, deadline.dueOn()));
        int ago = Math.max(1, calendar.workingDaysBetween(deadline.dueOn(), today));
        String when;
        if (notRecorded) {
            when = " not recorded yet: expected by ";
        } else if (overdue) {
            when = " OVERDUE by " + overdueBy(deadline, today) + ": was due ";
        } else if (today.isAfter(deadline.dueOn())) {
            when = (external ? " was expected " : " was due ") + workingDays(ago) + " ago: ";
        } else if (today.isEqual(deadline.dueOn())) {
            when = (external ? " expected today: " : " due today: ");
        } else if (calendar.workingDaysBetween(today, deadline.dueOn()) == 0) {
            // the working day before a weekend or bank holiday: "due Saturday: 17 August 2019"
            when = (external ? " expected " : " due ") + DAY_NAME.format(deadline.dueOn()) + ": ";
        } else {
            when = (external ? " expected in " : " due in ") + workingDays(left) + ": ";
        }
        return "["
                + area.name()
                + "] "
                + Board.nameOf(deadline)
                + when
                + format(deadline.dueOn())
                + (notRecorded
                        // the second prompt says how long ago, so it is not taken for the first
                        // again
                        ? ", " + workingDays(ago) + " ago (please record it)"
                        : nature == DeadlineNature.VISIT ? " (briefing)" : "");
    }

    /**
     * "You are getting this email because you are the lead officer for Cumbria's local area SEND
     * inspection (2016 framework) of 18 to 22 March 2019." and who else has it, and why.
     */
    private static String why(
            Recipients recipients,
            Area area,
            Inspection inspection,
            String copiedBecause,
            boolean preparing) {
        String sentence =
                "You are getting this email because you are "
                        + EmailWords.or(recipients.toRoles())
                        + " for "
                        + EmailWords.inspection(area.name(), inspection)
                        + (recipients.stoodIn()
                                ? ", and "
                                        + area.name()
                                        + " has no "
                                        + recipients.addressedRole().labelInSentence()
                                        + " in the tracker to send it to."
                                : ".");
        if (!recipients.cc().isEmpty()) {
            sentence +=
                    " It is copied to "
                            + EmailWords.and(recipients.ccRoles())
                            + (copiedBecause != null
                                    ? " because " + copiedBecause + "."
                                    : preparing ? " so they can prepare." : ".");
        }
        return sentence;
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
        Recipients recipients =
                Recipients.of(
                        area, ContactRole.LEAD_OFFICER, PREPARATION_COPIES, PREPARATION_COPIES);
        String visit = inSentence(notice.visit());
        int left = calendar.workingDaysBetween(today, notice.startsOn());
        EmailBody body = new EmailBody().paragraph(recipients.greeting());
        body.paragraph(why(recipients, area, inspection, null, true));
        body.paragraph(
                "Ofsted and CQC gave notice of the "
                        + visit
                        + " on "
                        + day(notice.notifiedOn())
                        + ". Inspectors arrive on "
                        + day(notice.startsOn())
                        + (left > 0 ? ", in " + workingDays(left) : "")
                        + ".");
        body.heading("What to do")
                .paragraph(
                        "Use the briefing below to prepare, and share it with those who will meet"
                                + " the inspectors. When the report arrives, record it in the"
                                + " tracker.");
        List<String> dates = new ArrayList<>();
        dates.add("Notice given: " + day(notice.notifiedOn()));
        dates.add("Inspectors arrive: " + day(notice.startsOn()));
        if (notice.reportExpected() != null) {
            dates.add("Report expected: about " + day(notice.reportExpected()));
        }
        body.list("The dates", dates);
        briefing(body, inspection, today);
        body.link("Open the inspection in the tracker", inspectionUrl(inspection));
        return new Email(
                recipients.toAddresses(),
                recipients.ccAddresses(),
                subject,
                body.text(),
                body.html(subject));
    }

    private void briefing(EmailBody body, Inspection inspection, LocalDate today) {
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
                    Board.nameOf(deadline)
                            + ": "
                            + (status == DeadlineStatus.OVERDUE
                                    ? "overdue, was due "
                                    : status == DeadlineStatus.NOT_RECORDED
                                            ? "not recorded yet, expected by "
                                            : deadline.external() ? "expected by " : "due ")
                            + day(deadline.dueOn()));
        }
        body.list("Open and overdue deadlines", deadlines.isEmpty() ? List.of("None") : deadlines);
        ImprovementPlan plan = plans.apply(inspection.id());
        List<String> measures = PlanBriefing.latestMeasures(plan);
        if (!measures.isEmpty()) {
            body.list("Latest measures of impact", measures);
        }
        if (!plan.actions().isEmpty()) {
            List<String> overdue = PlanBriefing.overdueActions(plan, today);
            body.list("Overdue actions", overdue.isEmpty() ? List.of("None") : overdue);
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
