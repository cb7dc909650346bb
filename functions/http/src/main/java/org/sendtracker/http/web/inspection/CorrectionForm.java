package org.sendtracker.http.web.inspection;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.web.form.FormSpec;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.StepsOnRecord;
import org.sendtracker.inspection.model.Inspection;

/**
 * The change and withdraw forms of a recorded step ({@link EntryCorrectionController}): who may see
 * one, which entry it is about, and the page itself, fresh or shown again with its errors by {@link
 * CorrectionSubmission}.
 */
@Singleton
final class CorrectionForm {

    private final InspectionService inspections;
    private final InspectionViews views;
    private final Pages pages;

    CorrectionForm(InspectionService inspections, InspectionViews views, Pages pages) {
        this.inspections = inspections;
        this.views = views;
        this.pages = pages;
    }

    MutableHttpResponse<?> form(
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
            return views.entryNotFound(request, inspection, steps, seqText);
        }
        FormSpec spec = spec(inspection, steps, seq, withdraw);
        FormState form =
                spec.fresh(
                        withdraw
                                ? Map.of()
                                : CorrectionForms.prefilled(
                                        steps,
                                        seq,
                                        CorrectionForms.asksOutcome(inspection, steps, seq)),
                        inspection.version());
        return page(request, HttpStatus.OK, inspection, steps, seq, withdraw, form);
    }

    MutableHttpResponse<?> page(
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
                        withdraw ? List.of() : CorrectionForms.questions(steps, seq),
                        !withdraw && CorrectionForms.asksOutcome(inspection, steps, seq)));
    }

    static FormSpec spec(Inspection inspection, StepsOnRecord steps, int seq, boolean withdraw) {
        return withdraw
                ? CorrectionForms.WITHDRAW
                : CorrectionForms.change(
                        steps, seq, CorrectionForms.asksOutcome(inspection, steps, seq));
    }

    static String action(String id, int seq, boolean withdraw) {
        return "/inspections/" + id + "/entries/" + seq + (withdraw ? "/withdraw" : "/change");
    }

    /** The entry number, if it names a step that stands; else null. */
    static Integer standing(StepsOnRecord steps, String seqText) {
        if (seqText == null || !seqText.matches("\\d{1,6}")) {
            return null;
        }
        int seq = Integer.parseInt(seqText);
        return steps.standing(seq) ? seq : null;
    }
}
