package org.sendtracker.http.web.inspection;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.LostRace;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * How every posted step ends ({@link EventSubmission}, {@link CorrectionSubmission}): confirmed
 * first if it would close the inspection ({@link ClosingConfirmation}), then recorded with the
 * version the form was rendered from and its idempotency key. Success goes back to the inspection,
 * saying which type was recorded; a refusal is the submitting form's to show, against the
 * inspection as it is now.
 */
@Singleton
final class StepRecording {

    /**
     * A refused step: why, the inspection as it is now, and whether this page's form had been sent
     * before with other answers ({@code sentAlready}: Back, another answer, send), which makes the
     * page stale whatever the versions say.
     */
    record Refusal(Rejection rejection, Inspection now, boolean sentAlready) {

        /** The kind to answer as: a page sent again is stale. */
        Rejection.Kind kind() {
            return sentAlready ? Rejection.Kind.STALE_VERSION : rejection.kind();
        }
    }

    /** The page for a refused step. */
    @FunctionalInterface
    interface Refused {
        MutableHttpResponse<?> page(Refusal refusal);
    }

    private final InspectionService inspections;
    private final ClosingConfirmation closing;

    StepRecording(InspectionService inspections, ClosingConfirmation closing) {
        this.inspections = inspections;
        this.closing = closing;
    }

    /**
     * Records {@code input} (its {@code type} the one the inspection page is told was recorded) on
     * {@code current}, after asking with {@code closes} ("Recording … closes this inspection.") if
     * it would close it; {@code data} is the form as posted to {@code action}.
     */
    MutableHttpResponse<?> record(
            HttpRequest<?> request,
            Inspection current,
            Map<String, Object> input,
            FormData data,
            String action,
            String closes,
            Actor actor,
            Refused refused) {
        Optional<MutableHttpResponse<?>> confirm =
                closing.ask(request, current, input, data, action, closes);
        if (confirm.isPresent()) {
            return confirm.get();
        }
        String id = current.id().value();
        Optional<String> key = Optional.ofNullable(data.first("idempotencyKey"));
        return Versions.ofForm(data.first("version"))
                .flatMap(expected -> inspections.record(id, input, expected, key, actor))
                .fold(
                        recorded ->
                                Pages.seeOther(
                                        "/inspections/"
                                                + id
                                                + "?recorded="
                                                + input.get("type")
                                                + "#main-content"),
                        rejection ->
                                refused.page(
                                        new Refusal(
                                                rejection,
                                                inspections.find(id).orElse(current),
                                                LostRace.isKeyReused(
                                                        rejection, key.orElse(null)))));
    }
}
