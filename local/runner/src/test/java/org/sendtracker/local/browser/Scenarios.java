package org.sendtracker.local.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Cases the tests share, set up through the JSON API (the forms are what the browser tests
 * exercise).
 */
final class Scenarios {

    static final String REMINDED_AREA = "Wessex";
    private static final ConcurrentMap<RunningSystem, String> REMINDED = new ConcurrentHashMap<>();

    private Scenarios() {}

    /**
     * An AREA_SEND_2023 inspection with outcome 3 received today, then the simulated clock moved on
     * a month: its priority action plan's first reminder has gone out. Set up once per system.
     */
    static String inspectionWithAReminderSent(RunningSystem system) {
        return REMINDED.computeIfAbsent(system, Scenarios::remind);
    }

    private static String remind(RunningSystem system) {
        Http http = new Http(system);
        http.api(
                "/api/areas",
                """
                {"id":"wessex","name":"Wessex","contacts":[
                  {"name":"Wren Lead","email":"lead@wessex.example","role":"LEAD_OFFICER"},
                  {"name":"Dee Director","email":"dcs@wessex.example","role":"DIRECTOR_OF_CHILDRENS_SERVICES"}]}""");
        LocalDate today =
                LocalDate.ofInstant(
                        Instant.parse(http.getJson("/local/clock").get("now").asText()),
                        ZoneId.of("Europe/London"));
        JsonNode inspection =
                http.api(
                        "/api/inspections",
                        """
                {"areaId":"wessex","framework":"AREA_SEND_2023","notifiedOn":"%s","startsOn":"%s","endsOn":"%s"}"""
                                .formatted(
                                        today.minusDays(40),
                                        today.minusDays(26),
                                        today.minusDays(12)));
        String id = inspection.get("id").asText();
        http.api(
                "/api/inspections/" + id + "/events",
                """
                {"type":"REPORT_RECEIVED","on":"%s","outcome":3,"weaknesses":["Waiting times for assessments","Quality of EHC plans"]}"""
                        .formatted(today));
        http.api("/local/clock", "{\"advance\":\"P30D\"}");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode message : http.getJson("/local/outbox")) {
                if (message.get("subject").asText().startsWith("[" + REMINDED_AREA + "]")) {
                    return id;
                }
            }
            sleep();
        }
        throw new AssertionError(
                "No reminder for Wessex reached the outbox within 60 seconds of moving the clock");
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
