package org.sendtracker.local.stepfunctions.runtime;

/**
 * Tells whether the current thread is already inside an engine call, e.g. a Lambda handler that
 * calls the engine in-process from a Task. Work queued meanwhile (executions started by a Task)
 * runs when the outermost call returns, as the real service starts them asynchronously.
 */
public final class ReentrancyGuard {

    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    public void enter() {
        depth.get()[0]++;
    }

    /** Leaves the call; true when it was the outermost one. */
    public boolean exit() {
        return --depth.get()[0] == 0;
    }
}
