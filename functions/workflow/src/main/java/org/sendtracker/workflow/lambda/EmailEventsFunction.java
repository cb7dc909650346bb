package org.sendtracker.workflow.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.reminders.application.DeliveryReports;

/**
 * SES's reports on the emails the workflow sent, from the configuration set's EventBridge
 * destination (template.yaml, {@code EmailEventsFunction}; events/ses-email-bounced.json): records
 * each on the email, so the timeline says delivered, bounced or marked as spam and a bounce joins
 * the undelivered emails (metrics EmailsDelivered, EmailsComplained, EmailsBounced,
 * EmailsRejected). A report that overtook the sender's own record throws, so Lambda delivers it
 * again later.
 */
public class EmailEventsFunction
        extends MicronautRequestHandler<Map<String, Object>, Map<String, Object>> {

    @Inject DeliveryReports reports;

    public EmailEventsFunction() {
        super();
    }

    public EmailEventsFunction(ApplicationContext context) {
        super(context);
    }

    @Override
    public Map<String, Object> execute(Map<String, Object> event) {
        Optional<SesEvents.Report> report = SesEvents.read(event);
        if (report.isEmpty()) {
            return Map.of("outcome", "IGNORED");
        }
        SesEvents.Report r = report.get();
        DeliveryReports.Outcome outcome = reports.record(r.tags(), r.messageId(), r.event());
        if (outcome == DeliveryReports.Outcome.RECORDED) {
            String metric =
                    switch (r.event().kind()) {
                        case DELIVERED -> "EmailsDelivered";
                        case COMPLAINED -> "EmailsComplained";
                        case BOUNCED -> "EmailsBounced";
                        case REJECTED -> "EmailsRejected";
                    };
            FunctionMetrics.flush(Map.of(metric, 1), null, null);
        }
        return Map.of(
                "outcome",
                outcome.name(),
                "inspectionId",
                r.tags().inspection().value(),
                "notice",
                r.tags().noticeKey(),
                "reported",
                r.event().kind().name());
    }
}
