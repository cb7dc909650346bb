package org.sendtracker.local.stepfunctions.eval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * How many retries each Retrier of the current state has used.
 *
 * <p>ASL spec, "Retrying after error": "the interpreter ... keeps track of the number of retries
 * ... for each Retrier"; the counts are reset when the state is entered anew.
 */
public record RetryCounters(List<Integer> counts) {

    @JsonCreator
    public RetryCounters {
        counts = List.copyOf(counts);
    }

    public static RetryCounters fresh(int retriers) {
        List<Integer> zeros = new ArrayList<>();
        for (int i = 0; i < retriers; i++) {
            zeros.add(0);
        }
        return new RetryCounters(zeros);
    }

    public int attemptsOf(int retrier) {
        return counts.get(retrier);
    }

    public RetryCounters incremented(int retrier) {
        List<Integer> next = new ArrayList<>(counts);
        next.set(retrier, next.get(retrier) + 1);
        return new RetryCounters(next);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }

    @JsonValue
    public List<Integer> counts() {
        return counts;
    }
}
