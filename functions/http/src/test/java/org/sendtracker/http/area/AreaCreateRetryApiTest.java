package org.sendtracker.http.area;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A client that registers an area and times out (a cold start) sends the request again: with its
 * Idempotency-Key it gets the area its first request registered, not a 409 "already registered"
 * that reads like someone else's, as a retried inspection creation does (CreateRetryApiTest).
 */
class AreaCreateRetryApiTest {

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
    void aKeyedRetryOfARegistrationThatWentThrough_isAnsweredWithIt_otherwiseTheClashStands() {
        String id = ApiFixtures.uniqueAreaId("norfolk");
        String body =
                """
                {"id":"%s","name":"Norfolk","contacts":[{"name":"Sam Lead","email":"sam.lead@norfolk.example","role":"LEAD_OFFICER"}]}"""
                        .formatted(id);

        ApiStack.Response first = api.post("/api/areas", body, "Idempotency-Key", "area-1");
        ApiStack.Response retried = api.post("/api/areas", body, "Idempotency-Key", "area-1");
        ApiStack.Response unkeyed = api.post("/api/areas", body);
        ApiStack.Response otherName =
                api.post(
                        "/api/areas",
                        body.replace("\"Norfolk\"", "\"Norfolk and Waveney\""),
                        "Idempotency-Key",
                        "area-2");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retried.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retried.json().get("name").asText()).isEqualTo("Norfolk");
        assertThat(unkeyed.status()).as(unkeyed.body()).isEqualTo(409);
        assertThat(unkeyed.json().get("message").asText())
                .isEqualTo("An area with id '" + id + "' is already registered");
        assertThat(otherName.status()).as(otherName.body()).isEqualTo(409);
        assertThat(api.get("/api/areas/" + id).json().get("changes")).hasSize(1);
    }
}
