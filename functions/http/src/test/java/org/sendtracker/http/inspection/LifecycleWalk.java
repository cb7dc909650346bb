package org.sendtracker.http.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Stage;

/**
 * Walks one inspection through its lifecycle over the API: each recorded event must move the
 * version on by exactly one, and in each stage every other event of the framework must be refused
 * with a 409 that names the allowed ones, changing nothing.
 */
final class LifecycleWalk {

    private final ApiStack api;
    private final String inspectionId;
    private final List<String> frameworkEvents;
    private long version;

    LifecycleWalk(ApiStack api, String inspectionId, List<String> frameworkEvents) {
        this.api = api;
        this.inspectionId = inspectionId;
        this.frameworkEvents = List.copyOf(frameworkEvents);
        this.version = inspection().get("version").asLong();
    }

    /**
     * Records an event that must be accepted (201) and returns the inspection the response shows.
     */
    JsonNode record(String event) {
        ApiStack.Response recorded =
                api.post(path() + "/events", event, "If-Match", "\"" + version + "\"");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        version++;
        assertThat(recorded.header("ETag")).isEqualTo("\"" + version + "\"");
        JsonNode inspection = recorded.json();
        assertThat(inspection.get("version").asLong()).isEqualTo(version);
        assertThat(inspection.get("events"))
                .as("one audit entry per version")
                .hasSize((int) version);
        return inspection;
    }

    /**
     * Asserts where the inspection is now, as a GET shows it, and that every other event is
     * refused.
     */
    void isAt(String stage, List<String> deadlines, List<String> allowed) {
        JsonNode inspection = inspection();
        assertThat(inspection.get("stage").asText()).isEqualTo(stage);
        assertThat(inspection.get("version").asLong()).isEqualTo(version);
        assertThat(describeDeadlines(inspection))
                .as("deadlines in stage " + stage)
                .containsExactlyElementsOf(deadlines);
        assertThat(Json.texts(inspection.get("allowedEvents")))
                .as("allowed in stage " + stage)
                .containsExactlyElementsOf(allowed);
        refusesEverythingBut(stage, allowed);
    }

    private void refusesEverythingBut(String stage, List<String> allowed) {
        String before = api.get(path()).body();
        for (String type : frameworkEvents) {
            if (allowed.contains(type)) {
                continue;
            }
            ApiStack.Response refused =
                    api.post(
                            path() + "/events",
                            """
                    {"type":"%s","on":"2020-01-01"}
                    """
                                    .formatted(type));
            assertThat(refused.status())
                    .as(type + " in " + stage + ": " + refused.body())
                    .isEqualTo(409);
            JsonNode body = refused.json();
            assertThat(body.get("error").asText()).isEqualTo("Conflict");
            if (allowed.isEmpty()) {
                assertThat(body.get("message").asText())
                        .isEqualTo(
                                "'"
                                        + EventType.valueOf(type).label()
                                        + "' cannot be recorded: this inspection is closed, so no"
                                        + " more steps can be recorded");
                assertThat(body.get("allowed"))
                        .as("a closed inspection names no allowed events")
                        .isEqualTo(Json.parse("[]"));
            } else {
                assertThat(body.get("message").asText())
                        .startsWith(
                                "'"
                                        + EventType.valueOf(type).label()
                                        + "' cannot be recorded at the stage '"
                                        + Stage.valueOf(stage).label()
                                        + "': the step")
                        .contains(
                                allowed.stream()
                                        .map(a -> "'" + EventType.valueOf(a).label() + "'")
                                        .toList())
                        .doesNotContainPattern("[A-Z]{2,}_[A-Z_]+");
                assertThat(Json.texts(body.get("allowed"))).containsExactlyElementsOf(allowed);
            }
        }
        assertThat(api.get(path()).body()).as("refused events change nothing").isEqualTo(before);
    }

    JsonNode inspection() {
        ApiStack.Response found = api.get(path());
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.json();
    }

    long version() {
        return version;
    }

    /**
     * "WSOA_SUBMISSION due 2019-08-21 MET on 2019-08-20": one line per deadline, in the order
     * recorded.
     */
    static List<String> describeDeadlines(JsonNode inspection) {
        List<String> lines = new ArrayList<>();
        for (JsonNode deadline : inspection.get("deadlines")) {
            String line =
                    deadline.get("id").asText()
                            + " due "
                            + deadline.get("dueOn").asText()
                            + " "
                            + deadline.get("status").asText();
            if (!deadline.get("metOn").isNull()) {
                line += " on " + deadline.get("metOn").asText();
            }
            lines.add(line);
        }
        return lines;
    }

    private String path() {
        return "/api/inspections/" + inspectionId;
    }
}
