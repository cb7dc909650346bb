package org.sendtracker.http.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.infrastructure.snapstart.Priming;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Lambda entry point: API Gateway HTTP API (payload format 2.0) events into the same Micronaut
 * controllers that serve Netty locally. The no-arg constructor is Lambda's; tests pass their own
 * {@link ApplicationContext}.
 *
 * <p>Before a SnapStart snapshot ({@link Priming}) it answers GETs of an area and an inspection that do not
 * exist, as JSON and as pages: the routes, the DynamoDB client's request path, the JSON error bodies and
 * the page layout are then loaded; and it computes a WSoA due date, which reads the bank-holiday calendar.
 */
public class HttpFunctionHandler extends APIGatewayV2HTTPEventFunction {

    /** GETs that read DynamoDB and find nothing: each must answer 404. */
    static final List<String> PRIMING_PATHS = List.of("/api/areas/" + Priming.ABSENT_AREA, "/api/inspections/" + Priming.ABSENT_INSPECTION,
            "/areas/" + Priming.ABSENT_AREA, "/inspections/" + Priming.ABSENT_INSPECTION);

    private final Priming priming = Priming.register("HttpFunction", List.of(
            new Priming.Step("GET " + String.join(", ", PRIMING_PATHS), this::answerAbsentRecords),
            new Priming.Step("bank holidays", () -> getApplicationContext().getBean(WorkingDayCalendar.class)
                    .plusWorkingDays(LocalDate.of(2019, 5, 14), 70))));

    public HttpFunctionHandler() {
        super();
    }

    public HttpFunctionHandler(ApplicationContext context) {
        super(context);
    }

    /**
     * Micronaut's Lambda context builder ({@code LambdaApplicationContextBuilder}) less its eager singletons:
     * only what a request asks for is built (docs/design.md, "Cold starts"); SnapStart's priming builds what
     * the first request needs. The builder cannot be told to drop them once set, hence its settings copied here.
     */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return ApplicationContext.builder().environments("function", "lambda").eagerInitConfiguration(true);
    }

    /** What a SnapStart snapshot's hook runs (also for a benchmark in a JVM without CRaC). */
    public Priming priming() {
        return priming;
    }

    /** Each priming GET must answer 404: anything else would mean the priming did not take the path it should. */
    private void answerAbsentRecords() {
        for (String path : PRIMING_PATHS) {
            APIGatewayV2HTTPResponse response = handleRequest(primingEvent(path), new PrimingContext());
            if (response.getStatusCode() != 404) {
                throw new IllegalStateException("priming GET " + path + " answered " + response.getStatusCode() + ", not 404");
            }
        }
    }

    /** A GET of {@code path} as API Gateway's HTTP API hands it over, asking for a page or for JSON as the path says. */
    static APIGatewayV2HTTPEvent primingEvent(String path) {
        boolean page = !path.startsWith("/api/");
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("ANY /{proxy+}").withRawPath(path).withRawQueryString("")
                .withHeaders(Map.of("accept", page ? "text/html" : "application/json", "host", "snapstart.priming"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withRequestId("snapstart-priming")
                        .withStage("$default").withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath(path).withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .build())
                .withIsBase64Encoded(false)
                .build();
    }
}
