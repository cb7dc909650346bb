package org.sendtracker.local.stepfunctions.runtime;

import java.util.Optional;

/**
 * Validates state machine and execution names as the service does (API reference, StartExecution
 * "name"): 1 to 80 characters, no white space, brackets, wildcard characters, special characters
 * {@code " # % \ ^ | ~ ` $ & , ; : /} or control characters.
 */
public final class Names {

    private static final String FORBIDDEN = "<>{}[]?*\"#%\\^|~`$&,;:/";

    private Names() {}

    /** Why {@code name} is invalid, or empty when it is valid. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty() || name.length() > 80) {
            return Optional.of("Invalid Name: '" + name + "' (must be 1 to 80 characters)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)
                    || Character.isISOControl(c)
                    || FORBIDDEN.indexOf(c) >= 0) {
                return Optional.of(
                        "Invalid Name: '" + name + "' (character '" + c + "' is not allowed)");
            }
        }
        return Optional.empty();
    }
}
