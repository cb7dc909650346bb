package org.sendtracker.workflow.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deployed state machine (statemachine/inspection-workflow.asl.json), read to check what it
 * sends and catches.
 */
public final class StateMachineDefinition {

    private static final JsonNode ASL =
            WorkflowStack.tree(
                    WorkflowStack.read(Path.of("../../statemachine/inspection-workflow.asl.json")));

    private StateMachineDefinition() {}

    /**
     * The fields of the Lambda payload a Task state sends, without the {@code .$} of JSONPath
     * values.
     */
    public static Set<String> payloadFields(String state) {
        Set<String> fields = new TreeSet<>();
        ASL.at("/States/" + state + "/Parameters/Payload")
                .fieldNames()
                .forEachRemaining(
                        name ->
                                fields.add(
                                        name.endsWith(".$")
                                                ? name.substring(0, name.length() - 2)
                                                : name));
        return fields;
    }

    /**
     * The fields of the Lambda's result a Task state's ResultSelector reads ({@code $.Payload.x}).
     */
    public static Set<String> resultFieldsRead(String state) {
        Set<String> fields = new TreeSet<>();
        ASL.at("/States/" + state + "/ResultSelector")
                .elements()
                .forEachRemaining(path -> fields.add(path.asText().replace("$.Payload.", "")));
        return fields;
    }

    /** Every error name a Task state catches. */
    public static List<String> caughtErrors(String state) {
        List<String> errors = new ArrayList<>();
        ASL.at("/States/" + state + "/Catch")
                .elements()
                .forEachRemaining(
                        c ->
                                c.get("ErrorEquals")
                                        .elements()
                                        .forEachRemaining(e -> errors.add(e.asText())));
        return errors;
    }
}
