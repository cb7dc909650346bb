package org.sendtracker.local.stepfunctions;

/** The Step Functions API errors the engine answers with, named as the service names them. */
public enum ApiError {
    EXECUTION_ALREADY_EXISTS("ExecutionAlreadyExists"),
    EXECUTION_DOES_NOT_EXIST("ExecutionDoesNotExist"),
    STATE_MACHINE_DOES_NOT_EXIST("StateMachineDoesNotExist"),
    STATE_MACHINE_ALREADY_EXISTS("StateMachineAlreadyExists"),
    INVALID_DEFINITION("InvalidDefinition"),
    INVALID_ARN("InvalidArn"),
    INVALID_NAME("InvalidName"),
    INVALID_EXECUTION_INPUT("InvalidExecutionInput"),
    INVALID_OUTPUT("InvalidOutput"),
    INVALID_TOKEN("InvalidToken"),
    TASK_DOES_NOT_EXIST("TaskDoesNotExist"),
    TASK_TIMED_OUT("TaskTimedOut"),
    VALIDATION("ValidationException");

    private final String awsName;

    ApiError(String awsName) {
        this.awsName = awsName;
    }

    /** The {@code __type} of the error in the AWS JSON protocol. */
    public String awsName() {
        return awsName;
    }
}
