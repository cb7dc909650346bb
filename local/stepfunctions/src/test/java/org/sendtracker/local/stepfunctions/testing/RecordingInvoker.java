package org.sendtracker.local.stepfunctions.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendtracker.local.stepfunctions.TaskFailedException;
import org.sendtracker.local.stepfunctions.TaskInvoker;

/** A TaskInvoker for unit tests: per function, a handler; records every call. */
public final class RecordingInvoker implements TaskInvoker {

    /** What a fake function does with its payload. */
    @FunctionalInterface
    public interface Function {
        JsonNode apply(JsonNode payload) throws TaskFailedException;
    }

    /** One recorded invocation. */
    public record Call(String functionName, JsonNode payload) {}

    private final Map<String, Function> functions = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    public RecordingInvoker on(String functionName, Function function) {
        functions.put(functionName, function);
        return this;
    }

    @Override
    public synchronized JsonNode invoke(String functionName, JsonNode payload)
            throws TaskFailedException {
        calls.add(new Call(functionName, payload));
        Function function = functions.get(functionName);
        if (function == null) {
            throw new TaskFailedException(
                    "Lambda.ResourceNotFoundException", "Function not found: " + functionName);
        }
        return function.apply(payload);
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized long callsTo(String functionName) {
        return calls.stream().filter(c -> c.functionName().equals(functionName)).count();
    }
}
