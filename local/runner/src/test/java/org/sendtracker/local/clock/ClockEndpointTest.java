package org.sendtracker.local.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClockEndpointTest {

    @TempDir Path dataDir;

    private static Instant nowIn(LocalApp.Response response) {
        assertThat(response.body()).startsWith("{\"now\":\"").endsWith("\"}");
        return Instant.parse(response.body().substring(8, response.body().length() - 2));
    }

    @Test
    void theLocalClock_replacesTheApplicationsClock() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            assertThat(app.context().getBean(Clock.class))
                    .isSameAs(app.context().getBean(LocalClock.class));
        }
    }

    @Test
    void get_readsTheClock_whichStartsAtTheRealTime() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            Instant before = Instant.now();

            LocalApp.Response response = app.get("/local/clock");

            assertThat(response.status()).isEqualTo(200);
            assertThat(nowIn(response)).isBetween(before.minusSeconds(60), Instant.now());
        }
    }

    @Test
    void postNow_setsTheClock_andAnswersTheNewTime() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            LocalApp.Response response =
                    app.post("/local/clock", "{\"now\":\"2030-01-07T09:00:00Z\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"now\":\"2030-01-07T09:00:00Z\"}");
            assertThat(nowIn(app.get("/local/clock")))
                    .isBetween(
                            Instant.parse("2030-01-07T09:00:00Z"),
                            Instant.parse("2030-01-07T09:01:00Z"));
        }
    }

    @Test
    void postAdvance_movesTheClockOnByAPeriodInLondon() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            app.post("/local/clock", "{\"now\":\"2030-03-01T12:00:00Z\"}");

            LocalApp.Response response = app.post("/local/clock", "{\"advance\":\"P1M\"}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(nowIn(response))
                    .isBetween(
                            Instant.parse("2030-04-01T11:00:00Z"),
                            Instant.parse("2030-04-01T11:01:00Z"));
        }
    }

    @Test
    void postingAnEarlierTime_isRefusedWith400() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            app.post("/local/clock", "{\"now\":\"2030-01-07T09:00:00Z\"}");

            LocalApp.Response response =
                    app.post("/local/clock", "{\"now\":\"2030-01-06T09:00:00Z\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body())
                    .matches(
                            "\\{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The clock cannot go back to "
                                    + "2030-01-06T09:00:00Z: it is already 2030-01-07T09:00:\\d\\d(\\.\\d+)?Z, and timers that have fired cannot un-fire\"}");
        }
    }

    @Test
    void aBodyThatIsNotJson_isRefusedWith400() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            LocalApp.Response response = app.post("/local/clock", "{\"now\":");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body())
                    .isEqualTo(
                            "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The request body is not valid JSON:"
                                    + " it ends in the middle of the object (line 1, column 8)\"}");
        }
    }

    @Test
    void aBadDuration_isRefusedWith400() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            LocalApp.Response response = app.post("/local/clock", "{\"advance\":\"thirty days\"}");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body())
                    .isEqualTo(
                            "{\"status\":400,\"error\":\"Bad Request\",\"message\":"
                                    + "\"\\\"advance\\\" must be an ISO-8601 duration such as P30D, PT5H or P1Y2M, not 'thirty days'\"}");
        }
    }

    @Test
    void aRestart_continuesFromTheSavedSimulatedTime_notTheRealDate() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            app.post("/local/clock", "{\"now\":\"2031-05-05T08:00:00Z\"}");
        }

        try (LocalApp restarted = LocalApp.start(dataDir)) {
            Instant now = nowIn(restarted.get("/local/clock"));

            assertThat(now)
                    .isBetween(
                            Instant.parse("2031-05-05T08:00:00Z"),
                            Instant.parse("2031-05-05T08:00:00Z").plus(Duration.ofMinutes(1)));
        }
    }

    @Test
    void listeners_hearAChangeMadeOverHttp() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            List<Instant> heard = new CopyOnWriteArrayList<>();
            app.context().getBean(LocalClock.class).onAdvance(heard::add);

            app.post("/local/clock", "{\"now\":\"2030-01-07T09:00:00Z\"}");

            assertThat(heard).containsExactly(Instant.parse("2030-01-07T09:00:00Z"));
        }
    }
}
