package org.sendtracker.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.inspection.model.DeadlineStatus;

/**
 * A code not offered is refused with every code and its words, in the enum's order, so a caller of
 * the API reads what each means; an offered one is taken as it is.
 */
class FieldReaderChoiceTest {

    @Test
    void choice_takesAnOfferedCode() {
        FieldReader fields = new FieldReader(Map.of("role", "NHS_LEAD"));

        assertThat(fields.choice("role", "the contact's role", ContactRole.class, true))
                .isEqualTo(ContactRole.NHS_LEAD);
        assertThat(fields.errors()).isEmpty();
    }

    @Test
    void choice_refusesACodeNotOffered_listingEachWithItsWords() {
        FieldReader fields = new FieldReader(Map.of("role", "nhs_lead"));

        assertThat(fields.choice("role", "the contact's role", ContactRole.class, true)).isNull();
        assertThat(fields.errors())
                .containsExactly(
                        new FieldError(
                                "role",
                                "The contact's role must be one of LEAD_OFFICER (Lead officer),"
                                        + " DIRECTOR_OF_CHILDRENS_SERVICES (Director of children's"
                                        + " services), NHS_LEAD (NHS lead), CHIEF_EXECUTIVE (Chief"
                                        + " executive) or PARENT_CARER_FORUM (Parent carer forum)",
                                // a form offers the roles by their words alone
                                "The contact's role must be one of Lead officer, Director of"
                                        + " children's services, NHS lead, Chief executive or"
                                        + " Parent carer forum"));
    }

    @Test
    void choice_wordsADeadlineStatusAsTheDashboardTagsIt() {
        FieldReader fields = new FieldReader(Map.of("status", "LATE"));

        assertThat(fields.choice("status", "the status", DeadlineStatus.class, false)).isNull();
        assertThat(fields.errors().get(0).message())
                .isEqualTo(
                        "The status must be one of OPEN (Open), OVERDUE (Overdue), NOT_RECORDED"
                                + " (Not recorded yet), MET (Met), MET_LATE (Met late) or CANCELLED"
                                + " (No longer needed)");
    }

    @Test
    void choice_missingButNotRequired_isNoneAndNoError() {
        FieldReader fields = new FieldReader(Map.of());

        assertThat(fields.choice("status", "the status", DeadlineStatus.class, false)).isNull();
        assertThat(fields.errors()).isEmpty();
    }
}
