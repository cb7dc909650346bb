package org.sendtracker.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.TestIdentityProvider;

/**
 * A form posted after the session ended (docs/security.md): nothing is written, what was typed is
 * kept through the sign-in, and back signed in the officer sends it with one button.
 */
class KeptAnswersTest {

    private static final String HTML = "text/html,application/xhtml+xml";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern HIDDEN =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        ApiStack.Response created =
                api.post(
                        "/api/areas",
                        """
                {"id":"keptshire","name":"Keptshire","contacts":[
                  {"name":"Kim Lead","email":"kim@keptshire.gov.uk","role":"LEAD_OFFICER"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aFormPostedAfterTheSessionEnded_writesNothing_andAfterSigningInTheAnswersAreSentAsTyped() {
        // given the contacts form, filled in, posted after the session cookie has gone
        String typed =
                "csrf=of-the-ended-session&version=1&rows=1&name=Keptshire+and+Dale"
                        + "&contacts%5B0%5D.name=Kim+Lead&contacts%5B0%5D.email=kim.lead%40keptshire.gov.uk"
                        + "&contacts%5B0%5D.role=LEAD_OFFICER";
        ApiStack.Response posted =
                api.request(
                        "POST",
                        "/areas/keptshire/contacts",
                        typed,
                        "Authorization",
                        "",
                        "Content-Type",
                        FORM,
                        "Accept",
                        HTML,
                        "Referer",
                        api.uri("/areas/keptshire/contacts").toString());

        // then the browser is sent, with the same body, to keep the answers: nothing is written
        assertThat(posted.status()).isEqualTo(307);
        assertThat(posted.header("Location"))
                .isEqualTo(
                        "/sign-in/keep?action=%2Fareas%2Fkeptshire%2Fcontacts&page=%2Fareas%2Fkeptshire%2Fcontacts");
        ApiStack.Response kept =
                api.request(
                        "POST",
                        posted.header("Location"),
                        typed,
                        "Authorization",
                        "",
                        "Content-Type",
                        FORM,
                        "Accept",
                        HTML);
        assertThat(kept.status()).isEqualTo(303);
        assertThat(kept.header("Location")).isEqualTo("/sign-in?returnTo=%2Fkept-answers");
        String cookie = kept.header("Set-Cookie");
        assertThat(cookie)
                .startsWith("sendtracker_kept=")
                .containsIgnoringCase("HttpOnly")
                .contains("Path=/kept-answers", "SameSite=Lax");
        assertThat(api.get("/api/areas/keptshire").json().get("name").asText())
                .isEqualTo("Keptshire");

        // when the officer has signed in again and is brought back
        String session = TestIdentityProvider.get().idToken(TestIdentityProvider.OFFICER);
        ApiStack.Response resumed =
                api.request(
                        "GET",
                        "/kept-answers",
                        null,
                        "Authorization",
                        "",
                        "Accept",
                        HTML,
                        "Cookie",
                        "sendtracker_session=" + session + "; " + cookie.split(";")[0]);

        // then they see what they typed, in a form to where it was going, with this session's token
        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.body())
                .contains(
                        "<h1 class=\"govuk-heading-l\">Send the answers you typed</h1>",
                        "action=\"/areas/keptshire/contacts\"",
                        "Keptshire and Dale",
                        "kim.lead@keptshire.gov.uk")
                .doesNotContain("of-the-ended-session");
        assertThat(resumed.header("Set-Cookie")).startsWith("sendtracker_kept=;");
        List<String> fields = new ArrayList<>();
        Matcher hidden = HIDDEN.matcher(resumed.body());
        while (hidden.find()) {
            fields.add(hidden.group(1) + "=" + hidden.group(2).replace("&#64;", "@"));
        }
        assertThat(fields)
                .contains(
                        "csrf=" + AntiForgery.token(session),
                        "name=Keptshire and Dale",
                        "version=1");

        // and when they send it, it is saved as any post with a valid session
        ApiStack.Response sent =
                api.request(
                        "POST",
                        "/areas/keptshire/contacts",
                        String.join("&", fields).replace(" ", "+").replace("@", "%40"),
                        "Authorization",
                        "",
                        "Content-Type",
                        FORM,
                        "Accept",
                        HTML,
                        "Cookie",
                        "sendtracker_session=" + session);
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);
        assertThat(sent.header("Location")).isEqualTo("/areas/keptshire?changed=true");
        assertThat(api.get("/api/areas/keptshire").json().get("name").asText())
                .isEqualTo("Keptshire and Dale");
    }

    @Test
    void keptAnswers_areShownOnlyToSomeoneSignedIn() {
        ApiStack.Response anonymous =
                api.request(
                        "GET",
                        "/kept-answers",
                        null,
                        "Authorization",
                        "",
                        "Accept",
                        HTML,
                        "Cookie",
                        "sendtracker_kept=L2FyZWFzL2tlcHRzaGlyZS9jb250YWN0cwovCm5hbWU9WA");

        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).isEqualTo("/sign-in?returnTo=%2Fkept-answers");
    }

    @Test
    void answersTooLongToKeep_areShownOnThePage_notLost() {
        String note = "A long note. ".repeat(400);
        ApiStack.Response kept =
                api.request(
                        "POST",
                        "/sign-in/keep?action=%2Finspections%2Fkeptshire-2019-03-18%2Fevents&page=%2Finspections%2Fkeptshire-2019-03-18",
                        "csrf=x&type=REPORT_RECEIVED&note=" + note.replace(" ", "+"),
                        "Authorization",
                        "",
                        "Content-Type",
                        FORM,
                        "Accept",
                        HTML);

        assertThat(kept.status()).isEqualTo(401);
        assertThat(kept.header("Set-Cookie")).isNull();
        assertThat(kept.body())
                .contains("Sign in again: your answers are below", note.strip())
                .doesNotContain("Send your answers");
    }

    @Test
    void aRemovalPostedAfterTheSessionEnded_isNotOfferedAgainBlind_butSentBackToItsQuestion() {
        for (String removal :
                List.of(
                        "/inspections/keptshire-2019-03-18/plan/measures/measure-1/remove",
                        "/inspections/keptshire-2019-03-18/plan/measures/measure-1/remove/")) {
            aKeptRemoval_saysNothingWasRemoved(removal);
        }
    }

    private static void aKeptRemoval_saysNothingWasRemoved(String removal) {
        ApiStack.Response kept =
                api.request(
                        "POST",
                        "/sign-in/keep?action="
                                + removal.replace("/", "%2F")
                                + "&page="
                                + removal.replace("/", "%2F"),
                        "csrf=x&version=7&idempotencyKey=k-1",
                        "Authorization",
                        "",
                        "Content-Type",
                        FORM,
                        "Accept",
                        HTML);
        assertThat(kept.status()).isEqualTo(303);
        String session = TestIdentityProvider.get().idToken(TestIdentityProvider.OFFICER);

        ApiStack.Response resumed =
                api.request(
                        "GET",
                        "/kept-answers",
                        null,
                        "Authorization",
                        "",
                        "Accept",
                        HTML,
                        "Cookie",
                        "sendtracker_session="
                                + session
                                + "; "
                                + kept.header("Set-Cookie").split(";")[0]);

        assertThat(resumed.status()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.body())
                .contains(
                        "<h1 class=\"govuk-heading-l\">Nothing was removed</h1>",
                        "href=\"" + removal + "\"")
                .doesNotContain("Send your answers")
                .doesNotContain("action=\"" + removal + "\"");
    }
}
