package org.sendtracker.infrastructure.logging;

import com.amazonaws.services.lambda.runtime.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.function.aws.DefaultDiagnosticInfoPopulator;
import io.micronaut.function.aws.DiagnosticInfoPopulator;
import jakarta.inject.Singleton;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * Each Lambda invocation's fields on every log line it writes (docs/performance.md, "Logs"):
 * Powertools for AWS Lambda puts the request id, function name, version, ARN, memory size, cold
 * start and X-Ray trace id into the logging context, and the function's JSON layout writes them.
 * Micronaut calls this for every invocation of every handler, before the handler runs, in place of
 * its own diagnostic fields.
 *
 * <p>The local runner invokes handlers without a Lambda context: nothing is added there.
 */
@Singleton
@Replaces(DefaultDiagnosticInfoPopulator.class)
@Requires(classes = PowertoolsLogging.class)
final class LambdaLogging implements DiagnosticInfoPopulator {

    @Override
    public void populateMappingDiagnosticContextValues(Context context) {
        if (context != null) {
            PowertoolsLogging.initializeLogging(context);
        }
    }

    @Override
    public void populateMappingDiagnosticContextWithXrayTraceId() {
        // Powertools adds the trace id with the context's fields.
    }
}
