package org.sendtracker.http.inspection;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import org.sendtracker.http.support.Versions;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Recorded;
import org.sendtracker.inspection.model.Inspection;
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
                        .body(view(recorded.inspection()));
        if (recorded.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return withVersion(response, recorded.inspection());
    }

    InspectionView view(Inspection inspection) {
        return InspectionView.of(
                inspection,
                inspections.history(inspection),
                emails.emails(inspection.id()),
                inspections.today());
    }

    static MutableHttpResponse<?> withVersion(
            MutableHttpResponse<?> response, Inspection inspection) {
        return response.header(HttpHeaders.ETAG, Versions.etag(inspection.version()));
    }
}
