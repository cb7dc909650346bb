package org.sendtracker.reminders.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.model.DeliveryEvent;
import org.sendtracker.reminders.model.MessageTags;
import org.sendtracker.reminders.testing.InMemoryNoticeLedger;

class DeliveryReportsTest {

    private static final InspectionId ID = new InspectionId("cumbria-2019-03-18");
    private static final String KEY = "REMINDER#WSOA_SUBMISSION#2019-08-21#before-5";
    private static final MessageTags TAGS = new MessageTags(ID, KEY);
    private static final Instant SENT_AT = Instant.parse("2019-08-14T07:00:03Z");
    private static final Instant LATER = Instant.parse("2019-08-14T07:00:05Z");

    private final InMemoryNoticeLedger ledger = new InMemoryNoticeLedger();
    private final DeliveryReports reports = new DeliveryReports(ledger);

    @Test
    void aBounce_makesASentEmailBounced_withWhoAndWhy_andPutsItAmongTheUndelivered() {
        sent("msg-1");
        assertThat(reports.record(TAGS, "msg-1", bounce()))
                .isEqualTo(DeliveryReports.Outcome.RECORDED);
        SentEmail email = ledger.email(ID, KEY).orElseThrow();
        assertThat(email.status()).isEqualTo(SentEmail.Status.BOUNCED);
        assertThat(email.error())
                .isEqualTo(
                        "bounced for lead@cumbria.gov.uk: Permanent, General: 550 5.1.1 user unknown");
        assertThat(email.undelivered(LATER)).isTrue();
        assertThat(ledger.failedOrUnsettledSince(SENT_AT))
                .extracting(NoticeLedger.Ledgered::email)
                .containsExactly(email);
    }

    @Test
    void reportsOnlyEscalate_aDeliveryAfterABounceAndADuplicateChangeNothing() {
        sent("msg-1");
        assertThat(reports.record(TAGS, "msg-1", delivery()))
                .isEqualTo(DeliveryReports.Outcome.RECORDED);
        assertThat(reports.record(TAGS, "msg-1", delivery()))
                .isEqualTo(DeliveryReports.Outcome.ALREADY_KNOWN);
        assertThat(reports.record(TAGS, "msg-1", complaint()))
                .isEqualTo(DeliveryReports.Outcome.RECORDED);
        assertThat(ledger.email(ID, KEY).orElseThrow().status())
                .isEqualTo(SentEmail.Status.COMPLAINED);
        assertThat(ledger.email(ID, KEY).orElseThrow().undelivered(LATER)).isFalse();
        assertThat(reports.record(TAGS, "msg-1", bounce()))
                .isEqualTo(DeliveryReports.Outcome.RECORDED);
        assertThat(reports.record(TAGS, "msg-1", delivery()))
                .isEqualTo(DeliveryReports.Outcome.ALREADY_KNOWN);
        assertThat(ledger.email(ID, KEY).orElseThrow().status())
                .isEqualTo(SentEmail.Status.BOUNCED);
    }

    @Test
    void aReportForAnotherMessage_orAnUnknownEmail_isNotOurs() {
        sent("msg-1");
        assertThat(reports.record(TAGS, "msg-2", bounce()))
                .isEqualTo(DeliveryReports.Outcome.NOT_OURS);
        assertThat(
                        reports.record(
                                new MessageTags(ID, "PREPARE#REVISIT#2020-01-06"),
                                "msg-1",
                                bounce()))
                .isEqualTo(DeliveryReports.Outcome.NOT_OURS);
        assertThat(ledger.email(ID, KEY).orElseThrow().status()).isEqualTo(SentEmail.Status.SENT);
    }

    @Test
    void aReportForAnEmailStillSending_isRefusedForNow() {
        ledger.claim(ID, claim());
        assertThatThrownBy(() -> reports.record(TAGS, "msg-1", delivery()))
                .isInstanceOf(DeliveryReports.NotYetSettledException.class)
                .hasMessage("email " + KEY + " of cumbria-2019-03-18 is still being sent");
    }

    @Test
    void tags_travelAsSesAllowsThem_andReadBack() {
        List<MessageTags.Tag> tags = TAGS.tags();
        assertThat(tags)
                .containsExactly(
                        new MessageTags.Tag("inspection", "cumbria-2019-03-18"),
                        new MessageTags.Tag(
                                "notice",
                                "UkVNSU5ERVIjV1NPQV9TVUJNSVNTSU9OIzIwMTktMDgtMjEjYmVmb3JlLTU"));
        assertThat(tags).allMatch(tag -> tag.value().matches("[A-Za-z0-9_-]+"));
        assertThat(MessageTags.read(tags.get(0).value(), tags.get(1).value())).contains(TAGS);
        assertThat(MessageTags.read("cumbria-2019-03-18", "not base64!")).isEmpty();
        assertThat(MessageTags.read(null, "UkVN")).isEmpty();
    }

    private void sent(String messageId) {
        ledger.claim(ID, claim());
        ledger.settle(ID, claim().sent(messageId, SENT_AT, 1));
    }

    private static SentEmail claim() {
        return new SentEmail(
                KEY,
                SentEmail.Status.SENDING,
                SENT_AT,
                List.of("lead@cumbria.gov.uk"),
                List.of(),
                "[Cumbria] Written Statement of Action submission due in 5 working days: 21 August 2019",
                null,
                null,
                0,
                null);
    }

    private static DeliveryEvent bounce() {
        return new DeliveryEvent(
                DeliveryEvent.Kind.BOUNCED,
                LATER,
                List.of("lead@cumbria.gov.uk"),
                "Permanent, General: 550 5.1.1 user unknown");
    }

    private static DeliveryEvent delivery() {
        return new DeliveryEvent(
                DeliveryEvent.Kind.DELIVERED, LATER, List.of("lead@cumbria.gov.uk"), null);
    }

    private static DeliveryEvent complaint() {
        return new DeliveryEvent(
                DeliveryEvent.Kind.COMPLAINED, LATER, List.of("lead@cumbria.gov.uk"), "abuse");
    }
}
