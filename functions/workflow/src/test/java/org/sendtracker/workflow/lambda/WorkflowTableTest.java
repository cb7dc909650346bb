package org.sendtracker.workflow.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.workflow.application.WorkflowState;
import org.sendtracker.workflow.application.Workflows;
import org.sendtracker.workflow.testing.WorkflowStack;

/**
 * The real DynamoDB ledger and workflow states behind the functions: the claim is a conditional
 * put, an older generation never overwrites a newer one, and the reconcile's query finds only open,
 * late workflows.
 */
class WorkflowTableTest {

    private static final InspectionId CUMBRIA = new InspectionId("cumbria-2019-03-18");
    private static final InspectionId LANCASHIRE = new InspectionId("lancashire-2019-01-21");
    private static final InspectionId DARLINGTON = new InspectionId("darlington-2018-11-12");
    private static final Instant AT = Instant.parse("2019-08-14T07:00:03Z");

    private WorkflowStack stack;
    private NoticeLedger ledger;
    private Workflows workflows;

    @BeforeEach
    void start() {
        stack = WorkflowStack.start();
        ledger = stack.bean(NoticeLedger.class);
        workflows = stack.bean(Workflows.class);
    }

    @AfterEach
    void stop() {
        stack.close();
    }

    @Test
    void aNoticeKey_canBeClaimedOnce_perInspection() {
        // given
        SentEmail claim = sending("REMINDER#WSOA_SUBMISSION#2019-08-21#before-5");
        assertThat(ledger.claim(CUMBRIA, claim)).isTrue();

        // when
        boolean again = ledger.claim(CUMBRIA, claim);
        boolean elsewhere = ledger.claim(LANCASHIRE, claim);

        // then
        assertThat(again).isFalse();
        assertThat(elsewhere).isTrue();
        assertThat(ledger.emails(CUMBRIA)).containsExactly(claim);
    }

    @Test
    void aSettledNotice_staysClaimed_andTheLedgerShowsItsOutcome() {
        // given
        SentEmail claim = sending("REMINDER#WSOA_SUBMISSION#2019-08-21#before-5");
        ledger.claim(CUMBRIA, claim);
        SentEmail sent =
                claim.sent(
                        "0100018c2a7e0001-7d1b2c3a-5e6f-4a8b-9c0d-1e2f3a4b5c6d-000000",
                        AT.plusSeconds(1),
                        1);

        // when
        ledger.settle(CUMBRIA, sent);

        // then
        assertThat(ledger.claim(CUMBRIA, claim)).isFalse();
        assertThat(ledger.emails(CUMBRIA)).containsExactly(sent);
    }

    @Test
    void theLedger_listsAnInspectionsEmailsOldestFirst_andNoOtherInspections() {
        SentEmail later =
                new SentEmail(
                        "REMINDER#WSOA_SUBMISSION#2019-08-21#before-1",
                        SentEmail.Status.SENDING,
                        Instant.parse("2019-08-20T07:00:01Z"),
                        List.of("send.lead@cumbria.gov.uk"),
                        List.of(),
                        "later",
                        null,
                        null,
                        0,
                        null);
        SentEmail earlier = sending("REMINDER#WSOA_SUBMISSION#2019-08-21#before-5");
        ledger.claim(CUMBRIA, later);
        ledger.claim(CUMBRIA, earlier);
        ledger.claim(LANCASHIRE, sending("REMINDER#WSOA_SUBMISSION#2019-05-02#due"));

        assertThat(ledger.emails(CUMBRIA)).containsExactly(earlier, later);
    }

    @Test
    void anOlderGeneration_neverOverwritesANewerOne() {
        // given the reconcile stored generation 3
        WorkflowState third = open(CUMBRIA, 3, "2019-07-25T05:00:00Z");
        assertThat(workflows.save(third)).isTrue();

        // when generation 2 saves late
        boolean stored = workflows.save(open(CUMBRIA, 2, "2019-08-20T07:00:00Z"));

        // then
        assertThat(stored).isFalse();
        assertThat(workflows.find(CUMBRIA)).contains(third);
    }

    @Test
    void theSameGeneration_replacesItsOwnState_andALaterOneReplacesIt() {
        workflows.save(open(CUMBRIA, 2, "2019-07-24T07:00:00Z"));

        WorkflowState waiting =
                open(CUMBRIA, 2, "2019-08-20T07:00:00Z")
                        .waitingOn("AQCEAAAAKgAAAAMAAAAAAAAAAYPjvdpG", AT);
        WorkflowState next = open(CUMBRIA, 3, "2019-08-20T07:00:00Z");

        assertThat(workflows.save(waiting)).isTrue();
        assertThat(workflows.find(CUMBRIA)).contains(waiting);
        assertThat(workflows.save(next)).isTrue();
        assertThat(workflows.find(CUMBRIA)).contains(next);
    }

    @Test
    void overdueBefore_findsOnlyOpenWorkflowsThatMeantToWakeBeforeTheGivenInstant() {
        // given Cumbria late, Lancashire waiting for later, Darlington ended long ago
        WorkflowState cumbria = open(CUMBRIA, 2, "2019-07-24T07:00:00Z");
        workflows.save(cumbria);
        workflows.save(open(LANCASHIRE, 1, "2019-07-25T09:00:00Z"));
        workflows.save(
                WorkflowState.ended(
                        DARLINGTON, 4, Stage.CLOSED, 9, Instant.parse("2019-06-01T07:00:00Z")));

        // when
        List<WorkflowState> overdue =
                workflows.overdueBefore(Instant.parse("2019-07-24T23:00:00Z"));

        // then
        assertThat(overdue).containsExactly(cumbria);
    }

    @Test
    void aWorkflowThatEnds_leavesTheReconcilesIndex() {
        workflows.save(open(CUMBRIA, 2, "2019-07-24T07:00:00Z"));

        workflows.save(WorkflowState.ended(CUMBRIA, 2, Stage.CLOSED, 7, AT));

        assertThat(workflows.overdueBefore(Instant.parse("2030-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void overdueBefore_isStrict_aWorkflowDueExactlyThenIsNotYetLate() {
        workflows.save(open(CUMBRIA, 2, "2019-07-24T07:00:00Z"));

        assertThat(workflows.overdueBefore(Instant.parse("2019-07-24T07:00:00Z"))).isEmpty();
        assertThat(workflows.overdueBefore(Instant.parse("2019-07-24T07:00:01Z"))).hasSize(1);
    }

    private static WorkflowState open(InspectionId id, int generation, String nextWakeAt) {
        return WorkflowState.sleeping(
                id, generation, Stage.WSOA_DUE, 2, Instant.parse(nextWakeAt), AT);
    }

    private static SentEmail sending(String key) {
        return new SentEmail(
                key,
                SentEmail.Status.SENDING,
                AT,
                List.of("send.lead@cumbria.gov.uk"),
                List.of(),
                "[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019",
                null,
                null,
                0,
                null);
    }
}
