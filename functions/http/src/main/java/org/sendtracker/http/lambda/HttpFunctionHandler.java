package org.sendtracker.http.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.infrastructure.snapstart.Priming;
import org.sendtracker.infrastructure.snapstart.PrimingContext;

/**
 * The Lambda entry point: API Gateway HTTP API (payload format 2.0) events into the same Micronaut
 * controllers that serve Netty locally. The no-arg constructor is Lambda's; tests pass their own
 * {@link ApplicationContext}.
 *
 * <p>Before a SnapStart snapshot ({@link Priming}) it runs {@link HttpPriming}'s requests, none
 * signed in, and reads of records that do not exist.
 */
public class HttpFunctionHandler extends APIGatewayV2HTTPEventFunction {

    private final Priming priming =
            Priming.register(
                    "HttpFunction",
                    HttpPriming.steps(
                            event -> handleRequest(event, new PrimingContext()),
                            getApplicationContext()));

    public HttpFunctionHandler() {
        super();
    }

    public HttpFunctionHandler(ApplicationContext context) {
        super(context);
    }

    /** Only what a request asks for is built: {@link Priming#lambdaContextBuilder()}. */
    @Override
    protected ApplicationContextBuilder newApplicationContextBuilder() {
        return Priming.lambdaContextBuilder();
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return super.handleRequest(withCookieHeader(event), context);
    }

    /**
     * Payload 2.0 moves the browser's {@code Cookie} header into a separate {@code cookies} list,
     * which the Micronaut adapter does not read: without this, no session cookie (and so no form)
     * would ever be seen on Lambda. The list becomes the header again, as the browser sent it.
     */
    static APIGatewayV2HTTPEvent withCookieHeader(APIGatewayV2HTTPEvent event) {
        List<String> cookies = event.getCookies();
        if (cookies == null || cookies.isEmpty()) {
            return event;
        }
        Map<String, String> headers =
                event.getHeaders() == null ? new HashMap<>() : new HashMap<>(event.getHeaders());
        headers.keySet().removeIf(name -> name.equalsIgnoreCase("cookie"));
        headers.put("cookie", String.join("; ", cookies));
        event.setHeaders(headers);
        return event;
    }

    /** What a SnapStart snapshot's hook runs (also for a benchmark in a JVM without CRaC). */
    public Priming priming() {
        return priming;
    }
}
