package org.sendtracker.local.stepfunctions.asl.fields;

/**
 * A definition this engine refuses to load: invalid ASL, or ASL using a state type, field, resource
 * or function the engine does not implement. The message names the state and the field.
 */
public class InvalidDefinitionException extends RuntimeException {

    public InvalidDefinitionException(String message) {
        super(message);
    }

    public InvalidDefinitionException(String message, Throwable cause) {
        super(message, cause);
    }
}
