package org.sendtracker.http.lambda;

import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.payload2.APIGatewayV2HTTPEventFunction;

/**
 * The Lambda entry point: API Gateway HTTP API (payload format 2.0) events into the same Micronaut
 * controllers that serve Netty locally. The no-arg constructor is Lambda's; tests pass their own
 * {@link ApplicationContext}.
 */
public class HttpFunctionHandler extends APIGatewayV2HTTPEventFunction {

    public HttpFunctionHandler() {
        super();
    }

    public HttpFunctionHandler(ApplicationContext context) {
        super(context);
    }
}
