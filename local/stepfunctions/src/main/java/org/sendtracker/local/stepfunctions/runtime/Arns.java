package org.sendtracker.local.stepfunctions.runtime;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ARNs of the local engine: region us-east-1, account 000000000000. A state machine ARN of any
 * region and account is accepted and resolved by its name, so definitions substituted with
 * production-shaped ARNs still reach the local machines.
 */
public final class Arns {

    public static final String PREFIX = "arn:aws:states:us-east-1:000000000000:";

    private static final Pattern STATE_MACHINE =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:[0-9]{12}:stateMachine:([^:]+)");
    private static final Pattern EXECUTION =
            Pattern.compile("arn:aws[a-z-]*:states:[a-z0-9-]+:[0-9]{12}:execution:([^:]+):([^:]+)");

    private Arns() {}

    public static String stateMachine(String name) {
        return PREFIX + "stateMachine:" + name;
    }

    public static String execution(String stateMachineName, String executionName) {
        return PREFIX + "execution:" + stateMachineName + ":" + executionName;
    }

    public static Optional<String> stateMachineName(String arn) {
        Matcher matcher = STATE_MACHINE.matcher(arn == null ? "" : arn);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static boolean isExecutionArn(String arn) {
        return arn != null && EXECUTION.matcher(arn).matches();
    }
}
