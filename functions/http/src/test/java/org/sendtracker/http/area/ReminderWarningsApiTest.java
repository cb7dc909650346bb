package org.sendtracker.http.area;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;

/**
 * What could keep a reminder from anyone, through the API as the pages show it: an area's {@code
 * missingContacts} (before a send fails) and {@code GET /api/emails/undelivered} (after).
 */
class ReminderWarningsApiTest {

    static ApiStack api;

    @BeforeAll
    static void anAreaWithoutALeadOfficer_whoseWsoaIsDue() {
        api = ApiStack.start();
        api.post(
                "/api/areas",
                """
                {"id":"loamshire","name":"Loamshire","contacts":[
                  {"name":"Dee Director","email":"dcs@loamshire.example","role":"DIRECTOR_OF_CHILDRENS_SERVICES"},
                  {"name":"Nat Health","email":"nat@loamshire.example","role":"NHS_LEAD"}]}""");
        api.post(
                "/api/inspections",
                """
                {"areaId":"loamshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
        api.post(
                "/api/inspections/loamshire-2019-03-18/events",
                """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anArea_namesTheRolesItsOpenDeadlinesNeed_thatNoContactHolds() {
        JsonNode area = api.get("/api/areas/loamshire").json();

        assertThat(area.get("missingContacts"))
                .isEqualTo(
                        Json.parse(
                                """
                [{"role":"LEAD_OFFICER","remindersGoNowhere":false,"remindersGoTo":["DIRECTOR_OF_CHILDRENS_SERVICES","NHS_LEAD"],"deadlines":[{"kind":"WSOA_SUBMISSION","dueOn":"2019-08-21"}]},
                 {"role":"CHIEF_EXECUTIVE","remindersGoNowhere":false,"remindersGoTo":[],"deadlines":[{"kind":"WSOA_SUBMISSION","dueOn":"2019-08-21"}]}]"""));
    }

    @Test
    void anAreaRegisteredWithoutALeadOfficer_saysSo_beforeAnyDeadlineNeedsOne() {
        api.post(
                "/api/areas",
                """
                {"id":"leadless","name":"Leadless","contacts":[
                  {"name":"Dee Director","email":"dcs@leadless.example","role":"DIRECTOR_OF_CHILDRENS_SERVICES"}]}""");

        JsonNode area = api.get("/api/areas/leadless").json();

        assertThat(area.get("missingContacts"))
                .isEqualTo(
                        Json.parse(
                                """
                [{"role":"LEAD_OFFICER","remindersGoNowhere":false,"remindersGoTo":["DIRECTOR_OF_CHILDRENS_SERVICES"],"deadlines":[]}]"""));
    }

    @Test
    void undeliveredEmails_areListedNewestFirst_byArea_andABadAreaIdIsA400() {
        NoticeLedger ledger = api.context().getBean(NoticeLedger.class);
        Instant now = api.clock().instant();
        InspectionId id = new InspectionId("loamshire-2019-03-18");
        SentEmail escalation = email("escalation", now.minus(Duration.ofHours(3)));
        ledger.claim(id, escalation);
        ledger.settle(
                id,
                escalation.failed(
                        "no contact holds the role this notice is for",
                        now.minus(Duration.ofHours(3)),
                        0));
        ledger.claim(id, email("interrupted", now.minus(Duration.ofHours(1))));
        ledger.claim(id, email("in-flight", now.minusSeconds(10)));

        JsonNode all = api.get("/api/emails/undelivered").json();
        JsonNode loamshire = api.get("/api/emails/undelivered?areaId=loamshire").json();
        var elsewhere = api.get("/api/emails/undelivered?areaId=cumbria");
        var bad = api.get("/api/emails/undelivered?areaId=Not%20An%20Id");

        assertThat(loamshire).isEqualTo(all);
        assertThat(loamshire)
                .extracting(
                        e ->
                                e.get("subject").asText()
                                        + " "
                                        + e.get("status").asText()
                                        + " "
                                        + e.get("href").asText())
                .containsExactly(
                        "Subject interrupted SENDING /api/inspections/loamshire-2019-03-18",
                        "Subject escalation FAILED /api/inspections/loamshire-2019-03-18");
        assertThat(loamshire.get(1).get("error").asText())
                .isEqualTo("no contact holds the role this notice is for");
        assertThat(elsewhere.json()).isEmpty();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("areaId");
    }

    @Test
    void anUndeliveredEmail_markedDealtWith_leavesTheList_andBadRequestsAreRefused() {
        NoticeLedger ledger = api.context().getBean(NoticeLedger.class);
        InspectionId id = new InspectionId("loamshire-2019-03-18");
        SentEmail claim = email("to-deal-with", api.clock().instant().minus(Duration.ofHours(2)));
        ledger.claim(id, claim);
        ledger.settle(
                id, claim.failed("refused", api.clock().instant().minus(Duration.ofHours(2)), 3));
        // the list gives what marking one needs: its inspection and its key
        JsonNode listed = null;
        for (JsonNode email : api.get("/api/emails/undelivered").json()) {
            if (email.get("subject").asText().equals("Subject to-deal-with")) {
                listed = email;
            }
        }
        assertThat(listed).as("listed").isNotNull();
        assertThat(listed.get("key").asText()).isEqualTo("to-deal-with");

        var marked =
                api.post(
                        "/api/emails/dealt-with",
                        """
                {"inspectionId":"%s","key":"%s"}"""
                                .formatted(
                                        listed.get("inspectionId").asText(),
                                        listed.get("key").asText()),
                        "Authorization",
                        api.bearerFor("Lee Lead"));
        var unknown =
                api.post(
                        "/api/emails/dealt-with",
                        """
                {"inspectionId":"loamshire-2019-03-18","key":"no-such-email"}""");
        var incomplete =
                api.post(
                        "/api/emails/dealt-with",
                        """
                {"inspectionId":"loamshire-2019-03-18"}""");

        assertThat(marked.status()).as(marked.body()).isEqualTo(200);
        assertThat(marked.json().at("/dealtWith/by").asText()).isEqualTo("Lee Lead");
        assertThat(marked.json().at("/dealtWith/byId").asText())
                .isEqualTo(TestIdentityProvider.person("Lee Lead").subject());
        assertThat(api.get("/api/emails/undelivered").json())
                .extracting(e -> e.get("subject").asText())
                .doesNotContain("Subject to-deal-with");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().at("/errors/0/field").asText()).isEqualTo("key");
    }

    private static SentEmail email(String key, Instant at) {
        return new SentEmail(
                key,
                SentEmail.Status.SENDING,
                at,
                List.of("dcs@loamshire.example"),
                List.of(),
                "Subject " + key,
                null,
                null,
                0,
                null);
    }
}
