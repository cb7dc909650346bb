package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Changing who reminders go to, through the area's contacts form: each current contact in a row
 * with spare rows below, a refused email put right, a contact added and another removed; a stale
 * form is refused with the area as it is now, and a double submit saves once.
 */
@ExtendWith(RunningSystem.class)
class AreaContactsBrowserTest {

    private static Browser browser;
    private static Http http;

    @BeforeAll
    static void anAreaWithTwoContacts(RunningSystem system) {
        http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"glebeshire","name":"Glebeshire","contacts":[
                  {"name":"Gail Lead","email":"lead@glebeshire.example","role":"LEAD_OFFICER"},
                  {"name":"Gus Director","email":"dcs@glebeshire.example","role":"DIRECTOR_OF_CHILDRENS_SERVICES"}]}""");
        http.api(
                "/api/areas",
                """
                {"id":"westershire","name":"Westershire","contacts":[
                  {"name":"Wyn Lead","email":"lead@westershire.example","role":"LEAD_OFFICER"}]}""");
        browser = Browser.open(system);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anOfficerChangesTheContacts_throughTheForm() {
        browser.get("/areas/glebeshire");
        assertThat(browser.text("a[href='/areas/glebeshire/contacts']"))
                .startsWith("Change the name or contacts");
        browser.click("a[href='/areas/glebeshire/contacts']");
        assertThat(browser.path()).isEqualTo("/areas/glebeshire/contacts");
        assertThat(browser.all("main fieldset")).as("two contacts and two spare rows").hasSize(4);
        assertThat(browser.value("contacts-contacts-1-email")).isEqualTo("dcs@glebeshire.example");
        assertThat(browser.value("contacts-contacts-2-name")).isEmpty();
        browser.screenshot("area-contacts");

        browser.type("contacts-contacts-1-email", "");
        browser.type("contacts-contacts-1-name", "");
        browser.select("contacts-contacts-2-role", "NHS_LEAD");
        browser.type("contacts-contacts-2-name", "Nia Health");
        browser.type("contacts-contacts-2-email", "nia.health@nhs");
        browser.submit("main form");

        assertThat(browser.title()).startsWith("Error: Change the name and contacts of Glebeshire");
        assertThat(browser.errorSummary())
                .containsExactly(
                        new String[] {
                            "#contacts-contacts-2-email",
                            "Contact 3: enter an email address in the correct format, like name@example.gov.uk"
                        });
        assertThat(browser.value("contacts-contacts-2-name")).isEqualTo("Nia Health");
        assertThat(browser.value("contacts-contacts-1-name"))
                .as("the cleared row stays cleared")
                .isEmpty();
        browser.screenshot("area-contacts-errors");
        assertThat(http.getJson("/api/areas/glebeshire").get("version").asLong())
                .as("the refused form changed nothing")
                .isEqualTo(1);

        browser.type("contacts-contacts-2-email", "nia.health@nhs.example");
        browser.submit("main form");

        assertThat(browser.path()).isEqualTo("/areas/glebeshire");
        assertThat(browser.text(".govuk-notification-banner"))
                .contains("The name and contacts of Glebeshire are saved");
        assertThat(browser.mainText())
                .contains("Nia Health", "nia.health@nhs.example", "Gail Lead")
                .doesNotContain("Gus Director");
        browser.one("main details summary").click();
        assertThat(browser.text("main details"))
                .contains(
                        "Changes to the name and contacts (2)",
                        "Added Nia Health <nia.health@nhs.example> as NHS lead. Removed Gus Director <dcs@glebeshire.example> as director of children's services",
                        "By Alex Admin on ",
                        "Registered Glebeshire with 2 contacts");
        browser.screenshot("area-contacts-changed");
        JsonNode area = http.getJson("/api/areas/glebeshire");
        assertThat(area.get("contacts")).hasSize(2);
        assertThat(area.get("contacts").get(1).get("role").asText()).isEqualTo("NHS_LEAD");
        assertThat(area.at("/changes/1/actor").asText()).isEqualTo("Alex Admin");
    }

    @Test
    void twentyFiveContacts_areAllOnTheForm_andSavingItUnchanged_keepsThemAll() {
        StringBuilder contacts = new StringBuilder();
        String[] roles = {
            "LEAD_OFFICER", "DIRECTOR_OF_CHILDRENS_SERVICES", "NHS_LEAD", "PARENT_CARER_FORUM"
        };
        for (int i = 1; i <= 25; i++) {
            contacts.append(i == 1 ? "" : ",")
                    .append(
                            "{\"name\":\"Person %d\",\"email\":\"person%d@manyshire.example\",\"role\":\"%s\"}"
                                    .formatted(i, i, roles[i % roles.length]));
        }
        http.api(
                "/api/areas",
                "{\"id\":\"manyshire\",\"name\":\"Manyshire\",\"contacts\":[" + contacts + "]}");

        browser.get("/areas/manyshire/contacts");
        assertThat(browser.all("main fieldset")).as("25 contacts and two spare rows").hasSize(27);
        assertThat(browser.value("contacts-contacts-24-email"))
                .isEqualTo("person25@manyshire.example");
        browser.submit("main form");

        assertThat(browser.path()).isEqualTo("/areas/manyshire");
        JsonNode area = http.getJson("/api/areas/manyshire");
        assertThat(area.get("contacts")).hasSize(25);
        assertThat(area.get("version").asLong())
                .as("nothing changed, nothing written")
                .isEqualTo(1);
    }

    @Test
    void addAnotherContact_showsTheFormAgainWithAnEmptyRow_keepingWhatWasTyped_savingNothing() {
        http.api(
                "/api/areas",
                """
                {"id":"addshire","name":"Addshire","contacts":[{"name":"Ada Lead","email":"ada@addshire.example","role":"LEAD_OFFICER"}]}""");
        browser.get("/areas/addshire/contacts");
        assertThat(browser.all("main fieldset")).hasSize(3);
        browser.select("contacts-contacts-1-role", "NHS_LEAD");
        browser.type("contacts-contacts-1-name", "Nye Health");
        browser.type("contacts-contacts-2-name", "Pat Forum");

        browser.click("main form button[name='addAnother']");

        assertThat(browser.path()).isEqualTo("/areas/addshire/contacts");
        assertThat(browser.all("main fieldset")).as("one more empty row").hasSize(4);
        assertThat(browser.value("contacts-contacts-1-name")).isEqualTo("Nye Health");
        assertThat(browser.value("contacts-contacts-3-name")).isEmpty();
        assertThat(browser.all(".govuk-error-summary")).isEmpty();
        assertThat(http.getJson("/api/areas/addshire").get("version").asLong()).isEqualTo(1);

        browser.select("contacts-contacts-3-role", "CHIEF_EXECUTIVE");
        browser.type("contacts-contacts-3-name", "Cy Exec");
        browser.submit("main form");

        assertThat(browser.errorSummary())
                .as("every error at once, each naming its contact")
                .containsExactly(
                        new String[] {
                            "#contacts-contacts-1-email", "Contact 2: enter an email address"
                        },
                        new String[] {"#contacts-contacts-2-role", "Contact 3: select a role"},
                        new String[] {
                            "#contacts-contacts-2-email", "Contact 3: enter an email address"
                        },
                        new String[] {
                            "#contacts-contacts-3-email", "Contact 4: enter an email address"
                        });
        browser.type("contacts-contacts-1-email", "nye@nhs.example");
        browser.type("contacts-contacts-2-name", "");
        browser.type("contacts-contacts-3-email", "cy@addshire.example");
        browser.submit("main form");

        assertThat(browser.path()).isEqualTo("/areas/addshire");
        assertThat(http.getJson("/api/areas/addshire").get("contacts")).hasSize(3);
    }

    @Test
    void theRegistrationForm_addsRows_andAfterARefusal_reloadingShowsTheFormAgain() {
        browser.get("/areas/new");
        assertThat(browser.all("main fieldset")).hasSize(5);
        browser.type("area-name", "Reloadshire");
        browser.click("main form button[name='addAnother']");
        assertThat(browser.all("main fieldset")).hasSize(6);
        assertThat(browser.value("area-name")).isEqualTo("Reloadshire");

        browser.submit("main form");

        assertThat(browser.title()).startsWith("Error: Register an area");
        assertThat(browser.path()).isEqualTo("/areas/new");
        browser.get(browser.path());
        assertThat(browser.title()).startsWith("Register an area");
        assertThat(browser.all("main form fieldset")).hasSize(5);
    }

    @Test
    void aStaleContactsForm_isRefused_showingTheAreaAsItIsNow() {
        long version = http.getJson("/api/areas/westershire").get("version").asLong();
        http.put(
                "/api/areas/westershire",
                """
                {"name":"Westershire","contacts":[{"name":"Wren Newlead","email":"wren@westershire.example","role":"LEAD_OFFICER"}]}""");

        HttpResponse<String> response =
                http.form(
                        "/areas/westershire/contacts",
                        contactsForm(
                                version,
                                "Westershire",
                                "Wyn Lead",
                                "wyn.changed@westershire.example"),
                        "admin");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body())
                .contains(
                        "Someone else changed this area's name or contacts after you opened this page",
                        "value=\"wren@westershire.example\"");
        assertThat(
                        http.getJson("/api/areas/westershire")
                                .get("contacts")
                                .get(0)
                                .get("name")
                                .asText())
                .isEqualTo("Wren Newlead");
    }

    @Test
    void aDoubleSubmit_savesOnce_andBothSeeSuccess() {
        http.api(
                "/api/areas",
                """
                {"id":"twiceshire","name":"Twiceshire","contacts":[{"name":"Tam Lead","email":"tam@twiceshire.example","role":"LEAD_OFFICER"}]}""");
        Map<String, String> form =
                contactsForm(1, "Twiceshire", "Tam Lead", "tam.new@twiceshire.example");

        HttpResponse<String> first = http.form("/areas/twiceshire/contacts", form, "admin");
        HttpResponse<String> second = http.form("/areas/twiceshire/contacts", form, "admin");

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(303);
        assertThat(second.headers().firstValue("Location"))
                .hasValue("/areas/twiceshire?changed=true");
        assertThat(http.getJson("/api/areas/twiceshire").get("version").asLong()).isEqualTo(2);
    }

    @Test
    void changingContacts_withoutSigningIn_leadsToTheSignInPage_andChangesNothing() {
        HttpResponse<String> response =
                http.form(
                        "/areas/westershire/contacts",
                        contactsForm(1, "Renamed", "X", "x@y.example"),
                        null);

        // the answers go on (307, same body) to be kept through the sign-in; nothing is written
        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/sign-in/keep?action=%2Fareas%2Fwestershire%2Fcontacts&page=%2F");
        assertThat(http.getJson("/api/areas/westershire").get("name").asText())
                .isEqualTo("Westershire");
    }

    private static Map<String, String> contactsForm(
            long version, String name, String contact, String email) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(version));
        form.put("idempotencyKey", UUID.randomUUID().toString());
        form.put("rows", "3");
        form.put("name", name);
        form.put("contacts[0].role", "LEAD_OFFICER");
        form.put("contacts[0].name", contact);
        form.put("contacts[0].email", email);
        return form;
    }
}
