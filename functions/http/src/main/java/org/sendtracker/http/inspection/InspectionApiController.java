package org.sendtracker.http.inspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;
import java.util.Optional;
import org.sendtracker.http.security.Caller;
import org.sendtracker.http.security.Callers;
import org.sendtracker.http.support.ApiResponses;
import org.sendtracker.http.support.JsonBody;
import org.sendtracker.http.support.Versions;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Recorded;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.shared.Rejection;

/**
 * {@code /api/inspections}: record inspections and what happens to them (docs/domain-rules.md §3).
 */
@Controller("/api/inspections")
@Consumes(MediaType.APPLICATION_JSON)
final class InspectionApiController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final InspectionService inspections;
    private final NoticeLedger emails;
    private final JsonBody json;
    private final Callers callers;

    InspectionApiController(
            InspectionService inspections, NoticeLedger emails, JsonBody json, Callers callers) {
        this.inspections = inspections;
        this.emails = emails;
        this.json = json;
        this.callers = callers;
    }

    /**
     * Recording an inspection is its area's editors' (an area the caller cannot read is answered as
     * unknown).
     */
    @Post
    MutableHttpResponse<?> create(HttpRequest<?> request, @Nullable @Body String body) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                json.parse(body)
                                        .flatMap(
                                                input -> {
                                                    String area =
                                                            input.get("areaId")
                                                                            instanceof String text
                                                                    ? text
                                                                    : null;
                                                    return caller.toEdit(
                                                                    area,
                                                                    () ->
                                                                            InspectionService
                                                                                    .noSuchArea(
                                                                                            area))
                                                            .flatMap(
                                                                    actor ->
                                                                            inspections.create(
                                                                                    input, actor));
                                                }),
                                created ->
                                        withVersion(HttpResponse.created(view(created)), created)
                                                .header(
                                                        HttpHeaders.LOCATION,
                                                        "/api/inspections/"
                                                                + created.id().value())));
    }

    @Get("/{id}")
    MutableHttpResponse<?> get(HttpRequest<?> request, @PathVariable String id) {
        Caller caller = callers.require(request);
        return inspections
                .find(id)
                .filter(found -> caller.canRead(found.areaId().value()))
                .<MutableHttpResponse<?>>map(
                        found -> withVersion(HttpResponse.ok(view(found)), found))
                .orElseGet(() -> ApiResponses.refused(noSuchInspection(id)));
    }

    @Get
    MutableHttpResponse<?> inArea(HttpRequest<?> request, @Nullable @QueryValue String areaId) {
        if (areaId == null || areaId.isBlank()) {
            return ApiResponses.refused(
                    Rejection.Invalid.of("areaId", "Give the area, for example ?areaId=cumbria"));
        }
        if (!callers.require(request).canRead(areaId)) {
            return ApiResponses.refused(
                    new Rejection.NotFound("There is no area '" + areaId + "'"));
        }
        return ApiResponses.respond(
                inspections.inArea(areaId),
                found ->
                        HttpResponse.ok(
                                found.stream()
                                        .map(i -> InspectionView.Summary.of(i, inspections.today()))
                                        .toList()));
    }

    @Post("/{id}/events")
    MutableHttpResponse<?> record(
            HttpRequest<?> request,
            @PathVariable String id,
            @Nullable @Body String body,
            @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
            @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey) {
        return ApiResponses.write(
                callers.require(request),
                caller ->
                        ApiResponses.respond(
                                caller.toEdit(
                                                InspectionId.isValid(id)
                                                        ? new InspectionId(id).areaId().value()
                                                        : null,
                                                () -> noSuchInspection(id))
                                        .flatMap(
                                                actor ->
                                                        Versions.ifMatch(ifMatch)
                                                                .flatMap(
                                                                        version ->
                                                                                json.parse(body)
                                                                                        .flatMap(
                                                                                                input ->
                                                                                                        inspections
                                                                                                                .record(
                                                                                                                        id,
                                                                                                                        input,
                                                                                                                        version,
                                                                                                                        Optional
                                                                                                                                .ofNullable(
                                                                                                                                        idempotencyKey),
                                                                                                                        actor)))),
                                this::recorded));
    }

    private static Rejection noSuchInspection(String id) {
        return new Rejection.NotFound("There is no inspection '" + id + "'");
    }

    private MutableHttpResponse<?> recorded(Recorded recorded) {
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

    /** A replayed answer shows the audit trail as it stood when the first request was applied. */
    private List<RecordedEvent> historyUpTo(Inspection inspection) {
        return inspections.history(inspection).stream()
                .filter(e -> e.seq() <= inspection.eventCount())
                .toList();
    }

    private InspectionView view(Inspection inspection) {
        return InspectionView.of(
                inspection,
                inspections.history(inspection),
                emails.emails(inspection.id()),
                inspections.today());
    }

    private static MutableHttpResponse<?> withVersion(
            MutableHttpResponse<?> response, Inspection inspection) {
        return response.header(HttpHeaders.ETAG, Versions.etag(inspection.version()));
    }
}
