package org.sendtracker.http.web.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.shared.FieldError;

class AreaFormTest {

    @Test
    void theContactsForm_hasARowForEveryContact_upToTheApisFifty() {
        assertThat(AreaForm.contacts(anAreaWith(25)).rows()).isEqualTo(27);
        assertThat(AreaForm.contacts(anAreaWith(49)).rows()).isEqualTo(50);
        assertThat(AreaForm.contacts(anAreaWith(50)).rows()).isEqualTo(50);
    }

    @Test
    void theContactsForm_rendered_andPostedUnchanged_sendsEveryContact() {
        Area area = anAreaWith(25);
        AreaForm form = AreaForm.contacts(area);
        FormData posted = postedAsRendered(form, form.filledFrom(area));

        AreaForm.Read read = AreaForm.contacts(posted).read(posted);

        assertThat((List<?>) read.input().get("contacts")).hasSize(25);
    }

    @Test
    void aPostedRowBeyondTheRowCount_isStillRead_soNoContactIsDroppedUnread() {
        FormData posted =
                FormData.parse(
                        "rows=2&name=Wessex&contacts%5B0%5D.name=A&contacts%5B0%5D.email=a%40x.example"
                                + "&contacts%5B3%5D.name=D&contacts%5B3%5D.email=d%40x.example");

        AreaForm form = AreaForm.contacts(posted);

        assertThat(form.rows()).isEqualTo(4);
        assertThat((List<?>) form.read(posted).input().get("contacts")).hasSize(2);
    }

    @Test
    void addAnother_givesOneMoreRow_butNotBeyondFifty() {
        assertThat(AreaForm.contacts(anAreaWith(3)).withAnotherRow().rows()).isEqualTo(6);
        assertThat(AreaForm.contacts(anAreaWith(50)).withAnotherRow().rows()).isEqualTo(50);
        assertThat(AreaForm.registration().withAnotherRow().rows())
                .isEqualTo(AreaForm.NEW_AREA_ROWS + 1);
    }

    @Test
    void aContactsError_landsOnItsRow_andNamesTheContact() {
        FormData posted =
                FormData.parse(
                        "rows=4&name=Wessex&contacts%5B0%5D.name=A&contacts%5B0%5D.email=a%40x.example"
                                + "&contacts%5B2%5D.name=C&contacts%5B2%5D.role=NHS_LEAD");
        AreaForm form = AreaForm.contacts(posted);
        AreaForm.Read read = form.read(posted);

        FormState state =
                form.withErrors(
                        read,
                        List.of(
                                new FieldError(
                                        "contacts[1].email", "Enter the contact's email address"),
                                new FieldError("contacts[0].role", "Enter the contact's role")),
                        3L);

        assertThat(state.problems())
                .containsExactly(
                        new Problem("#contacts-contacts-0-role", "Contact 1: select a role"),
                        new Problem(
                                "#contacts-contacts-2-email", "Contact 3: enter an email address"));
    }

    @Test
    void aMessageStartingWithAnAcronym_keepsItsCapitals() {
        assertThat(AreaForm.inRow(4, "NHS addresses must end in .nhs.uk"))
                .isEqualTo("Contact 5: NHS addresses must end in .nhs.uk");
    }

    private static Area anAreaWith(int contacts) {
        List<Contact> list = new ArrayList<>();
        IntStream.range(0, contacts)
                .forEach(
                        i ->
                                list.add(
                                        new Contact(
                                                "Contact " + i,
                                                "c" + i + "@wessex.example",
                                                ContactRole.values()[
                                                        i % ContactRole.values().length])));
        return new Area(new AreaId("wessex"), "Wessex", list, 4);
    }

    /** What a browser posts for a form: every box with its value, empty ones included. */
    private static FormData postedAsRendered(AreaForm form, FormState state) {
        StringBuilder body = new StringBuilder("rows=" + form.rows() + "&name=Wessex");
        for (int row = 0; row < form.rows(); row++) {
            for (String field : List.of("role", "name", "email")) {
                String name = AreaForm.contact(row, field);
                body.append('&').append(encode(name)).append('=').append(encode(state.value(name)));
            }
        }
        return FormData.parse(body.toString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
