package org.sendtracker.reminders.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.testing.InMemoryNoticeLedger;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;
import org.sendtracker.shared.Result;

class UndeliveredEmailsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final InspectionId CUMBRIA = new InspectionId("cumbria-2019-03-18");
    private static final InspectionId LANCASHIRE = new InspectionId("lancashire-2017-11-13");

    private final InMemoryNoticeLedger ledger = new InMemoryNoticeLedger();
    private final UndeliveredEmails undelivered =
            new UndeliveredEmails(ledger, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void
            failedAndInterruptedSends_inTheLast30Days_newestFirst_butNotOneStillInFlight_norOneDelivered() {
        settled(CUMBRIA, "failed-recently", NOW.minus(Duration.ofDays(2)), false);
        settled(LANCASHIRE, "failed-long-ago", NOW.minus(Duration.ofDays(31)), false);
        settled(CUMBRIA, "delivered", NOW.minus(Duration.ofDays(1)), true);
        claimed(LANCASHIRE, "interrupted", NOW.minus(Duration.ofHours(5)));
        claimed(CUMBRIA, "in-flight", NOW.minus(Duration.ofMinutes(3)));

        assertThat(undelivered.recent())
                .extracting(entry -> entry.inspection().value() + " " + entry.email().key())
                .containsExactly(
                        "lancashire-2017-11-13 interrupted", "cumbria-2019-03-18 failed-recently");
    }

    @Test
    void markingOneDealtWith_takesItOffTheList_recordsWhoAndWhen_andSayingItAgainChangesNothing() {
        settled(CUMBRIA, "failed", NOW.minus(Duration.ofDays(2)), false);

        Result<SentEmail> first =
                undelivered.markDealtWith(
                        CUMBRIA.value(), "failed", new Actor("jo-lead", "Jo Lead"));
        Result<SentEmail> again =
                undelivered.markDealtWith(
                        CUMBRIA.value(), "failed", new Actor("someone-else", "Someone Else"));

        assertThat(first.orElseThrow().dealtWith())
                .isEqualTo(new SentEmail.DealtWith("Jo Lead", "jo-lead", NOW));
        assertThat(again.orElseThrow().dealtWith())
                .isEqualTo(new SentEmail.DealtWith("Jo Lead", "jo-lead", NOW));
        assertThat(undelivered.recent()).isEmpty();
        assertThat(ledger.email(CUMBRIA, "failed").orElseThrow().status())
                .isEqualTo(SentEmail.Status.FAILED);
    }

    @Test
    void onlyAnUndeliveredEmail_canBeDealtWith() {
        settled(CUMBRIA, "delivered", NOW.minus(Duration.ofDays(1)), true);
        claimed(CUMBRIA, "in-flight", NOW.minus(Duration.ofMinutes(3)));

        assertThat(undelivered.markDealtWith(CUMBRIA.value(), "delivered", new Actor("jo", "Jo")))
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "This email was delivered: there is nothing to deal with")));
        assertThat(undelivered.markDealtWith(CUMBRIA.value(), "in-flight", new Actor("jo", "Jo")))
                .isEqualTo(
                        Result.refused(
                                new Rejection.Conflict(
                                        "This email is still being sent: wait a few minutes to see whether it goes")));
        assertThat(undelivered.markDealtWith(CUMBRIA.value(), "no-such-key", new Actor("jo", "Jo")))
                .isInstanceOf(Result.Refused.class);
        assertThat(undelivered.markDealtWith("not an id", "failed", new Actor("jo", "Jo")))
                .isInstanceOf(Result.Refused.class);
    }

    @Test
    void aKeyLongerThanAnyEmailHas_isRefusedAsInvalid_andChangesNothing() {
        settled(CUMBRIA, "failed", NOW.minus(Duration.ofDays(2)), false);

        Result<SentEmail> refused =
                undelivered.markDealtWith(
                        CUMBRIA.value(), "REMINDER#" + "x".repeat(1100), new Actor("jo", "Jo"));

        assertThat(refused)
                .isEqualTo(
                        Result.refused(
                                Rejection.Invalid.of(
                                        "key",
                                        "The email's key must be 200 characters or fewer: give it as the list of undelivered emails does")));
        assertThat(undelivered.recent()).hasSize(1);
    }

    @Test
    void aKeyWithAControlCharacter_isRefusedAsInvalid() {
        assertThat(
                        undelivered.markDealtWith(
                                CUMBRIA.value(), "REMINDER#\u0000", new Actor("jo", "Jo")))
                .isEqualTo(
                        Result.refused(
                                Rejection.Invalid.of(
                                        "key",
                                        "The email's key must not contain control characters or text direction controls"
                                                + " (U+0000 at character 10)")));
    }

    @Test
    void anInspectionId_knowsItsArea() {
        assertThat(new InspectionId("cheshire-east-2018-03-12").areaId().value())
                .isEqualTo("cheshire-east");
    }

    private void claimed(InspectionId inspection, String key, Instant at) {
        ledger.claim(
                inspection,
                new SentEmail(
                        key,
                        SentEmail.Status.SENDING,
                        at,
                        List.of("a@b.example"),
                        List.of(),
                        key,
                        null,
                        null,
                        0,
                        null));
    }

    private void settled(InspectionId inspection, String key, Instant at, boolean delivered) {
        SentEmail claim =
                new SentEmail(
                        key,
                        SentEmail.Status.SENDING,
                        at.minusSeconds(1),
                        List.of("a@b.example"),
                        List.of(),
                        key,
                        null,
                        null,
                        0,
                        null);
        ledger.claim(inspection, claim);
        ledger.settle(
                inspection,
                delivered
                        ? claim.sent("id", at, 1)
                        : claim.failed("no contact holds the role", at, 3));
    }
}
