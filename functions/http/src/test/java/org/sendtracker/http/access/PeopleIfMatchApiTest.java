package org.sendtracker.http.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.ApiStack.Response;

/**
 * {@code PUT /api/people/{subject}} creates a person when there is none; {@code If-Match: *} asks
 * for any version of one that exists (RFC 9110 §13.1.1), so it matches nobody new: a 412 that
 * records no one, where the same request without If-Match grants.
 */
class PeopleIfMatchApiTest {

    private static final String GRANT =
            """
            {"name":"Ann Any","role":"AREAS","areas":{}}""";

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
    void ifMatchAny_onSomeoneNotRecorded_isA412_andRecordsNobody() {
        Response refused = api.put("/api/people/test-any", GRANT, "If-Match", "*");

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.json().get("message").asText())
                .isEqualTo(
                        "There is no person 'test-any' yet, so If-Match: * (any version of them)"
                                + " does not match: send the request without If-Match to grant"
                                + " access to someone new");
        assertThat(api.get("/api/people/test-any").status()).isEqualTo(404);
    }

    @Test
    void ifMatchAny_onSomeoneRecorded_isAnyVersion() {
        Response created = api.put("/api/people/test-any-known", GRANT);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/people/test-any-known");
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Response renamed =
                api.put(
                        "/api/people/test-any-known",
                        GRANT.replace("Ann Any", "Ann Anyone"),
                        "If-Match",
                        " * ");

        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Ann Anyone");
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");
    }
}
