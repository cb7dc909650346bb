package org.sendtracker.http.web.inspection;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.inspection.InspectionPages.Submitted;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * A posted event form ({@link InspectionEventsController}), from someone who may edit the
 * inspection: read against its type's form, then confirmed if need be and recorded ({@link
 * StepRecording}). Success redirects; each refusal is translated to the page shown again, with the
 * form as typed.
 */
@Singleton
final class EventSubmission {

    private final InspectionViews views;
    private final StepRecording recording;

    EventSubmission(InspectionViews views, StepRecording recording) {
        this.views = views;
        this.recording = recording;
    }

    MutableHttpResponse<?> record(
            HttpRequest<?> request, Inspection found, FormData data, Actor actor) {
        String id = found.id().value();
        Optional<EventType> type = EventType.parse(data.first("type"));
        if (type.isEmpty()) {
            return views.refusedOnPage(
                    request,
                    found,
                    "That form is not one this service knows: reload the page and try again");
        }
        EventForm form = EventForm.of(type.get(), found);
        FormSpec.Submission submission = form.spec().read(data);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", type.get().name());
        input.putAll(submission.input());
        if (type.get() == EventType.WSOA_DECISION
                && "true".equals(String.valueOf(input.get("fitForPurpose")))) {
            // the date to resubmit by is revealed only under "No": with "Yes" chosen it is hidden,
            // and what it still holds was typed before the answer changed (GOV.UK's conditional
            // reveal: a hidden field's value is ignored, not refused where it cannot be seen)
            input.remove("resubmitBy");
        }
        return recording.record(
                request,
                found,
                input,
                data,
                "/inspections/" + id + "/events",
                "Recording '" + type.get().label() + "' as entered closes this inspection.",
                actor,
                refusal -> {
                    Rejection rejection = refusal.rejection();
                    Inspection current = refusal.now();
                    return switch (refusal.kind()) {
                        case INVALID ->
                                views.inspection(
                                        request,
                                        HttpStatus.BAD_REQUEST,
                                        current,
                                        Optional.of(
                                                new Submitted(
                                                        type.get(),
                                                        form.spec()
                                                                .withErrors(
                                                                        submission,
                                                                        rejection.errors("type"),
                                                                        current.version()))),
                                        List.of(),
                                        null);
                        case STALE_VERSION ->
                                views.stale(
                                        request,
                                        current,
                                        type.get(),
                                        submission,
                                        refusal.sentAlready());
                        case NOT_FOUND -> views.notFound(request, id);
                        case FORBIDDEN, CONFLICT, NOT_ALLOWED ->
                                views.refusedOnPage(request, current, rejection.message());
                    };
                });
    }
}
