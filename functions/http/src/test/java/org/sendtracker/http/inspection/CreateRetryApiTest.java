package org.sendtracker.http.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * A client that creates an inspection and times out (a cold start) sends the request again: with
 * its Idempotency-Key it gets the inspection its first request recorded, not a 409 "already
 * registered" that reads like someone else's (a probe, stop 27).
 */
class CreateRetryApiTest {

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
    void aKeyedRetryOfACreationThatWentThrough_isAnsweredWithIt_otherwiseTheClashStands() {
        String area = ApiFixtures.registerArea(api, ApiFixtures.uniqueAreaId("cumbria"));
        String body =
                """
                {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}"""
                        .formatted(area);

        ApiStack.Response first = api.post("/api/inspections", body, "Idempotency-Key", "new-1");
        ApiStack.Response retried = api.post("/api/inspections", body, "Idempotency-Key", "new-1");
        ApiStack.Response unkeyed = api.post("/api/inspections", body);
        ApiStack.Response otherDates =
                api.post(
                        "/api/inspections",
                        body.replace("2019-03-22", "2019-03-21"),
                        "Idempotency-Key",
                        "new-2");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retried.json().get("version")).isEqualTo(first.json().get("version"));
        assertThat(retried.json().get("events")).hasSize(1);
        assertThat(unkeyed.status()).isEqualTo(409);
        assertThat(otherDates.status()).isEqualTo(409);
    }
}
