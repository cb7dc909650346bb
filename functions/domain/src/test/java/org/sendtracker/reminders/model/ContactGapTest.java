package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendtracker.reminders.testing.Cumbria2019.DIRECTOR;
import static org.sendtracker.reminders.testing.Cumbria2019.LEAD_OFFICER;
import static org.sendtracker.reminders.testing.Cumbria2019.NHS_LEAD;
import static org.sendtracker.reminders.testing.Cumbria2019.PARENT_CARER_FORUM;

import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.model.DeadlineNeed;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.reminders.testing.Cumbria2019;

class ContactGapTest {

    private final Inspection wsoaDue = Cumbria2019.recordedAsItHappened().withWsoaDue();

    @Test
    void anAreaWithEveryRole_hasNoGap() {
        assertThat(ContactGap.of(Cumbria2019.area(), List.of(wsoaDue))).isEmpty();
    }

    @Test
    void
            noContactForADeadlinesOwner_isAGapItsRemindersWouldFallInto_andMissingSeniorRolesAreNamedToo() {
        List<ContactGap> gaps =
                ContactGap.of(Cumbria2019.areaWith(DIRECTOR, NHS_LEAD), List.of(wsoaDue));

        assertThat(gaps)
                .extracting(ContactGap::role, ContactGap::owner)
                .containsExactly(
                        Tuple.tuple(ContactRole.LEAD_OFFICER, true),
                        Tuple.tuple(ContactRole.CHIEF_EXECUTIVE, false));
        assertThat(gaps.get(0).deadlines())
                .extracting(DeadlineNeed::dueOn)
                .extracting(String::valueOf)
                .containsExactly("2019-08-21");
    }

    @Test
    void noOwner_isStoodInForByTheSeniorOfficersTheAreaHas_andReachesNoOneOnlyWithoutThem() {
        ContactGap stoodIn =
                ContactGap.of(Cumbria2019.areaWith(DIRECTOR, NHS_LEAD), List.of(wsoaDue)).get(0);
        ContactGap nobody =
                ContactGap.of(Cumbria2019.areaWith(PARENT_CARER_FORUM), List.of(wsoaDue)).get(0);

        assertThat(stoodIn.role()).isEqualTo(ContactRole.LEAD_OFFICER);
        assertThat(stoodIn.standIns())
                .containsExactly(ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES, ContactRole.NHS_LEAD);
        assertThat(stoodIn.reachesNoOne()).isFalse();
        assertThat(nobody.role()).isEqualTo(ContactRole.LEAD_OFFICER);
        assertThat(nobody.standIns()).isEmpty();
        assertThat(nobody.reachesNoOne()).isTrue();
    }

    @Test
    void metDeadlines_needNoOne() {
        Inspection closedOut = Cumbria2019.recordedAsItHappened().withWsoaUnderReview();

        assertThat(ContactGap.of(Cumbria2019.areaWith(LEAD_OFFICER), List.of(closedOut))).isEmpty();
    }

    @Test
    void anAreaWithoutALeadOfficer_andNothingDue_isStillALeadOfficerGap_withNoDeadlinesYet() {
        List<ContactGap> gaps =
                ContactGap.withLeadOfficer(Cumbria2019.areaWith(DIRECTOR, NHS_LEAD), List.of());

        assertThat(gaps)
                .containsExactly(
                        new ContactGap(
                                ContactRole.LEAD_OFFICER,
                                true,
                                List.of(),
                                List.of(ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES)));
        assertThat(
                        ContactGap.withLeadOfficer(
                                Cumbria2019.areaWith(NHS_LEAD, PARENT_CARER_FORUM), List.of()))
                .containsExactly(new ContactGap(ContactRole.LEAD_OFFICER, true, List.of()));
    }

    @Test
    void aLeadOfficerGapForADeadline_isNotSaidTwice() {
        assertThat(
                        ContactGap.withLeadOfficer(
                                Cumbria2019.areaWith(DIRECTOR, NHS_LEAD), List.of(wsoaDue)))
                .isEqualTo(
                        ContactGap.of(Cumbria2019.areaWith(DIRECTOR, NHS_LEAD), List.of(wsoaDue)));
        assertThat(ContactGap.withLeadOfficer(Cumbria2019.areaWith(LEAD_OFFICER), List.of()))
                .isEmpty();
    }

    @Test
    void fromTheOutstandingDeadlinesAlone_theGapsAreThoseOfTheInspections() {
        Area area = Cumbria2019.areaWith(DIRECTOR);

        assertThat(ContactGap.withLeadOfficerFor(area, wsoaDue.outstandingDeadlines()))
                .isEqualTo(ContactGap.withLeadOfficer(area, List.of(wsoaDue)))
                .isNotEmpty();
    }
}
