package org.sendtracker.infrastructure.logging;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.reflect.ClassUtils;
import io.micronaut.function.aws.DefaultDiagnosticInfoPopulator;
import io.micronaut.function.aws.DiagnosticInfoPopulator;
import jakarta.inject.Singleton;
import org.apache.logging.log4j.jul.Log4jBridgeHandler;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Each Lambda invocation's fields on every log line it writes (docs/performance.md, "Logs"):
 * Powertools for AWS Lambda puts the request id, function name, version, ARN, memory size, cold
 * start and X-Ray trace id into the logging context, and the function's JSON layout writes them.
 * Micronaut calls this for every invocation of every handler, before the handler runs, in place of
 * its own diagnostic fields.
 *
 * <p>The domain logs through {@code java.util.logging} (it depends on no logging library): where
 * the function packs Log4j's bridge (log4j-jul), the first invocation routes those records into
 * Log4j, so they come out as the same JSON lines, at the levels Log4j's configuration sets.
 *
 * <p>The local runner invokes handlers without a Lambda context: nothing is added there.
 */
@Singleton
@Replaces(DefaultDiagnosticInfoPopulator.class)
@Requires(classes = PowertoolsLogging.class)
final class LambdaLogging implements DiagnosticInfoPopulator {

    private static final String JUL_BRIDGE = "org.apache.logging.log4j.jul.Log4jBridgeHandler";

    private static volatile boolean julBridged;

    @Override
    public void populateMappingDiagnosticContextValues(Context context) {
        if (context != null) {
            bridgeJavaUtilLogging();
            PowertoolsLogging.initializeLogging(context);
        }
    }

    private static void bridgeJavaUtilLogging() {
        if (!julBridged) {
            synchronized (LambdaLogging.class) {
                if (!julBridged
                        && ClassUtils.isPresent(JUL_BRIDGE, LambdaLogging.class.getClassLoader())) {
                    // Replaces JUL's console handler (plain text on stderr); propagates Log4j's
                    // levels.
                    Log4jBridgeHandler.install(true, null, true);
                }
                julBridged = true;
            }
        }
    }

    @Override
    public void populateMappingDiagnosticContextWithXrayTraceId() {
        // Powertools adds the trace id with the context's fields.
    }
}
