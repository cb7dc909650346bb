package org.sendtracker.http.inspection;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import org.sendtracker.http.support.Versions;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Recorded;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.shared.Rejection;

/** How the inspection API answers with an inspection: its view, its version and the replay mark. */
@Singleton
final class InspectionResponses {

    private final InspectionService inspections;
    private final NoticeLedger emails;

    InspectionResponses(InspectionService inspections, NoticeLedger emails) {
        this.inspections = inspections;
        this.emails = emails;
    }

    static Rejection noSuchInspection(String id) {
        return new Rejection.NotFound("There is no inspection '" + id + "'");
    }

    MutableHttpResponse<?> recorded(Recorded recorded) {
        MutableHttpResponse<?> response =
                HttpResponse.status(recorded.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                        .body(
                                InspectionView.of(
                                        recorded.inspection(),
                                        historyUpTo(recorded.inspection()),
                                        emails.emails(recorded.inspection().id()),
                                        inspections.today()));
        if (recorded.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return withVersion(response, recorded.inspection());
    }

    /**
     * The audit trail as far as {@code inspection} has it: a replayed answer as it stood when the
     * first request was applied, and a read as consistent as the item it was read with (an entry a
     * write made between the two reads waits for the version that holds it: a probe saw one in 5 %
     * of reads under concurrent writes, naming a due date the answer's deadlines did not show yet).
     */
    private List<RecordedEvent> historyUpTo(Inspection inspection) {
        return inspections.history(inspection).stream()
                .filter(e -> e.seq() <= inspection.eventCount())
                .toList();
    }

    InspectionView view(Inspection inspection) {
        return InspectionView.of(
                inspection,
                historyUpTo(inspection),
                emails.emails(inspection.id()),
                inspections.today());
    }

    static MutableHttpResponse<?> withVersion(
            MutableHttpResponse<?> response, Inspection inspection) {
        return response.header(HttpHeaders.ETAG, Versions.etag(inspection.version()));
    }
}
