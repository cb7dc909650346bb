package org.sendtracker.reminders.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentEmailTest {

    private static final Instant CLAIMED = Instant.parse("2026-11-23T08:00:00Z");
    private static final SentEmail CLAIM =
            new SentEmail(
                    "k",
                    SentEmail.Status.SENDING,
                    CLAIMED,
                    List.of("a@b.example"),
                    List.of(),
                    "Subject",
                    null,
                    null,
                    0,
                    null);

    @Test
    void aClaimIsInterrupted_onlyOnceNoLambdaCouldStillBeSendingIt() {
        assertThat(CLAIM.interrupted(CLAIMED.plusSeconds(14 * 60 + 59))).isFalse();
        assertThat(CLAIM.interrupted(CLAIMED.plusSeconds(15 * 60))).isTrue();
    }

    @Test
    void aSettledEmail_isNeverInterrupted() {
        Instant later = CLAIMED.plusSeconds(3600);
        assertThat(CLAIM.sent("id-1", CLAIMED.plusSeconds(1), 1).interrupted(later)).isFalse();
        assertThat(CLAIM.failed("refused", CLAIMED.plusSeconds(1), 3).interrupted(later)).isFalse();
    }
}
