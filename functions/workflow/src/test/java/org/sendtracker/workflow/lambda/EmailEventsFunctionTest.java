package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendtracker.workflow.testing.WorkflowStack.CUMBRIA;
import static org.sendtracker.workflow.testing.WorkflowStack.asJson;
import static org.sendtracker.workflow.testing.WorkflowStack.event;
import static org.sendtracker.workflow.testing.WorkflowStack.json;
import static org.sendtracker.workflow.testing.WorkflowStack.tree;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.DeliveryReports;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.reminders.application.UndeliveredEmails;
import org.sendtracker.reminders.model.MessageTags;
import org.sendtracker.workflow.testing.WorkflowStack;

/**
 * SES's delivery events, fed as EventBridge delivers them (events/ses-email-bounced.json,
 * events/ses-email-delivered.json), over DynamoDB Local, for the five-day reminder the Tick sends
 * in {@link TickFunctionTest}.
 */
class EmailEventsFunctionTest {

    private static final InspectionId ID = new InspectionId(CUMBRIA);
    private static final String KEY = "REMINDER#WSOA_SUBMISSION#2019-08-21#before-5";

    private WorkflowStack stack;
    private EmailEventsFunction emailEvents;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
        emailEvents = new EmailEventsFunction(stack.context());
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void theSampleEvents_carryTheTagsTheReminderWasSentWith() {
        fiveDayReminderSent();
        assertThat(SesEvents.read(event("ses-email-bounced.json")))
                .hasValueSatisfying(
                        report -> {
                            assertThat(report.tags()).isEqualTo(new MessageTags(ID, KEY));
                            assertThat(report.messageId())
                                    .isEqualTo(ledger().email(ID, KEY).orElseThrow().messageId());
                        });
        assertThat(stack.mailer().tags()).containsExactly(new MessageTags(ID, KEY));
    }

    @Test
    void theBounceSample_turnsTheSentReminderIntoABouncedOne_amongTheUndeliveredEmails() {
        // given
        fiveDayReminderSent();

        // when
        Map<String, Object> output =
                emailEvents.handleRequest(event("ses-email-bounced.json"), null);

        // then
        assertThat(asJson(output))
                .isEqualTo(
                        tree(
                                """
                {"outcome": "RECORDED", "inspectionId": "cumbria-2019-03-18", "notice": "REMINDER#WSOA_SUBMISSION#2019-08-21#before-5",
                 "reported": "BOUNCED"}"""));
        SentEmail bounced = ledger().email(ID, KEY).orElseThrow();
        assertThat(bounced.status()).isEqualTo(SentEmail.Status.BOUNCED);
        assertThat(bounced.error())
                .isEqualTo(
                        "bounced for send.lead@cumbria.gov.uk: Permanent, General: smtp; 550 5.1.1 user unknown");
        assertThat(bounced.at()).isEqualTo(Instant.parse("2019-08-14T07:00:03Z"));
        assertThat(stack.bean(UndeliveredEmails.class).recent())
                .containsExactly(new NoticeLedger.Ledgered(ID, bounced));
    }

    @Test
    void theDeliverySample_marksItDelivered_andALaterBounceForTheSameEmailStillCounts() {
        // given
        fiveDayReminderSent();

        // when
        Map<String, Object> delivered =
                emailEvents.handleRequest(event("ses-email-delivered.json"), null);

        // then
        assertThat(delivered).containsEntry("outcome", "RECORDED");
        assertThat(ledger().email(ID, KEY).orElseThrow().status())
                .isEqualTo(SentEmail.Status.DELIVERED);
        assertThat(stack.bean(UndeliveredEmails.class).recent()).isEmpty();

        // and a bounce outranks the delivery; the delivery delivered again changes nothing
        assertThat(emailEvents.handleRequest(event("ses-email-bounced.json"), null))
                .containsEntry("outcome", "RECORDED");
        assertThat(emailEvents.handleRequest(event("ses-email-delivered.json"), null))
                .containsEntry("outcome", "ALREADY_KNOWN");
        assertThat(ledger().email(ID, KEY).orElseThrow().status())
                .isEqualTo(SentEmail.Status.BOUNCED);
    }

    @Test
    void aReportThatOvertakesTheSendersRecord_fails_soLambdaDeliversItAgainLater() {
        // given a claim still sending (the Tick has not yet recorded SES's answer)
        stack.cumbriaWithItsWsoaDue();
        ledger().claim(
                        ID,
                        new SentEmail(
                                KEY,
                                SentEmail.Status.SENDING,
                                Instant.parse("2019-08-14T07:00:03Z"),
                                List.of("send.lead@cumbria.gov.uk"),
                                List.of(),
                                "subject",
                                null,
                                null,
                                0,
                                null));

        // when / then
        assertThatThrownBy(() -> emailEvents.handleRequest(event("ses-email-bounced.json"), null))
                .isInstanceOf(DeliveryReports.NotYetSettledException.class);
        assertThat(ledger().email(ID, KEY).orElseThrow().status())
                .isEqualTo(SentEmail.Status.SENDING);
    }

    @Test
    void aReportForAnotherMessageId_orWithoutOurTags_changesNothing() {
        fiveDayReminderSent();
        String otherMessage =
                WorkflowStack.read(Path.of("../../events/ses-email-bounced.json"))
                        .replace("0100018c2a7e0001-", "0100018c2a7e0999-");
        assertThat(emailEvents.handleRequest(json(otherMessage), null))
                .containsEntry("outcome", "NOT_OURS");
        String untagged =
                WorkflowStack.read(Path.of("../../events/ses-email-bounced.json"))
                        .replace("\"inspection\": [", "\"campaign\": [");
        assertThat(emailEvents.handleRequest(json(untagged), null))
                .isEqualTo(Map.of("outcome", "IGNORED"));
        assertThat(ledger().email(ID, KEY).orElseThrow().status()).isEqualTo(SentEmail.Status.SENT);
    }

    private NoticeLedger ledger() {
        return stack.bean(NoticeLedger.class);
    }

    /**
     * As in TickFunctionTest: generation 2 ticks on the morning of the five-day reminder and sends
     * it.
     */
    private void fiveDayReminderSent() {
        TickFunction tick = new TickFunction(stack.context());
        stack.cumbriaWithItsWsoaDue();
        stack.clock().set(Instant.parse("2019-05-14T16:30:01Z"));
        tick.handleRequest(
                json(
                        """
                {"inspectionId": "cumbria-2019-03-18", "stage": "AWAITING_REPORT", "generation": 1, "loops": 0,
                 "executionStartedAt": "2019-03-11T17:30:00.254Z"}"""),
                null);
        stack.clock().set(Instant.parse("2019-08-14T07:00:03Z"));
        tick.handleRequest(event("workflow-tick.json"), null);
        assertThat(ledger().email(ID, KEY).orElseThrow().status()).isEqualTo(SentEmail.Status.SENT);
    }
}
