package org.sendtracker.http.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.ApiStack.Response;

/**
 * {@code PUT /api/people/{subject}} grants access only to areas on record (docs/security.md): a
 * grant naming an id nobody registered would become access to whichever area is registered under it
 * later. Refused whole, with the area named; the person stays as they were.
 */
class GrantsToUnknownAreasApiTest {

    static ApiStack api;

    @BeforeAll
    static void oneArea() {
        api = ApiStack.start();
        assertThat(
                        api.post(
                                        "/api/areas",
                                        """
                        {"id":"wessex","name":"Wessex","contacts":[{"name":"Wes Lead","email":"lead@wessex.example","role":"LEAD_OFFICER"}]}""")
                                .status())
                .isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void aNewPersonGrantedAnUnknownArea_isRefused_andNotRecorded() {
        Response refused =
                api.put(
                        "/api/people/test-newcomer",
                        """
                        {"name":"Nell Newcomer","role":"AREAS","areas":{"wessex":"VIEWER","mercia":"EDITOR"}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString())
                .contains(
                        "\"field\":\"areas.mercia\"",
                        "There is no area 'mercia': register the area before granting access to it")
                .doesNotContain("areas.wessex");
        assertThat(api.get("/api/people/test-newcomer").status()).isEqualTo(404);
    }

    @Test
    void aPersonGivenAnUnknownAreaKeepsTheirAccess_untilTheAreaIsRegistered() {
        Response granted =
                api.put(
                        "/api/people/test-keeper",
                        """
                        {"name":"Kit Keeper","role":"AREAS","areas":{"wessex":"EDITOR"}}""");
        assertThat(granted.status()).isEqualTo(201);
        String before = api.get("/api/people/test-keeper").body();

        Response refused =
                api.put(
                        "/api/people/test-keeper",
                        """
                        {"name":"Kit Keeper","role":"AREAS","areas":{"wessex":"EDITOR","northumbria":"VIEWER"}}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get("/api/people/test-keeper").body()).isEqualTo(before);

        api.post(
                "/api/areas",
                """
                {"id":"northumbria","name":"Northumbria","contacts":[{"name":"Nor Lead","email":"lead@northumbria.example","role":"LEAD_OFFICER"}]}""");
        Response now =
                api.put(
                        "/api/people/test-keeper",
                        """
                        {"name":"Kit Keeper","role":"AREAS","areas":{"wessex":"EDITOR","northumbria":"VIEWER"}}""");
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.json().get("areas").toString())
                .isEqualTo("{\"northumbria\":\"VIEWER\",\"wessex\":\"EDITOR\"}");
    }
}
