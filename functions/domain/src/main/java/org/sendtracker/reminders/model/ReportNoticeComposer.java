package org.sendtracker.reminders.model;

import static org.sendtracker.reminders.model.EmailWords.day;

import java.util.List;
import java.util.Objects;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.Contact;
import org.sendtracker.calendar.England;
import org.sendtracker.inspection.model.Inspection;

/**
 * The email that gives a board's member the link to a progress report issued to the board
 * (docs/progress-report.md), written as every other email (docs/emails.md): a greeting by name, why
 * they are getting it, what was issued, by whom and when, what to do, and the link to the copy as
 * issued. The report's figures stay in the tracker, behind its sign-in: the email carries none.
 */
public final class ReportNoticeComposer {

    private final String publicUrl;

    public ReportNoticeComposer(String publicUrl) {
        Objects.requireNonNull(publicUrl, "publicUrl == null");
        this.publicUrl =
                publicUrl.endsWith("/")
                        ? publicUrl.substring(0, publicUrl.length() - 1)
                        : publicUrl;
    }

    /** The email to {@code member} (one of the link's members) about {@code link}. */
    public Email compose(ReportLink link, String member, Inspection inspection, Area area) {
        String period = EmailWords.span(link.from(), link.to());
        String subject =
                "["
                        + area.name()
                        + "] Progress report for "
                        + period
                        + " issued to the "
                        + link.boardName();
        String name =
                area.contacts().stream()
                        .filter(c -> c.email().equalsIgnoreCase(member))
                        .map(Contact::name)
                        .findFirst()
                        .orElse("colleague");
        EmailBody body =
                new EmailBody()
                        .paragraph("Dear " + name + ",")
                        .paragraph(
                                "You are getting this email because you are a member of the "
                                        + link.boardName()
                                        + ", and a progress report on "
                                        + EmailWords.inspection(area.name(), inspection)
                                        + " was issued to it.")
                        .paragraph(
                                link.issuedBy()
                                        + " issued the report for "
                                        + period
                                        + " on "
                                        + day(England.dayOf(link.issuedAt()))
                                        + ". The tracker keeps it as it was issued: the link"
                                        + " below shows it exactly as it was sent, whatever is"
                                        + " recorded later.")
                        .heading("What to do")
                        .paragraph(
                                "Read the report before the board meets. It prints from the"
                                        + " browser, and its page offers it as a PDF to"
                                        + " download. You need to sign in to the tracker to open"
                                        + " it; if you cannot, ask "
                                        + link.issuedBy()
                                        + " for access to "
                                        + area.name()
                                        + ".")
                        .link("Open the progress report in the tracker", publicUrl + link.path());
        return new Email(List.of(member), List.of(), subject, body.text(), body.html(subject));
    }
}
