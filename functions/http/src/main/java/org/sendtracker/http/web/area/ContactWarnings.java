package org.sendtracker.http.web.area;

import static org.sendtracker.shared.Dates.format;

import java.util.List;
import org.sendtracker.area.model.Area;
import org.sendtracker.inspection.model.DeadlineNeed;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.model.ContactGap;
import org.sendtracker.shared.Sentences;

/**
 * What the pages say about an area's contact gaps: one sentence per missing role, and where to put
 * it right.
 */
public final class ContactWarnings {

    private ContactWarnings() {}

    /**
     * A missing role, said plainly; {@code blocking} when reminders would have no one to go to;
     * {@code href} where to put it right, null for someone who may not change the contacts.
     */
    public record Warning(String text, String href, boolean blocking) {}

    public static List<Warning> of(Area area, List<Inspection> inspections, boolean canEdit) {
        return warnings(area, ContactGap.withLeadOfficer(area, inspections), canEdit);
    }

    /**
     * The warnings for {@code outstanding}, the outstanding deadlines of the area's open
     * inspections: the same as {@link #of(Area, List, boolean)} for those inspections.
     */
    public static List<Warning> forDeadlines(
            Area area, List<? extends DeadlineNeed> outstanding, boolean canEdit) {
        return warnings(area, ContactGap.withLeadOfficerFor(area, outstanding), canEdit);
    }

    private static List<Warning> warnings(Area area, List<ContactGap> gaps, boolean canEdit) {
        String href = canEdit ? "/areas/" + area.id().value() + "/contacts" : null;
        return gaps.stream()
                .map(
                        gap -> {
                            if (gap.deadlines().isEmpty()) {
                                return gap.reachesNoOne()
                                        ? new Warning(noLeadOfficerYet(area), href, true)
                                        : new Warning(
                                                area.name()
                                                        + " has no lead officer yet: reminders"
                                                        + " about its inspections will go to "
                                                        + standIns(gap)
                                                        + " instead.",
                                                href,
                                                false);
                            }
                            String role = gap.role().labelInSentence();
                            String deadlines = describe(gap.deadlines());
                            String text =
                                    gap.reachesNoOne()
                                            ? area.name()
                                                    + " has no "
                                                    + role
                                                    + ": the reminders for "
                                                    + deadlines
                                                    + " have no one to go to."
                                            : gap.owner()
                                                    ? area.name()
                                                            + " has no "
                                                            + role
                                                            + ": the reminders for "
                                                            + deadlines
                                                            + " go to "
                                                            + standIns(gap)
                                                            + " instead."
                                                    : area.name()
                                                            + " has no "
                                                            + role
                                                            + ": the overdue escalations for "
                                                            + deadlines
                                                            + " reach fewer people.";
                            return new Warning(text, href, gap.reachesNoOne());
                        })
                .toList();
    }

    /** "the director of children's services and the NHS lead". */
    private static String standIns(ContactGap gap) {
        return Sentences.list(
                gap.standIns().stream().map(role -> "the " + role.labelInSentence()).toList(),
                "and");
    }

    /** An area without a lead officer, before any deadline needs one. */
    public static String noLeadOfficerYet(Area area) {
        return area.name()
                + " has no lead officer yet: reminders about its inspections will have no one to go to.";
    }

    private static String describe(List<DeadlineNeed> deadlines) {
        DeadlineNeed first = deadlines.get(0);
        String soonest = first.kind().label() + " (due " + format(first.dueOn()) + ")";
        return deadlines.size() == 1
                ? soonest
                : deadlines.size() + " open deadlines, the soonest " + soonest;
    }
}
