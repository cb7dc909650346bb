package org.sendtracker.local.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An email whose sending was interrupted (the process died between claiming it and hearing from SES)
 * is never sent again, so that it cannot arrive twice; the inspection's page says plainly that its
 * delivery is not confirmed, rather than showing it as sent or leaving it "sending" for ever.
 */
@ExtendWith(RunningSystem.class)
class InterruptedEmailTest {

    @Test
    void anEmailLeftSending_isShownAsNotConfirmed_onceItsSenderMustHaveStopped(RunningSystem system) {
        Http http = new Http(system);
        http.api("/api/areas", """
                {"id":"ambridge","name":"Ambridge","contacts":[{"name":"Al Lead","email":"lead@ambridge.example","role":"LEAD_OFFICER"}]}""");
        http.api("/api/inspections", """
                {"areaId":"ambridge","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
        NoticeLedger ledger = system.system().context().getBean(NoticeLedger.class);
        Instant now = system.system().context().getBean(Clock.class).instant();
        InspectionId id = new InspectionId("ambridge-2019-03-18");
        ledger.claim(id, email("interrupted", now.minus(SentEmail.INTERRUPTED_AFTER).minus(Duration.ofMinutes(1)), "Long ago"));
        ledger.claim(id, email("in-flight", now.minusSeconds(30), "Just now"));

        String page = http.asBrowser("GET", "/inspections/ambridge-2019-03-18").body();

        assertThat(page).contains("Email: Long ago", "Not confirmed", "was interrupted, so it may not have arrived",
                "It is not sent again, to avoid a duplicate: check with the recipients.");
        assertThat(page).contains("Email: Just now", "Sending since ");
    }

    private static SentEmail email(String key, Instant at, String subject) {
        return new SentEmail(key, SentEmail.Status.SENDING, at, List.of("lead@ambridge.example"), List.of(), subject, null, null, 0);
    }
}
