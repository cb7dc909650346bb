package org.sendtracker.local.stepfunctions.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Task tokens name the execution they belong to ({@code base64url(executionArn).randomId}), so a
 * callback finds its execution without an index that would have to survive restarts.
 */
public final class TaskTokens {

    private TaskTokens() {}

    public static String issue(String executionArn, String randomId) {
        return Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(executionArn.getBytes(StandardCharsets.UTF_8))
                + "."
                + randomId;
    }

    /** The execution ARN inside a token; empty for a malformed token. */
    public static Optional<String> executionArn(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            String arn =
                    new String(
                            Base64.getUrlDecoder().decode(token.substring(0, dot)),
                            StandardCharsets.UTF_8);
            return Arns.isExecutionArn(arn) ? Optional.of(arn) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
