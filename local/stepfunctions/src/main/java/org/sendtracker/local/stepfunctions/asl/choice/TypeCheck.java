package org.sendtracker.local.stepfunctions.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Optional;
import org.sendtracker.local.stepfunctions.eval.Timestamps;

/**
 * The "Is*" operators of a Choice rule; {@code value} is null when the Variable selects nothing.
 */
public enum TypeCheck {
    IS_PRESENT("IsPresent"),
    IS_NULL("IsNull"),
    IS_NUMERIC("IsNumeric"),
    IS_STRING("IsString"),
    IS_BOOLEAN("IsBoolean"),
    IS_TIMESTAMP("IsTimestamp");

    private final String aslName;

    TypeCheck(String aslName) {
        this.aslName = aslName;
    }

    String aslName() {
        return aslName;
    }

    static Optional<TypeCheck> named(String field) {
        return Arrays.stream(values()).filter(c -> c.aslName.equals(field)).findFirst();
    }

    boolean test(JsonNode value) {
        return switch (this) {
            case IS_PRESENT -> value != null;
            case IS_NULL -> value.isNull();
            case IS_NUMERIC -> value.isNumber();
            case IS_STRING -> value.isTextual();
            case IS_BOOLEAN -> value.isBoolean();
            case IS_TIMESTAMP ->
                    value.isTextual() && Timestamps.parse(value.textValue()).isPresent();
        };
    }
}
