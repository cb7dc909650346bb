package org.sendtracker.http.web.calendar;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.inspection.model.DeadlineStatus;

/**
 * Deadlines as an iCalendar feed (RFC 5545) that Outlook and Google Calendar can subscribe to: one
 * all-day event on each due date ({@code DTSTART;VALUE=DATE}), with a UID that stays the same for
 * the deadline's life (so a moved date moves the event rather than adding one), a summary {@code
 * [Area] What}, and the rule and today's status in its description. A deadline no longer needed is
 * kept as a cancelled event, so subscribers see it go. No {@code METHOD}: a feed to subscribe to is
 * not an iTIP message (RFC 5546), which would need an organizer. Beside the deadlines, the days an
 * inspection's people keep free ({@link InspectionDays}): on site, arrivals, the revisit report.
 */
public final class DeadlineCalendar {

    /**
     * A deadline, with its inspection's version (the event's SEQUENCE) and when that last changed.
     */
    public record Entry(DeadlineRow row, long sequence, Instant changedAt) {}

    private static final String LONDON = "Europe/London";

    private DeadlineCalendar() {}

    public static String render(String name, List<Entry> entries, String publicBase) {
        return render(name, entries, List.of(), publicBase);
    }

    /** The deadlines and the inspections' other days ({@link InspectionDays}) in one feed. */
    public static String render(
            String name, List<Entry> entries, List<InspectionDays.Day> days, String publicBase) {
        Calendar calendar =
                new Calendar()
                        .add(new ProdId("-//SEND inspection tracker//Deadlines//EN"))
                        .add(ImmutableVersion.VERSION_2_0)
                        .add(ImmutableCalScale.GREGORIAN)
                        .add(new XProperty("X-WR-CALNAME", name))
                        .add(new XProperty("X-PUBLISHED-TTL", "PT1H"))
                        .add(
                                new RefreshInterval(
                                        new ParameterList(List.of(Value.DURATION)),
                                        Duration.ofHours(1)));
        for (Entry entry : entries) {
            calendar.add(event(entry, publicBase));
        }
        for (InspectionDays.Day day : days) {
            calendar.add(event(day, publicBase));
        }
        if (entries.isEmpty() && days.isEmpty()) {
            // RFC 5545 wants at least one component: a feed with nothing in it (a new area, or
            // one whose inspections all closed over a year ago) carries the service's time zone,
            // which no event refers to and every client ignores, rather than no component.
            calendar.add(
                    TimeZoneRegistryFactory.getInstance()
                            .createRegistry()
                            .getTimeZone(LONDON)
                            .getVTimeZone());
        }
        // ical4j folds by characters: unfolded here, folded by octets (IcsLines)
        return IcsLines.fold(calendar.toString());
    }

    private static VEvent event(Entry entry, String publicBase) {
        DeadlineRow row = entry.row();
        VEvent event =
                new VEvent(
                        row.dueOn(),
                        row.dueOn().plusDays(1),
                        "[" + row.areaName() + "] " + row.what() + row.summaryMark());
        String link = publicBase + row.inspectionHref();
        event.replace(new DtStamp(entry.changedAt()));
        event.add(new LastModified(entry.changedAt()));
        event.add(new Uid(row.deadlineId() + "." + row.inspectionId() + "@sendtracker"));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, entry.sequence())));
        event.add(new Description(description(row, link)));
        event.add(new Url(URI.create(link)));
        event.add(
                row.status() == DeadlineStatus.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static VEvent event(InspectionDays.Day day, String publicBase) {
        VEvent event = new VEvent(day.first(), day.last().plusDays(1), day.summary());
        String link = publicBase + day.inspectionHref();
        event.replace(new DtStamp(day.changedAt()));
        event.add(new LastModified(day.changedAt()));
        event.add(new Uid(day.uid()));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, day.sequence())));
        event.add(new Description(day.description() + "\n" + link));
        event.add(new Url(URI.create(link)));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    private static String description(DeadlineRow row, String link) {
        return "Status: "
                + row.tag().text()
                + " ("
                + row.when()
                + ")\n"
                + "Rule: "
                + row.ruleText()
                + "\n"
                + (row.overridden()
                        ? "Moved from "
                                + row.computedDueOnText()
                                + ": "
                                + row.overrideReason()
                                + "\n"
                        : "")
                + "Source: "
                + row.source()
                + "\n"
                + "Reminders go to the "
                + row.ownerLabel().toLowerCase()
                + ".\n"
                + row.inspectionLabel()
                + ": "
                + link;
    }
}
