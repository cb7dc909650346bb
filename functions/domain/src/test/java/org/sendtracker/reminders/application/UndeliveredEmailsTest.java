package org.sendtracker.reminders.application;

import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.testing.InMemoryNoticeLedger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class UndeliveredEmailsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final InspectionId CUMBRIA = new InspectionId("cumbria-2019-03-18");
    private static final InspectionId LANCASHIRE = new InspectionId("lancashire-2017-11-13");

    private final InMemoryNoticeLedger ledger = new InMemoryNoticeLedger();
    private final UndeliveredEmails undelivered = new UndeliveredEmails(ledger, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void failedAndInterruptedSends_inTheLast30Days_newestFirst_butNotOneStillInFlight_norOneDelivered() {
        settled(CUMBRIA, "failed-recently", NOW.minus(Duration.ofDays(2)), false);
        settled(LANCASHIRE, "failed-long-ago", NOW.minus(Duration.ofDays(31)), false);
        settled(CUMBRIA, "delivered", NOW.minus(Duration.ofDays(1)), true);
        claimed(LANCASHIRE, "interrupted", NOW.minus(Duration.ofHours(5)));
        claimed(CUMBRIA, "in-flight", NOW.minus(Duration.ofMinutes(3)));

        assertThat(undelivered.recent()).extracting(entry -> entry.inspection().value() + " " + entry.email().key())
                .containsExactly("lancashire-2017-11-13 interrupted", "cumbria-2019-03-18 failed-recently");
    }

    @Test
    void anInspectionId_knowsItsArea() {
        assertThat(new InspectionId("cheshire-east-2018-03-12").areaId().value()).isEqualTo("cheshire-east");
    }

    private void claimed(InspectionId inspection, String key, Instant at) {
        ledger.claim(inspection, new SentEmail(key, SentEmail.Status.SENDING, at, List.of("a@b.example"), List.of(), key, null, null, 0));
    }

    private void settled(InspectionId inspection, String key, Instant at, boolean delivered) {
        SentEmail claim = new SentEmail(key, SentEmail.Status.SENDING, at.minusSeconds(1), List.of("a@b.example"), List.of(), key, null, null, 0);
        ledger.claim(inspection, claim);
        ledger.settle(inspection, delivered ? claim.sent("id", at, 1) : claim.failed("no contact holds the role", at, 3));
    }
}
