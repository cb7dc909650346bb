package org.sendtracker.local.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.sendtracker.local.workflow.LocalLambdas;

/**
 * API Gateway on the laptop: a request whose route in template.yaml ({@link ApiRoutes}) targets a
 * function other than the HTTP function is given to that function's handler (the template's {@code
 * Handler}, constructed on the runner's application context) as the HTTP API's payload 2.0 event,
 * and its answer is returned as API Gateway returns it. So the reports function's pages and PDFs
 * are served locally by its real handler, with its AWS calls attributed to it. Every other request
 * is the HTTP function's, which the runner serves on Netty directly.
 *
 * <p>First of all filters: what the target function answers is the whole answer, as on AWS, where
 * the HTTP function never sees these requests.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
final class LocalApiGateway {

    /** The function the runner itself is: its routes are served by Netty, not forwarded. */
    static final String HTTP_FUNCTION = "HttpFunction";

    private final ApplicationContext context;
    private final LocalLambdas lambdas;
    private final ApiRoutes routes = ApiRoutes.ofTheTemplate();
    private final Map<String, APIGatewayV2HTTPEventFunction> handlers = new ConcurrentHashMap<>();

    LocalApiGateway(ApplicationContext context, LocalLambdas lambdas) {
        this.context = context;
        this.lambdas = lambdas;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> forward(HttpRequest<?> request) {
        if (LocalLambdas.running().isPresent()) {
            return null; // already inside a function: this is its own request
        }
        Optional<ApiRoutes.Matched> matched =
                routes.route(request.getMethodName(), request.getPath());
        if (matched.isEmpty() || matched.get().route().function().equals(HTTP_FUNCTION)) {
            return null;
        }
        ApiRoutes.Route route = matched.get().route();
        if (request.getBody().isPresent()) {
            return HttpResponse.status(HttpStatus.NOT_IMPLEMENTED)
                    .body(
                            "The local API gateway forwards requests without a body only: "
                                    + route.key()
                                    + " goes to "
                                    + route.function());
        }
        APIGatewayV2HTTPEventFunction handler =
                handlers.computeIfAbsent(route.function(), f -> handler(route));
        APIGatewayV2HTTPEvent event = event(request, matched.get());
        APIGatewayV2HTTPResponse answer =
                lambdas.as(
                        route.function(),
                        () -> handler.handleRequest(event, new MockLambdaContext()));
        return response(answer);
    }

    private APIGatewayV2HTTPEventFunction handler(ApiRoutes.Route route) {
        String type = route.handler().substring(0, route.handler().indexOf("::"));
        try {
            return (APIGatewayV2HTTPEventFunction)
                    Class.forName(type)
                            .getConstructor(ApplicationContext.class)
                            .newInstance(unclosable(context));
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException(
                    "template.yaml: "
                            + route.function()
                            + "'s handler "
                            + route.handler()
                            + " is not an API Gateway payload 2.0 handler the runner can construct",
                    e);
        }
    }

    /**
     * The runner's context as a function's handler is given it: everything but stopping.
     * Micronaut's payload 2.0 handler adds a JVM shutdown hook that stops the context it was given;
     * on the runner's context that hook raced the runner's own (which stops the clock and the
     * timers first, then the server): the two took the server's and the context's locks in opposite
     * orders and deadlocked, so SIGTERM after a progress report was served never ended the process.
     * The runner's hook alone stops it.
     */
    static ApplicationContext unclosable(ApplicationContext context) {
        return (ApplicationContext)
                Proxy.newProxyInstance(
                        ApplicationContext.class.getClassLoader(),
                        new Class<?>[] {ApplicationContext.class},
                        (proxy, method, args) -> {
                            if (method.getParameterCount() == 0
                                    && (method.getName().equals("stop")
                                            || method.getName().equals("close"))) {
                                return method.getName().equals("stop") ? proxy : null;
                            }
                            try {
                                return method.invoke(context, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
    }

    /** The request as API Gateway's HTTP API hands it to a function (payload format 2.0). */
    static APIGatewayV2HTTPEvent event(HttpRequest<?> request, ApiRoutes.Matched matched) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        request.getHeaders()
                .forEach(
                        (name, values) -> {
                            if (name.equalsIgnoreCase("cookie")) {
                                values.forEach(
                                        v ->
                                                List.of(v.split(";\\s*")).stream()
                                                        .filter(c -> !c.isBlank())
                                                        .forEach(cookies::add));
                            } else {
                                headers.put(name.toLowerCase(), String.join(",", values));
                            }
                        });
        Map<String, String> query = new LinkedHashMap<>();
        request.getParameters()
                .forEach((name, values) -> query.put(name, String.join(",", values)));
        String rawQuery = request.getUri().getRawQuery();

        APIGatewayV2HTTPEvent.RequestContext.Http http =
                new APIGatewayV2HTTPEvent.RequestContext.Http();
        http.setMethod(request.getMethodName());
        http.setPath(request.getPath());
        http.setProtocol("HTTP/1.1");
        http.setSourceIp(request.getRemoteAddress().getAddress().getHostAddress());
        http.setUserAgent(headers.get("user-agent"));
        APIGatewayV2HTTPEvent.RequestContext context = new APIGatewayV2HTTPEvent.RequestContext();
        context.setHttp(http);
        context.setRouteKey(matched.route().key());
        context.setStage("$default");
        context.setRequestId(UUID.randomUUID().toString());
        context.setDomainName(headers.get("host"));
        context.setTimeEpoch(Instant.now().toEpochMilli());

        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setVersion("2.0");
        event.setRouteKey(matched.route().key());
        event.setRawPath(request.getPath());
        event.setRawQueryString(rawQuery == null ? "" : rawQuery);
        event.setHeaders(headers);
        event.setCookies(cookies.isEmpty() ? null : cookies);
        event.setQueryStringParameters(query.isEmpty() ? null : query);
        event.setPathParameters(
                matched.pathParameters().isEmpty() ? null : matched.pathParameters());
        event.setRequestContext(context);
        event.setIsBase64Encoded(false);
        return event;
    }

    /** The function's answer as API Gateway returns it to the browser. */
    static MutableHttpResponse<byte[]> response(APIGatewayV2HTTPResponse answer) {
        MutableHttpResponse<byte[]> response = HttpResponse.status(answer.getStatusCode(), null);
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach(response::header);
        }
        // payload format 2.0 has no multiValueHeaders: API Gateway reads "headers" (a header's
        // values joined by commas) and "cookies", and ignores the rest, so the answer's copy of
        // each header in multiValueHeaders is not sent twice here either
        if (answer.getCookies() != null) {
            answer.getCookies().forEach(c -> response.getHeaders().add("Set-Cookie", c));
        }
        String body = answer.getBody();
        if (body != null) {
            response.body(
                    answer.getIsBase64Encoded()
                            ? Base64.getDecoder().decode(body)
                            : body.getBytes(StandardCharsets.UTF_8));
        }
        return response;
    }
}
