package org.sendtracker.http.web.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.support.Versions;
import org.sendtracker.http.web.form.FormData;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.StepsOnRecord;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Rejection;

/**
 * {@code /inspections/{id}/entries/{seq}/change} and {@code …/withdraw}: the forms behind the
 * timeline's "Change" and "Withdraw" links (docs/corrections-plan.md). Each posts a {@code
 * CORRECTION} or {@code WITHDRAWAL} through the same application service and input as the JSON API,
 * with the version the form was rendered from and a fresh idempotency key; one that would close the
 * inspection is confirmed first ({@link ClosingConfirmation}). Success goes back to the inspection
 * with the audit trail's sentence; a refusal shows the form again with its errors, or (409) the
 * reason the history could not be so.
 */
@Controller("/inspections/{id}/entries/{seq}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
final class CorrectionPagesController {

    private final InspectionService inspections;
    private final InspectionViews views;
    private final ClosingConfirmation closing;
    private final Pages pages;

    CorrectionPagesController(
            InspectionService inspections,
            InspectionViews views,
            ClosingConfirmation closing,
            Pages pages) {
        this.inspections = inspections;
        this.views = views;
        this.closing = closing;
        this.pages = pages;
    }

    @Get("/change")
    MutableHttpResponse<?> change(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String seq) {
        return form(request, id, seq, false);
    }

    @Get("/withdraw")
    MutableHttpResponse<?> withdraw(
            HttpRequest<?> request, @PathVariable String id, @PathVariable String seq) {
        return form(request, id, seq, true);
    }

    @Post("/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> correct(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String seq,
            @Nullable @Body String body) {
        return pages.post(request, body, post -> submit(request, id, seq, post.data(), false));
    }

    @Post("/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> withdrawn(
            HttpRequest<?> request,
            @PathVariable String id,
            @PathVariable String seq,
            @Nullable @Body String body) {
        return pages.post(request, body, post -> submit(request, id, seq, post.data(), true));
    }

    private MutableHttpResponse<?> form(
            HttpRequest<?> request, String id, String seqText, boolean withdraw) {
        Caller caller = pages.caller(request);
        Optional<Inspection> found =
                inspections.find(id).filter(i -> caller.canRead(i.areaId().value()));
        if (found.isEmpty()) {
            return views.notFound(request, id);
        }
        Inspection inspection = found.get();
        if (!caller.canEdit(inspection.areaId().value())) {
            return pages.forbidden(
                    request, "Changing this inspection's record needs editor access to its area.");
        }
        StepsOnRecord steps = StepsOnRecord.of(inspections.history(inspection));
        Integer seq = standing(steps, seqText);
        if (seq == null) {
            return views.notFound(request, id + " entry " + seqText);
        }
        FormSpec spec = withdraw ? CorrectionForms.WITHDRAW : CorrectionForms.change(steps, seq);
        FormState form =
                spec.fresh(
                        withdraw ? Map.of() : CorrectionForms.prefilled(steps, seq),
                        inspection.version());
        return page(request, HttpStatus.OK, inspection, steps, seq, withdraw, form);
    }

    private MutableHttpResponse<?> submit(
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
        Integer seq = standing(steps, seqText);
        if (seq == null) {
            return views.refusedOnPage(
                    request,
                    current,
                    "Entry " + seqText + " cannot be changed: it is not a step that stands");
        }
        FormSpec spec = withdraw ? CorrectionForms.WITHDRAW : CorrectionForms.change(steps, seq);
        FormSpec.Submission submission = spec.read(data);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("type", withdraw ? "WITHDRAWAL" : "CORRECTION");
        input.put(withdraw ? "withdraws" : "corrects", seq);
        input.putAll(submission.input());
        Optional<MutableHttpResponse<?>> confirm =
                closing.ask(
                        request,
                        current,
                        input,
                        data,
                        action(id, seq, withdraw),
                        (withdraw ? "Withdrawing " : "Changing ")
                                + steps.describe(seq).orElseThrow()
                                + " would close the inspection.");
        if (confirm.isPresent()) {
            return confirm.get();
        }
        Optional<String> key = Optional.ofNullable(data.first("idempotencyKey"));
        return Versions.ifMatch(data.first("version"))
                .flatMap(expected -> inspections.record(id, input, expected, key, actor))
                .fold(
                        recorded ->
                                Pages.seeOther(
                                        "/inspections/"
                                                + id
                                                + "?recorded="
                                                + input.get("type")
                                                + "#main-content"),
                        rejection -> {
                            Inspection now = inspections.find(id).orElse(current);
                            return switch (rejection.kind()) {
                                case INVALID ->
                                        page(
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
                                case STALE_VERSION, FORBIDDEN, CONFLICT, NOT_ALLOWED ->
                                        views.refusedOnPage(request, now, rejection.message());
                            };
                        });
    }

    private MutableHttpResponse<?> page(
            HttpRequest<?> request,
            HttpStatus status,
            Inspection inspection,
            StepsOnRecord steps,
            int seq,
            boolean withdraw,
            FormState form) {
        String id = inspection.id().value();
        String heading = withdraw ? "Withdraw a recorded step" : "Change a recorded step";
        String step = steps.describe(seq).orElseThrow();
        return Pages.render(
                status,
                "correction",
                new CorrectionPage(
                        pages.layout(request, heading, form.hasErrors()),
                        "/inspections/" + id,
                        action(id, seq, withdraw),
                        heading,
                        "You are " + (withdraw ? "withdrawing " : "changing ") + step + ".",
                        withdraw,
                        form,
                        withdraw ? List.of() : CorrectionForms.questions(steps, seq)));
    }

    private static String action(String id, int seq, boolean withdraw) {
        return "/inspections/" + id + "/entries/" + seq + (withdraw ? "/withdraw" : "/change");
    }

    /** The entry number, if it names a step that stands; else null. */
    private static Integer standing(StepsOnRecord steps, String seqText) {
        if (seqText == null || !seqText.matches("\\d{1,6}")) {
            return null;
        }
        int seq = Integer.parseInt(seqText);
        return steps.standing(seq) ? seq : null;
    }
}
