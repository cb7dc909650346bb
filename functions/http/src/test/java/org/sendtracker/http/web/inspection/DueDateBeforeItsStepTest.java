package org.sendtracker.http.web.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;

/**
 * "Change a due date" refuses a date before the step that set the deadline (a probe, stop 27: a
 * resubmission moved to before the decision that asked for it was accepted, and overdue at once),
 * through the API and the form alike, and changes nothing.
 */
class DueDateBeforeItsStepTest {

    static ApiStack api;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static final String BEFORE_THE_DECISION =
            "The new due date cannot be before 10 September 2019, the date of the decision that set it";

    @Test
    void throughTheApi_aResubmissionDueBeforeTheDecision_isA400OnDueOn() {
        String id = anInspectionAskedToResubmit();
        long version = ApiFixtures.inspection(api, id).get("version").asLong();

        ApiStack.Response refused =
                api.post(
                        "/api/inspections/" + id + "/events",
                        """
                {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_RESUBMISSION","dueOn":"2019-09-01","reason":"earlier than decision"}""");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("dueOn");
        assertThat(refused.json().at("/errors/0/message").asText()).isEqualTo(BEFORE_THE_DECISION);
        JsonNode after = ApiFixtures.inspection(api, id);
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertThat(resubmissionDueOn(after)).isEqualTo("2019-10-08");
    }

    @Test
    void throughTheForm_theErrorIsShownByTheDate_andNothingChanges() {
        String id = anInspectionAskedToResubmit();
        long version = ApiFixtures.inspection(api, id).get("version").asLong();

        ApiStack.Response refused =
                ApiFixtures.postForm(
                        api,
                        "/inspections/" + id + "/events",
                        "type=DEADLINE_OVERRIDDEN&version="
                                + version
                                + "&deadline=WSOA_RESUBMISSION"
                                + "&dueOn-day=1&dueOn-month=9&dueOn-year=2019"
                                + "&reason=earlier+than+decision");

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains("href=\"#deadline-overridden-due-on-day\">" + BEFORE_THE_DECISION)
                .contains(
                        "<span class=\"govuk-visually-hidden\">Error:</span> "
                                + BEFORE_THE_DECISION);
        JsonNode after = ApiFixtures.inspection(api, id);
        assertThat(after.get("version").asLong()).isEqualTo(version);
        assertThat(resubmissionDueOn(after)).isEqualTo("2019-10-08");
    }

    @Test
    void theDayOfTheDecisionItself_isAccepted() {
        String id = anInspectionAskedToResubmit();

        JsonNode moved =
                ApiFixtures.record(
                        api,
                        id,
                        """
                {"type":"DEADLINE_OVERRIDDEN","deadline":"WSOA_RESUBMISSION","dueOn":"2019-09-10","reason":"Ofsted's letter"}""");

        assertThat(resubmissionDueOn(moved)).isEqualTo("2019-09-10");
    }

    /**
     * WSoA submitted 20 August 2019, judged not fit for purpose 10 September: resubmit by 8
     * October.
     */
    private static String anInspectionAskedToResubmit() {
        String id = ApiFixtures.aCumbriaLikeInspectionWithWsoaDue(api);
        ApiFixtures.record(api, id, "{\"type\":\"WSOA_SUBMITTED\",\"on\":\"2019-08-20\"}");
        ApiFixtures.record(
                api,
                id,
                """
                {"type":"WSOA_DECISION","on":"2019-09-10","fitForPurpose":false,"resubmitBy":"2019-10-08"}""");
        return id;
    }

    private static String resubmissionDueOn(JsonNode inspection) {
        for (JsonNode deadline : inspection.get("deadlines")) {
            if (deadline.get("id").asText().equals("WSOA_RESUBMISSION")) {
                return deadline.get("dueOn").asText();
            }
        }
        throw new AssertionError("no resubmission deadline: " + inspection);
    }
}
