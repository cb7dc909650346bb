package org.sendtracker.http.web.inspection;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.StepsOnRecord;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * A posted change or withdraw form ({@link EntryCorrectionController}): recorded as a {@code
 * CORRECTION} or {@code WITHDRAWAL} through the same application service and input as the JSON API,
 * with the version the form was rendered from and its idempotency key; one that would close the
 * inspection is confirmed first ({@link StepRecording}). Success goes back to the inspection; a
 * refusal shows the form again with its errors, or the reason the history could not be so.
 */
@Singleton
final class CorrectionSubmission {

    private final InspectionService inspections;
    private final InspectionViews views;
    private final StepRecording recording;
    private final CorrectionForm forms;
    private final Pages pages;

    CorrectionSubmission(
            InspectionService inspections,
            InspectionViews views,
            StepRecording recording,
            CorrectionForm forms,
            Pages pages) {
        this.inspections = inspections;
        this.views = views;
        this.recording = recording;
        this.forms = forms;
        this.pages = pages;
    }

    MutableHttpResponse<?> submit(
            HttpRequest<?> request, String id, String seqText, FormData data, boolean withdraw) {
        Caller caller = pages.caller(request);
        Optional<Inspection> found =
                inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
        if (found.isEmpty()) {
            return views.notFound(request, id);
        }
        return caller.toEdit(found.get().areaId().value(), () -> new Rejection.NotFound(id))
                .fold(
                        actor -> submit(request, found.get(), seqText, data, withdraw, actor),
                        cannot -> pages.forbidden(request, cannot));
    }

    private MutableHttpResponse<?> submit(
            HttpRequest<?> request,
            Inspection current,
            String seqText,
            FormData data,
            boolean withdraw,
            Actor actor) {
        String id = current.id().value();
        StepsOnRecord steps = StepsOnRecord.of(inspections.history(current));
        Integer seq = CorrectionForm.standing(steps, seqText);
        if (seq == null) {
            // as the form's own address answers: not found, saying why (withdrawn, or never a step)
            return views.entryNotFound(request, current, steps, seqText);
        }
        FormSpec spec = CorrectionForm.spec(current, steps, seq, withdraw);
        FormSpec.Submission submission = spec.read(data);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", withdraw ? "WITHDRAWAL" : "CORRECTION");
        input.put(withdraw ? "withdraws" : "corrects", seq);
        input.putAll(
                withdraw
                        ? submission.input()
                        : CorrectionForms.corrected(
                                steps,
                                seq,
                                submission,
                                CorrectionForms.asksOutcome(current, steps, seq)));
        return recording.record(
                request,
                current,
                input,
                data,
                CorrectionForm.action(id, seq, withdraw),
                (withdraw ? "Withdrawing " : "Changing ")
                        + steps.describe(seq).orElseThrow()
                        + " would close the inspection.",
                actor,
                refusal -> {
                    Rejection rejection = refusal.rejection();
                    Inspection now = refusal.now();
                    return switch (refusal.kind()) {
                        case INVALID ->
                                forms.page(
                                        request,
                                        HttpStatus.BAD_REQUEST,
                                        now,
                                        steps,
                                        seq,
                                        withdraw,
                                        spec.withErrors(
                                                submission,
                                                rejection.errors("reason"),
                                                now.version()));
                        case NOT_FOUND -> views.notFound(request, id);
                        case FORBIDDEN -> pages.forbidden(request, rejection);
                        case STALE_VERSION, CONFLICT, NOT_ALLOWED ->
                                again(
                                        request,
                                        now,
                                        seq,
                                        withdraw,
                                        submission,
                                        refusal.kind() == Rejection.Kind.STALE_VERSION
                                                ? stale(refusal.sentAlready())
                                                : rejection.message());
                    };
                });
    }

    /**
     * The form again, as typed, on the inspection as it is now, saying why it was not recorded (the
     * version it was opened on is gone, or a later step stands on this one); the not-found page if
     * someone has withdrawn the step meanwhile.
     */
    private MutableHttpResponse<?> again(
            HttpRequest<?> request,
            Inspection now,
            int seq,
            boolean withdraw,
            FormSpec.Submission submission,
            String why) {
        StepsOnRecord steps = StepsOnRecord.of(inspections.history(now));
        if (!steps.standing(seq)) {
            return views.entryNotFound(request, now, steps, String.valueOf(seq));
        }
        FormSpec spec = CorrectionForm.spec(now, steps, seq, withdraw);
        return forms.page(
                request,
                HttpStatus.CONFLICT,
                now,
                steps,
                seq,
                withdraw,
                spec.withErrors(submission, List.of(), now.version())
                        .withProblemFirst(new Problem("#" + spec.id(), why)));
    }

    private static String stale(boolean sentAlready) {
        return (sentAlready
                        ? "This form was already sent from this page, and the inspection may have"
                                + " changed since."
                        : "This inspection was changed by someone else after you opened this page.")
                + " Check the step as it now stands below and in the inspection's timeline, then"
                + " submit again if you still need to.";
    }
}
