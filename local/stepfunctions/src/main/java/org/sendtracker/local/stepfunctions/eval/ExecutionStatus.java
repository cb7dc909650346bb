package org.sendtracker.local.stepfunctions.eval;

/** The status of an execution, as the Step Functions API reports it. */
public enum ExecutionStatus {
    RUNNING,
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    ABORTED;

    public boolean isClosed() {
        return this != RUNNING;
    }
}
