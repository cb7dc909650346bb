package org.sendtracker.access.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.access.model.Subject;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

/**
 * A person's email address, when given, is one mailbox, as an area contact's is; the areas are an
 * object keyed by area id.
 */
class PersonInputTest {

    @Test
    void anAddress_isTaken_andNoneIsFine() {
        assertThat(
                        PersonInput.read(
                                Map.of(
                                        "name",
                                        "Jo Lead",
                                        "email",
                                        "jo.lead@cumbria.gov.uk",
                                        "role",
                                        "NATIONAL_VIEWER")))
                .isInstanceOf(Result.Ok.class);
        assertThat(PersonInput.read(Map.of("name", "Jo Lead", "role", "NATIONAL_VIEWER")))
                .isInstanceOf(Result.Ok.class);
    }

    @Test
    void somethingElse_isRefused_asAContactsIs() {
        Result<PersonInput.Grant> read =
                PersonInput.read(
                        Map.of(
                                "name",
                                "Jo Lead",
                                "email",
                                "not an email",
                                "role",
                                "NATIONAL_VIEWER"));

        assertThat(read)
                .isEqualTo(
                        Result.refused(
                                Rejection.Invalid.of(
                                        "email",
                                        "Enter an email address in the correct format, like name@example.gov.uk")));
    }

    @Test
    void aRoleInAnAreaThatIsNotOne_isRefused_inCodesForTheApi_andInWordsForTheForm() {
        Result<PersonInput.Grant> read =
                PersonInput.read(
                        Map.of(
                                "name",
                                "Jo Lead",
                                "role",
                                "AREAS",
                                "areas",
                                Map.of("lancashire", "NONE")));

        // the form said "The role in lancashire must be EDITOR or VIEWER": codes, and an id
        assertThat(((Rejection.Invalid) read.refusal().orElseThrow()).errors())
                .singleElement()
                .satisfies(
                        error -> {
                            assertThat(error.field()).isEqualTo("areas.lancashire");
                            assertThat(error.message())
                                    .isEqualTo(
                                            "The role in lancashire must be EDITOR (Editor) or"
                                                    + " VIEWER (Viewer)");
                            assertThat(error.formMessage())
                                    .isEqualTo(
                                            "Choose Editor or Viewer for this area, or no access"
                                                    + " to it");
                        });
    }

    @Test
    void areasGivenAsAList_areRefused_sayingTheyAreKeyedByAreaId() {
        Result<PersonInput.Grant> read =
                PersonInput.read(
                        Map.of("name", "Jo Lead", "role", "AREAS", "areas", List.of("cumbria")));

        assertThat(read.refusal())
                .get()
                .extracting(r -> ((Rejection.Invalid) r).errors().get(0).message())
                .isEqualTo("The areas granted must be an object keyed by area id");
    }

    @Test
    void aSubjectOfDotsAlone_isNotOne_asItWouldBeAPathsOwnSegment() {
        assertThat(Subject.isValid(".")).isFalse();
        assertThat(Subject.isValid("..")).isFalse();
        assertThat(Subject.isValid("...")).isFalse();
        assertThat(Subject.isValid("a.b")).isTrue();
        assertThat(Subject.isValid(".a")).isTrue();
    }
}
