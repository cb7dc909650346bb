package org.sendtracker.http.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.application.People;
import org.sendtracker.access.model.Access;
import org.sendtracker.access.model.Person;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.inspection.application.Inspections;
import org.sendtracker.inspection.model.InspectionId;

/**
 * The HTTP function's SnapStart priming steps ({@link Priming}), all through the real request path
 * and none of them signed in: every path but the public ones needs a token, and priming neither has
 * one nor can make one. Each request must get exactly the refusal or the answer named here;
 * anything else would mean it took another path than intended (or that sign-in no longer guards
 * it), and the step fails.
 *
 * <ul>
 *   <li>Public paths: the signed-out page (routing, the page layout, the templates) and a personal
 *       calendar feed whose secret no one holds (a DynamoDB read, then 404).
 *   <li>Signed-in paths without a token: an area as JSON (401 with the JSON error body) and as a
 *       page (303 to sign-in).
 *   <li>A bearer token the validator must refuse: unsigned ({@code alg: none}) and expired in 2000.
 *       It is parsed and refused by the same filter and validator as any token (401): an unsigned
 *       token is never accepted where signatures are configured.
 *   <li>Reads of an area (its inspections and changes), an inspection and a person that do not
 *       exist, through the repositories a signed-in request uses, and that unknown person resolved
 *       as a token's subject would be (with no access, or the step fails); and a WSoA due date (the
 *       bank-holiday calendar).
 *   <li>What a signed-in request does once it is let in, with nothing real ({@link
 *       SignedInPriming}): a JWT signed and verified with a throwaway key, and synthetic records
 *       through the stored and the API's JSON.
 * </ul>
 */
final class HttpPriming {

    /**
     * An unsigned JWT ({@code alg: none}) that expired on 1 January 2000: a token no configuration
     * accepts.
     */
    static final String REFUSED_TOKEN =
            base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")
                    + "."
                    + base64Url(
                            "{\"sub\":\""
                                    + Priming.ABSENT_AREA
                                    + "\",\"iss\":\"https://snapstart.priming\",\"token_use\":\"access\",\"exp\":946684800}")
                    + ".";

    /** A GET, the headers it carries and the status it must get. */
    record Probe(String path, Map<String, String> headers, int expected) {}

    static final List<Probe> PROBES =
            List.of(
                    new Probe("/signed-out", Map.of("accept", "text/html"), 200),
                    new Probe(
                            "/feeds/" + Priming.ABSENT_AREA + "/calendar.ics",
                            Map.of("accept", "*/*"),
                            404),
                    new Probe(
                            "/api/areas/" + Priming.ABSENT_AREA,
                            Map.of("accept", "application/json"),
                            401),
                    new Probe("/areas/" + Priming.ABSENT_AREA, Map.of("accept", "text/html"), 303),
                    new Probe(
                            "/api/inspections/" + Priming.ABSENT_INSPECTION,
                            Map.of(
                                    "accept",
                                    "application/json",
                                    "authorization",
                                    "Bearer " + REFUSED_TOKEN),
                            401));

    private HttpPriming() {}

    /** The steps, each sending its requests through {@code handle} or reading through beans. */
    static List<Priming.Step> steps(
            Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handle,
            ApplicationContext context) {
        List<Priming.Step> steps =
                new ArrayList<>(
                        List.of(
                                new Priming.Step(
                                        "GET "
                                                + String.join(
                                                        ", ",
                                                        PROBES.stream().map(Probe::path).toList())
                                                + " (public, or refused: not signed in)",
                                        () ->
                                                PROBES.forEach(
                                                        probe ->
                                                                expect(
                                                                        probe,
                                                                        handle.apply(
                                                                                event(probe))))),
                                new Priming.Step(
                                        "reads of an absent area (its inspections and changes too), inspection and person",
                                        () -> {
                                            AreaId absent = new AreaId(Priming.ABSENT_AREA);
                                            context.getBean(Areas.class).find(absent);
                                            context.getBean(Areas.class).changes(absent);
                                            context.getBean(Inspections.class).inArea(absent);
                                            context.getBean(Inspections.class)
                                                    .find(
                                                            new InspectionId(
                                                                    Priming.ABSENT_INSPECTION));
                                            context.getBean(People.class).find(Priming.ABSENT_AREA);
                                            Person unknown =
                                                    context.getBean(AccessService.class)
                                                            .resolve(
                                                                    Priming.ABSENT_AREA,
                                                                    "SnapStart priming",
                                                                    null);
                                            if (!unknown.access().equals(Access.NONE)) {
                                                throw new IllegalStateException(
                                                        "priming's unknown person was given access");
                                            }
                                        }),
                                new Priming.Step(
                                        "bank holidays",
                                        () ->
                                                context.getBean(WorkingDayCalendar.class)
                                                        .plusWorkingDays(
                                                                LocalDate.of(2019, 5, 14), 70))));
        steps.addAll(SignedInPriming.steps(context));
        return List.copyOf(steps);
    }

    private static void expect(Probe probe, APIGatewayV2HTTPResponse response) {
        if (response.getStatusCode() != probe.expected()) {
            throw new IllegalStateException(
                    "priming GET "
                            + probe.path()
                            + " answered "
                            + response.getStatusCode()
                            + ", not "
                            + probe.expected());
        }
    }

    /** A GET as API Gateway's HTTP API hands it over. */
    static APIGatewayV2HTTPEvent event(Probe probe) {
        Map<String, String> headers = new LinkedHashMap<>(probe.headers());
        headers.put("host", "snapstart.priming");
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("ANY /{proxy+}")
                .withRawPath(probe.path())
                .withRawQueryString("")
                .withHeaders(headers)
                .withRequestContext(
                        APIGatewayV2HTTPEvent.RequestContext.builder()
                                .withRequestId("snapstart-priming")
                                .withStage("$default")
                                .withHttp(
                                        APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                                .withMethod("GET")
                                                .withPath(probe.path())
                                                .withProtocol("HTTP/1.1")
                                                .withSourceIp("127.0.0.1")
                                                .build())
                                .build())
                .withIsBase64Encoded(false)
                .build();
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
