package org.sendtracker.workflow.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import jakarta.inject.Singleton;
import org.sendtracker.reminders.application.Mailer;
import org.sendtracker.reminders.testing.RecordingMailer;
import org.sendtracker.workflow.application.WorkflowSignals;

/**
 * The functions' tests run with the domain's recording stand-ins for SES (whose own tests run
 * against a local SES endpoint) and Step Functions, as beans replacing the real adapters.
 */
@Factory
final class StandIns {

    /** Answers with SES-shaped message ids, as the table's stored emails then look real. */
    @Singleton
    @Replaces(Mailer.class)
    RecordingMailer mailer() {
        return RecordingMailer.answeringLikeSes();
    }

    @Singleton
    @Replaces(WorkflowSignals.class)
    RecordingSignals signals() {
        return new RecordingSignals();
    }
}
