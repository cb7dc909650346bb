package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.ses.LocalEmailEvents;

/**
 * "Sent" only means SES accepted the email: the local SES endpoint publishes the delivery events
 * SES would (a delivery per accepted recipient, a bounce for every address at {@value
 * LocalEmailEvents#BOUNCE_DOMAIN}), and the EmailEventsFunction records them, so the timeline says
 * delivered or bounced and the dashboard warns of the bounce.
 */
class EmailDeliveryEventsTest {

    private static final String EVENTS = "/api/inspections/testshire-2019-03-18/events";

    @TempDir Path dataDir;

    @Test
    void
            aReminderToAnAddressThatBounces_isShownBounced_onTheTimelineTheDashboardAndTheUndeliveredList() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            // given Testshire's lead officer has an address that bounces
            stack.post(
                    "/api/areas",
                    Fixtures.TESTSHIRE.replace("lead@testshire.example", "lead@bounce.example"));
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.advanceTo("2019-05-14T09:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");

            // when the first reminder of the WSoA (due 21 August) goes out
            stack.advanceTo("2019-07-25T09:00:00Z");

            // then SES accepted it, and its bounce is recorded
            assertThat(stack.emails()).singleElement().asString().contains("lead@bounce.example");
            JsonNode undelivered = stack.get("/api/emails/undelivered");
            assertThat(undelivered).hasSize(1);
            assertThat(undelivered.at("/0/status").asText()).isEqualTo("BOUNCED");
            assertThat(undelivered.at("/0/error").asText())
                    .isEqualTo(
                            "bounced for lead@bounce.example: Permanent, General: smtp; 550 5.1.1 user unknown (local test domain bounce.example)");
            assertThat(stack.page("/inspections/testshire-2019-03-18"))
                    .contains(
                            "Bounced", "then bounced for lead@bounce.example: Permanent, General");
            assertThat(stack.page("/?areaId=testshire"))
                    .contains(
                            "did not reach anyone",
                            "Not delivered: emailed on ",
                            "bounced for lead@bounce.example");
        }
    }

    @Test
    void aReminderToAnOrdinaryAddress_isShownDelivered_andWarnsNobody() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.advanceTo("2019-05-14T09:00:00Z");
            stack.post(
                    EVENTS,
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");

            stack.advanceTo("2019-07-25T09:00:00Z");

            assertThat(stack.emails())
                    .singleElement()
                    .asString()
                    .contains("lead@testshire.example");
            assertThat(stack.get("/api/emails/undelivered")).isEmpty();
            assertThat(stack.page("/inspections/testshire-2019-03-18"))
                    .contains("Delivered", "and delivered to the recipients");
        }
    }
}
