package org.sendtracker.workflow.application;

/** Step Functions as the workflow sees it: start an execution, wake one waiting on a task token. */
public interface WorkflowSignals {

    /**
     * Starts the named execution with its input; starting the same name with the same input twice
     * is harmless.
     */
    void start(String executionName, TickInput input);

    /**
     * Resumes the execution waiting on {@code taskToken}; false if nothing waits on it any more.
     */
    boolean wake(String taskToken);
}
