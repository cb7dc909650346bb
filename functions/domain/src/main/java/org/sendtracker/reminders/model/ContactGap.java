package org.sendtracker.reminders.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.model.DeadlineNeed;
import org.sendtracker.inspection.model.Inspection;

/**
 * A role an area's open deadlines need and no contact of the area holds, found before a reminder
 * fails rather than after. A deadline's owner receives its reminders: with no owner they go to the
 * senior officers the deadline escalates to ({@code standIns}, those the area has), and with none
 * of them either they have no one to go to. The senior roles receive the overdue escalations and
 * visit briefings: without one, those copies go to fewer people.
 *
 * @param owner true when some deadline is this role's to meet, false when the role is only
 *     escalated to
 * @param deadlines the open deadlines needing the role, soonest first
 * @param standIns for an owner, the senior roles (held in the area) its reminders go to instead;
 *     empty when they go nowhere
 */
public record ContactGap(
        ContactRole role, boolean owner, List<DeadlineNeed> deadlines, List<ContactRole> standIns) {

    public ContactGap {
        deadlines = List.copyOf(deadlines);
        standIns = List.copyOf(standIns);
    }

    public ContactGap(ContactRole role, boolean owner, List<DeadlineNeed> deadlines) {
        this(role, owner, deadlines, List.of());
    }

    /** Whether reminders would reach no one: no owner, and no senior officer to stand in. */
    public boolean reachesNoOne() {
        return owner && standIns.isEmpty();
    }

    /**
     * The gaps in {@code area}'s contacts for the outstanding deadlines of its {@code inspections}:
     * owners first.
     */
    public static List<ContactGap> of(Area area, List<Inspection> inspections) {
        return forDeadlines(
                area,
                inspections.stream()
                        .flatMap(inspection -> inspection.outstandingDeadlines().stream())
                        .toList());
    }

    /**
     * The gaps in {@code area}'s contacts for {@code outstanding}, the outstanding deadlines of its
     * open inspections (as the outstanding-deadlines index gives them): owners whose reminders
     * reach no one first, then owners stood in for, then senior roles missing.
     */
    public static List<ContactGap> forDeadlines(
            Area area, List<? extends DeadlineNeed> outstanding) {
        Map<ContactRole, List<DeadlineNeed>> unreached = new EnumMap<>(ContactRole.class);
        Map<ContactRole, List<DeadlineNeed>> stoodIn = new EnumMap<>(ContactRole.class);
        Map<ContactRole, Set<ContactRole>> standIns = new EnumMap<>(ContactRole.class);
        Map<ContactRole, List<DeadlineNeed>> escalated = new EnumMap<>(ContactRole.class);
        for (DeadlineNeed deadline : outstanding) {
            if (area.contactsWith(deadline.owner()).isEmpty()) {
                List<ContactRole> seniors =
                        deadline.escalateTo().stream()
                                .filter(senior -> !area.contactsWith(senior).isEmpty())
                                .toList();
                if (seniors.isEmpty()) {
                    unreached
                            .computeIfAbsent(deadline.owner(), role -> new ArrayList<>())
                            .add(deadline);
                } else {
                    stoodIn.computeIfAbsent(deadline.owner(), role -> new ArrayList<>())
                            .add(deadline);
                    standIns.computeIfAbsent(
                                    deadline.owner(), role -> EnumSet.noneOf(ContactRole.class))
                            .addAll(seniors);
                }
            }
            for (ContactRole senior : deadline.escalateTo()) {
                if (area.contactsWith(senior).isEmpty()) {
                    escalated.computeIfAbsent(senior, role -> new ArrayList<>()).add(deadline);
                }
            }
        }
        List<ContactGap> gaps = new ArrayList<>();
        unreached.forEach(
                (role, deadlines) -> gaps.add(new ContactGap(role, true, soonestFirst(deadlines))));
        stoodIn.forEach(
                (role, deadlines) ->
                        gaps.add(
                                new ContactGap(
                                        role,
                                        true,
                                        soonestFirst(deadlines),
                                        List.copyOf(standIns.get(role)))));
        escalated.forEach(
                (role, deadlines) -> {
                    if (!unreached.containsKey(role) && !stoodIn.containsKey(role)) {
                        gaps.add(new ContactGap(role, false, soonestFirst(deadlines)));
                    }
                });
        return gaps;
    }

    /**
     * The gaps {@link #of} finds and, first, an area without any lead officer even when no open
     * deadline needs one yet: the lead officer owns an inspection's deadlines, so every reminder of
     * an inspection recorded for it would have no one to go to. Registering an area without a lead
     * officer is allowed (the contacts may not be known yet); this is the "no lead officer yet"
     * warning the pages and the API give until one is added (docs/glossary.md).
     */
    public static List<ContactGap> withLeadOfficer(Area area, List<Inspection> inspections) {
        return withLeadOfficerFor(
                area,
                inspections.stream()
                        .flatMap(inspection -> inspection.outstandingDeadlines().stream())
                        .toList());
    }

    /** {@link #withLeadOfficer} for the outstanding deadlines of the area's open inspections. */
    public static List<ContactGap> withLeadOfficerFor(
            Area area, List<? extends DeadlineNeed> outstanding) {
        List<ContactGap> gaps = forDeadlines(area, outstanding);
        boolean said = gaps.stream().anyMatch(gap -> gap.role() == ContactRole.LEAD_OFFICER);
        if (said || !area.contactsWith(ContactRole.LEAD_OFFICER).isEmpty()) {
            return gaps;
        }
        // every rule escalates to the director of children's services: an area that has one has
        // its inspections' reminders go to them until it has a lead officer
        List<ContactRole> standIns =
                area.contactsWith(ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES).isEmpty()
                        ? List.of()
                        : List.of(ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES);
        List<ContactGap> all = new ArrayList<>();
        all.add(new ContactGap(ContactRole.LEAD_OFFICER, true, List.of(), standIns));
        all.addAll(gaps);
        return all;
    }

    private static List<DeadlineNeed> soonestFirst(List<DeadlineNeed> deadlines) {
        return deadlines.stream().sorted(Comparator.comparing(DeadlineNeed::dueOn)).toList();
    }
}
