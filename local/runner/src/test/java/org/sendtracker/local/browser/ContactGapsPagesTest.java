package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A role the open deadlines need, with no contact in the area to hold it, is said on the area's
 * page and on the dashboard before any reminder fails: the owner's absence as reminders going
 * nowhere, a senior role's as escalations reaching fewer people; each with the way to put it right.
 */
@ExtendWith(RunningSystem.class)
class ContactGapsPagesTest {

    private static Http http;

    @BeforeAll
    static void anAreaWithoutALeadOfficer_whoseWsoaIsDue(RunningSystem system) {
        http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"loamshire","name":"Loamshire","contacts":[
                  {"name":"Dee Director","email":"dcs@loamshire.example","role":"DIRECTOR_OF_CHILDRENS_SERVICES"},
                  {"name":"Nat Health","email":"nat@loamshire.example","role":"NHS_LEAD"}]}""");
        http.api(
                "/api/inspections",
                """
                {"areaId":"loamshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
        http.api(
                "/api/inspections/loamshire-2019-03-18/events",
                """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
    }

    @Test
    void theAreaPage_saysWhichRolesAreMissing_andWhatThatMeans() {
        String page =
                http.asBrowser("GET", "/areas/loamshire")
                        .body()
                        .replace("&#39;", "'")
                        .replace("&#x27;", "'");

        assertThat(page)
                .contains(
                        "Loamshire has no lead officer: the reminders for Written Statement of Action submission"
                                + " (due 21 August 2019) go to the director of children's services"
                                + " and the NHS lead instead.",
                        "Loamshire has no chief executive: the overdue escalations for Written Statement of Action submission"
                                + " (due 21 August 2019) reach fewer people.");
        assertThat(page).doesNotContain("has no NHS lead", "has no director");
    }

    @Test
    void theDashboard_warnsOfThem_withTheWayToTheContactsForm() {
        String dashboard = http.asBrowser("GET", "/?areaId=loamshire").body();

        assertThat(dashboard)
                .contains(
                        "Contacts missing",
                        "Loamshire has no lead officer",
                        "<a class=\"govuk-link\" href=\"/areas/loamshire/contacts\">Change the contacts</a>");
        assertThat(http.asBrowser("GET", "/?areaId=cumbria").body())
                .doesNotContain("Contacts missing");
    }

    @Test
    void anAreaRegisteredThroughTheForm_withoutALeadOfficer_isWarnedOfIt_onItsPage() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("rows", "5");
        form.put("name", "Fenshire");
        form.put("id", "fenshire");
        form.put("contacts[0].role", "DIRECTOR_OF_CHILDRENS_SERVICES");
        form.put("contacts[0].name", "Fen Director");
        form.put("contacts[0].email", "dcs@fenshire.example");

        HttpResponse<String> registered = http.form("/areas/new", form, "admin");

        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(303);
        String page =
                http.asBrowser("GET", "/areas/fenshire?registered=true")
                        .body()
                        .replace("&#39;", "'")
                        .replace("&#x27;", "'");
        assertThat(page)
                .contains(
                        "Fenshire is registered. It has no lead officer yet: add one before recording its inspection."
                                + " The lead officer receives its reminders.",
                        "Fenshire has no lead officer yet: reminders about its inspections will go to the"
                                + " director of children's services instead.",
                        "href=\"/areas/fenshire/contacts\"");
        assertThat(
                        http.getJson("/api/areas/fenshire")
                                .get("missingContacts")
                                .get(0)
                                .get("role")
                                .asText())
                .isEqualTo("LEAD_OFFICER");
    }
}
