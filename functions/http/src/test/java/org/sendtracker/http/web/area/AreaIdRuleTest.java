package org.sendtracker.http.web.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;

/**
 * The new-area form's hint for the short id states the rule its refusal states, and the rule the
 * API applies: 1 to 40 characters (a one-letter id has always been allowed, so areas registered
 * with one keep working).
 */
class AreaIdRuleTest {

    private static final String RULE =
            "1 to 40 lower-case letters, digits or hyphens, starting and ending with a letter or"
                    + " digit";

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void theHint_andTheRefusal_stateOneRule_andAOneLetterIdIsRegistered() {
        String page = api.get("/areas/new").body();

        ApiStack.Response refused =
                api.post(
                        "/api/areas",
                        """
                        {"id":"-wessex","name":"Wessex","contacts":[{"name":"Sam Lead","email":"sam@wessex.example","role":"LEAD_OFFICER"}]}""");
        ApiStack.Response oneLetter =
                api.post(
                        "/api/areas",
                        """
                        {"id":"w","name":"W","contacts":[{"name":"Sam Lead","email":"sam@w.example","role":"LEAD_OFFICER"}]}""");

        assertThat(page).contains(RULE + ", used in web addresses and inspection ids");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The area's id must be " + RULE + ", for example");
        assertThat(oneLetter.status()).as(oneLetter.body()).isEqualTo(201);
    }
}
