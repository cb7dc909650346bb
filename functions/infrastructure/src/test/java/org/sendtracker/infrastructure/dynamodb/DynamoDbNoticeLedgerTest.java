package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger.Ledgered;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.ConcurrentChangeException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The ledger against DynamoDB Local: one claim per key, and what was not delivered found by index.
 */
class DynamoDbNoticeLedgerTest {

    private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");
    private static final InspectionId CUMBRIA = new InspectionId("cumbria-2019-03-18");
    private static final InspectionId NORFOLK = new InspectionId("norfolk-2023-02-13");

    private LocalDynamoDb dynamo;
    private DynamoDbNoticeLedger ledger;

    @BeforeEach
    void freshTable() {
        dynamo = LocalDynamoDb.withFreshTable();
        ledger = new DynamoDbNoticeLedger(dynamo.client, dynamo.table);
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void aKeyIsClaimedOnce() {
        assertThat(ledger.claim(CUMBRIA, claim("wsoa-20", T))).isTrue();
        assertThat(ledger.claim(CUMBRIA, claim("wsoa-20", T.plusSeconds(5)))).isFalse();
        assertThat(ledger.claim(NORFOLK, claim("wsoa-20", T)))
                .as("the same key of another inspection")
                .isTrue();
    }

    @Test
    void
            failedAndStillSendingEmails_areFoundAcrossInspections_byIndex_inTimeOrder_andDeliveredOnesLeaveTheIndex() {
        SentEmail delivered = claim("delivered", T);
        ledger.claim(CUMBRIA, delivered);
        ledger.settle(CUMBRIA, delivered.sent("ses-1", T.plusMillis(300), 1));
        SentEmail failed = claim("failed", T.plusSeconds(60));
        ledger.claim(NORFOLK, failed);
        ledger.settle(NORFOLK, failed.failed("no contact holds the role", T.plusSeconds(61), 3));
        ledger.claim(CUMBRIA, claim("sending", T.plusMillis(61_500)));
        ledger.claim(NORFOLK, claim("too-old", T.minusSeconds(1)));
        dynamo.requests.clear();

        List<Ledgered> found = ledger.failedOrUnsettledSince(T);

        assertThat(found)
                .extracting(
                        entry ->
                                entry.inspection()
                                        + " "
                                        + entry.email().key()
                                        + " "
                                        + entry.email().status())
                .containsExactly(
                        "norfolk-2023-02-13 failed FAILED", "cumbria-2019-03-18 sending SENDING");
        assertThat(dynamo.requests.ofType(QueryRequest.class))
                .singleElement()
                .satisfies(query -> assertThat(query.indexName()).isEqualTo(TableLayout.GSI2));
    }

    @Test
    void anEmailDealtWith_leavesTheIndex_keepsItsRecord_andIsMarkedOnlyIfUnchangedSinceRead() {
        SentEmail failed = claim("failed", T);
        ledger.claim(CUMBRIA, failed);
        SentEmail settled = failed.failed("refused", T.plusSeconds(1), 3);
        ledger.settle(CUMBRIA, settled);
        SentEmail sending = claim("sending", T);
        ledger.claim(CUMBRIA, sending);
        ledger.settle(CUMBRIA, sending.sent("ses-2", T.plusSeconds(1), 1));

        ledger.markDealtWith(
                CUMBRIA,
                settled,
                settled.dealtWith(new Actor("jo-lead", "Jo Lead"), T.plusSeconds(60)));

        assertThat(ledger.failedOrUnsettledSince(T)).isEmpty();
        assertThat(ledger.email(CUMBRIA, "failed").orElseThrow().dealtWith())
                .isEqualTo(new SentEmail.DealtWith("Jo Lead", "jo-lead", T.plusSeconds(60)));
        assertThatThrownBy(
                        () ->
                                ledger.markDealtWith(
                                        CUMBRIA,
                                        settled,
                                        settled.dealtWith(
                                                new Actor("again", "Again"), T.plusSeconds(90))))
                .as("already dealt with")
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(
                        () ->
                                ledger.markDealtWith(
                                        CUMBRIA,
                                        sending,
                                        sending.dealtWith(
                                                new Actor("jo", "Jo"), T.plusSeconds(90))))
                .as("settled as sent since it was read")
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(ledger.email(CUMBRIA, "sending").orElseThrow().status())
                .isEqualTo(SentEmail.Status.SENT);
    }

    private static SentEmail claim(String key, Instant at) {
        return new SentEmail(
                key,
                SentEmail.Status.SENDING,
                at,
                List.of("lead@example.gov.uk"),
                List.of(),
                "Subject " + key,
                null,
                null,
                0,
                null);
    }
}
