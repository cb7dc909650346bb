package org.sendtracker.workflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a function writes to standard output while it runs (where Lambda takes its logs and EMF
 * metrics from).
 */
public final class StandardOutput {

    private StandardOutput() {}

    public static List<String> linesOf(Runnable run) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The CloudWatch embedded metric format documents among {@code lines}. */
    public static List<JsonNode> emfDocuments(List<String> lines) {
        return lines.stream()
                .filter(line -> line.startsWith("{") && line.contains("\"_aws\""))
                .map(WorkflowStack::tree)
                .toList();
    }
}
