package org.sendtracker.http.web.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;

/** How the plan page names a board's members. */
class PlanPagesTest {

    @Test
    void aMember_isNamedWithTheirRole() {
        assertThat(
                        PlanPages.memberLabel(
                                new Contact(
                                        "Sam Lead", "sam@area.example", ContactRole.LEAD_OFFICER)))
                .isEqualTo("Sam Lead (Lead officer)");
    }

    @Test
    void aMemberNamedByTheirRole_isNotNamedTwice() {
        assertThat(
                        PlanPages.memberLabel(
                                new Contact(
                                        "Chief executive",
                                        "ce@area.example",
                                        ContactRole.CHIEF_EXECUTIVE)))
                .isEqualTo("Chief executive");
    }
}
