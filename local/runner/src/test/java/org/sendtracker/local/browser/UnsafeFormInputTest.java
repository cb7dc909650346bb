package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendtracker.access.model.Subject;

/**
 * The forms refuse what the JSON API refuses, with the same messages (docs/design.md, "Input"): an
 * email address that is not exactly one mailbox, a control or text direction character in any box,
 * a dealt-with key longer than any email has. Each is a 400 with the form shown again, and nothing
 * changes.
 */
@ExtendWith(RunningSystem.class)
class UnsafeFormInputTest {

    private static final String OFFICER = "admin";
    private static Http http;

    @BeforeAll
    static void anArea(RunningSystem system) {
        http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"unsafe-forms","name":"Unsafe Forms","contacts":[{"name":"Wes Lead","email":"lead@unsafe-forms.example","role":"LEAD_OFFICER"}]}""");
    }

    @Test
    void registering_anAreaWhoseContactHasANamedAddress_isRefused_withTheMessageOnItsRow() {
        HttpResponse<String> response =
                http.form(
                        "/areas",
                        registration("mercia-two", "Mercia", "Jo Smith <jo@mercia.example>"),
                        OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "Contact 1: enter the email address only, like name@example.gov.uk, without a name, angle brackets or a comment",
                        "href=\"#area-contacts-0-email\"");
        assertThat(http.get("/api/areas/mercia-two").statusCode())
                .as("nothing registered")
                .isEqualTo(404);
    }

    @Test
    void registering_anAreaWhoseNameHasARightToLeftOverride_isRefused() {
        HttpResponse<String> response =
                http.form(
                        "/areas",
                        registration("mercia-three", "Mercia\u202E", "jo@mercia.example"),
                        OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "must not contain control characters or text direction controls (U+202E at character 7)");
        assertThat(http.get("/api/areas/mercia-three").statusCode())
                .as("nothing registered")
                .isEqualTo(404);
    }

    @Test
    void changingContacts_toTwoAddressesInOneBox_isRefused_andTheAreaKeepsItsVersion() {
        long version = http.getJson("/api/areas/unsafe-forms").get("version").asLong();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        form.put("rows", "3");
        form.put("name", "Unsafe Forms");
        form.put("contacts[0].name", "Wes Lead");
        form.put("contacts[0].email", "lead@unsafe-forms.example; deputy@unsafe-forms.example");
        form.put("contacts[0].role", "LEAD_OFFICER");

        HttpResponse<String> response = http.form("/areas/unsafe-forms/contacts", form, OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "Contact 1: enter one email address only: add a contact for each further address",
                        "value=\"lead@unsafe-forms.example; deputy@unsafe-forms.example\"");
        assertThat(http.getJson("/api/areas/unsafe-forms").get("version").asLong())
                .isEqualTo(version);
        assertThat(http.getJson("/api/areas/unsafe-forms").at("/contacts/0/email").asText())
                .isEqualTo("lead@unsafe-forms.example");
    }

    @Test
    void changingContacts_withAControlCharacterInAName_isRefused_andTheAreaKeepsItsVersion() {
        long version = http.getJson("/api/areas/unsafe-forms").get("version").asLong();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        form.put("rows", "3");
        form.put("name", "Unsafe Forms");
        form.put("contacts[0].name", "Wes\u001B[31m Lead");
        form.put("contacts[0].email", "lead@unsafe-forms.example");
        form.put("contacts[0].role", "LEAD_OFFICER");

        HttpResponse<String> response = http.form("/areas/unsafe-forms/contacts", form, OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "must not contain control characters or text direction controls (U+001B at character 4)");
        assertThat(http.getJson("/api/areas/unsafe-forms").get("version").asLong())
                .isEqualTo(version);
    }

    @Test
    void markingDealtWith_aKeyLongerThanDynamoDbTakes_isA400_notAServerError() {
        HttpResponse<String> response =
                http.form(
                        "/emails/dealt-with",
                        Map.of(
                                "inspectionId",
                                "unsafe-forms-2019-03-18",
                                "key",
                                "REMINDER#" + "x".repeat(1100)),
                        OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains(
                        "The email could not be marked as dealt with",
                        "The email's key must be 200 characters or fewer: give it as the list of undelivered emails does.");
    }

    @Test
    void grantingAccess_toAnAreaNotOnRecord_isRefused_andNobodyIsRecorded() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Forged Grant");
        form.put("email", "forged@unsafe-forms.example");
        form.put("role", "AREAS");
        form.put("area-unsafe-forms", "VIEWER");
        form.put("area-not-registered-yet", "EDITOR");

        HttpResponse<String> response = http.form("/admin/people/forged-grant", form, OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body().replace("&#39;", "'").replace("&#x27;", "'"))
                .contains(
                        "There is no area 'not-registered-yet': register the area before granting access to it");
        assertThat(response.body())
                .as("the error links to the 'by area' choice: the page has no box for that area")
                .contains("href=\"#person-role-areas\"")
                .contains("id=\"person-role-areas\"")
                .doesNotContain("#person-area-not-registered-yet");
        assertThat(http.get("/api/people/forged-grant").statusCode())
                .as("nobody recorded")
                .isEqualTo(404);
    }

    @Test
    void grantingBySubjectId_somethingThatCannotBeOne_isA400_onThePeoplePage_sayingWhy() {
        HttpResponse<String> dots = http.get("/admin/people/by-subject?subject=..");
        HttpResponse<String> blank = http.get("/admin/people/by-subject?subject=+");
        HttpResponse<String> padded = http.get("/admin/people/by-subject?subject=+new-person+");

        assertThat(dots.statusCode()).isEqualTo(400);
        assertThat(dots.body())
                .contains("<title>Error: People and access")
                .contains("<a href=\"#subject\">" + Subject.NOT_A_SUBJECT)
                .contains("id=\"subject-error\"")
                .contains("value=\"..\"");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("<a href=\"#subject\">Enter a subject id</a>");
        assertThat(padded.statusCode()).isEqualTo(303);
        assertThat(padded.headers().firstValue("Location")).hasValue("/admin/people/new-person");
    }

    @Test
    void aPersonsForm_whoseVersionIsNotOne_isRefused_andTheirAccessIsKept() {
        http.put(
                "/api/people/versioned-person",
                """
                {"name":"Vera Versioned","role":"AREAS","areas":{"unsafe-forms":"VIEWER"}}""");
        for (String version : List.of("*", "abc", "W/\"\"")) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("name", "Vera Versioned");
            form.put("role", "ADMINISTRATOR");
            form.put("version", version);

            HttpResponse<String> response =
                    http.form("/admin/people/versioned-person", form, OFFICER);

            assertThat(response.statusCode()).as(version).isEqualTo(400);
            assertThat(response.body())
                    .as(version)
                    .contains(
                            "This form was sent without the version of the record it was opened on")
                    .contains("href=\"#person-name\"")
                    .doesNotContain("If-Match");
            assertThat(http.getJson("/api/people/versioned-person").get("role").asText())
                    .as(version)
                    .isEqualTo("AREAS");
        }
    }

    @Test
    void aNewPersonsForm_savedAfterSomeoneElseGrantedThem_isRefusedAsStale_notOverwriting() {
        // another administrator grants them access while this form (for someone new) is open
        http.put(
                "/api/people/granted-meanwhile",
                """
                {"name":"Gwen Granted","role":"AREAS","areas":{"unsafe-forms":"EDITOR"}}""");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", "Gwen Granted");
        form.put("role", "AREAS");
        form.put("area-unsafe-forms", "VIEWER");

        HttpResponse<String> response = http.form("/admin/people/granted-meanwhile", form, OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body().replace("&#39;", "'").replace("&#x27;", "'"))
                .contains("Someone else changed this person's access after you opened this page");
        assertThat(http.getJson("/api/people/granted-meanwhile").get("areas").toString())
                .isEqualTo("{\"unsafe-forms\":\"EDITOR\"}");
    }

    @Test
    void aFormThatChangesARecord_postedWithoutItsVersion_isRefused_andWritesNothing() {
        long version = http.getJson("/api/areas/unsafe-forms").get("version").asLong();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("rows", "1");
        form.put("name", "Renamed Without A Version");
        form.put("contacts[0].name", "Wes Lead");
        form.put("contacts[0].email", "lead@unsafe-forms.example");
        form.put("contacts[0].role", "LEAD_OFFICER");

        HttpResponse<String> response = http.form("/areas/unsafe-forms/contacts", form, OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .contains("This form was sent without the version of the record it was opened on");
        assertThat(http.getJson("/api/areas/unsafe-forms").get("version").asLong())
                .isEqualTo(version);
    }

    @Test
    void aChangeFormPostedWithoutAnOptionalDatesBoxes_leavesTheDateAsItWas() {
        String id =
                http.api(
                                "/api/inspections",
                                """
                        {"areaId":"unsafe-forms","framework":"LASEND_2016","notifiedOn":"2019-06-03","startsOn":"2019-06-10","endsOn":"2019-06-14"}""")
                        .get("id")
                        .asText();
        http.api(
                "/api/inspections/" + id + "/events",
                """
                {"type":"REPORT_RECEIVED","on":"2019-07-22","publishedOn":"2019-07-25","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", http.getJson("/api/inspections/" + id).get("version").asText());
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("fields.on-day", "23");
        form.put("fields.on-month", "7");
        form.put("fields.on-year", "2019");
        form.put("reason", "Received a day later");

        HttpResponse<String> response =
                http.form("/inspections/" + id + "/entries/2/change", form, OFFICER);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        JsonNode keyDates = http.getJson("/api/inspections/" + id).get("keyDates");
        assertThat(keyDates.path("Report received").asText()).isEqualTo("2019-07-23");
        assertThat(keyDates.path("Report published").asText())
                .as("boxes not posted: not given")
                .isEqualTo("2019-07-25");
    }

    @Test
    void contactsPostedBeyondTheFormsRows_areReadNotDropped_andMoreThanFiftyAreRefused() {
        long version = http.getJson("/api/areas/unsafe-forms").get("version").asLong();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        form.put("rows", "51");
        form.put("name", "Unsafe Forms");
        for (int i = 0; i <= 50; i++) {
            form.put("contacts[" + i + "].name", "Contact " + i);
            form.put("contacts[" + i + "].email", "c" + i + "@unsafe-forms.example");
            form.put("contacts[" + i + "].role", "LEAD_OFFICER");
        }

        HttpResponse<String> response = http.form("/areas/unsafe-forms/contacts", form, OFFICER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("There can be at most 50 contacts");
        assertThat(http.getJson("/api/areas/unsafe-forms").get("version").asLong())
                .as("nothing saved")
                .isEqualTo(version);
    }

    private static Map<String, String> registration(String id, String name, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("id", id);
        form.put("contacts[0].name", "Jo Smith");
        form.put("contacts[0].email", email);
        form.put("contacts[0].role", "LEAD_OFFICER");
        return form;
    }
}
