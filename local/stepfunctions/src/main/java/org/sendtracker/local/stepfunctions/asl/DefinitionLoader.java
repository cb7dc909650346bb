package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sendtracker.local.stepfunctions.asl.fields.InvalidDefinitionException;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;

/**
 * Loads an ASL definition (JSONPath dialect) into a {@link StateMachineDefinition}, refusing with
 * an {@link InvalidDefinitionException} anything this engine does not implement: a state type, a
 * field, a Resource, an intrinsic function, a JSONPath feature. The refusal is what keeps the
 * project's ASL and this engine from drifting apart silently.
 */
public final class DefinitionLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TOP_LEVEL_FIELDS =
            Set.of("StartAt", "States", "Comment", "TimeoutSeconds", "Version");
    private static final Map<String, StateType> STATE_TYPES =
            Map.of(
                    "Task", new StateType(TaskState.FIELDS, TaskState::parse),
                    "Choice", new StateType(ChoiceState.FIELDS, ChoiceState::parse),
                    "Wait", new StateType(WaitState.FIELDS, WaitState::parse),
                    "Pass", new StateType(PassState.FIELDS, PassState::parse),
                    "Succeed", new StateType(SucceedState.FIELDS, SucceedState::parse),
                    "Fail", new StateType(FailState.FIELDS, FailState::parse));

    private record StateType(Set<String> fields, Function<StateFields, State> parser) {}

    private DefinitionLoader() {}

    /** Applies {@code ${Name}} substitutions, then parses and validates. */
    public static StateMachineDefinition load(
            String definition, Map<String, String> substitutions) {
        return parse(DefinitionSubstitutions.apply(definition, substitutions));
    }

    /** Parses and validates a definition that needs no substitutions. */
    public static StateMachineDefinition parse(String definition) {
        JsonNode root;
        try {
            root = JSON.readTree(definition);
        } catch (JsonProcessingException e) {
            throw new InvalidDefinitionException(
                    "Definition is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidDefinitionException("Definition must be a JSON object");
        }
        Iterator<String> fields = root.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            if (!TOP_LEVEL_FIELDS.contains(field)) {
                throw new InvalidDefinitionException(
                        "unsupported top-level field \"" + field + "\"");
            }
        }
        JsonNode version = root.get("Version");
        if (version != null && !"1.0".equals(version.asText())) {
            throw new InvalidDefinitionException(
                    "unsupported Version \"" + version.asText() + "\"");
        }
        JsonNode startAt = root.get("StartAt");
        if (startAt == null || !startAt.isTextual()) {
            throw new InvalidDefinitionException("missing required top-level field \"StartAt\"");
        }
        Map<String, State> states = parseStates(root.get("States"));
        StateMachineDefinition parsed =
                new StateMachineDefinition(
                        startAt.textValue(),
                        states,
                        timeoutSeconds(root),
                        textOrNull(root.get("Comment")));
        checkGraph(parsed, states);
        return parsed;
    }

    private static Map<String, State> parseStates(JsonNode states) {
        if (states == null || !states.isObject() || states.isEmpty()) {
            throw new InvalidDefinitionException("\"States\" must be a non-empty object");
        }
        Map<String, State> parsed = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = states.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            parsed.put(entry.getKey(), parseState(entry.getKey(), entry.getValue()));
        }
        return parsed;
    }

    private static State parseState(String name, JsonNode node) {
        if (name.isEmpty() || name.length() > 80) {
            throw new InvalidDefinitionException(
                    "State name \"" + name + "\" must be 1 to 80 characters");
        }
        JsonNode type = node.get("Type");
        if (type == null || !type.isTextual()) {
            throw new InvalidDefinitionException(
                    "State \"" + name + "\": missing required field \"Type\"");
        }
        StateType stateType = STATE_TYPES.get(type.textValue());
        if (stateType == null) {
            throw new InvalidDefinitionException(
                    "State \"" + name + "\": unsupported state type \"" + type.textValue() + "\"");
        }
        return stateType.parser().apply(new StateFields(name, node, stateType.fields()));
    }

    private static Optional<Long> timeoutSeconds(JsonNode root) {
        JsonNode value = root.get("TimeoutSeconds");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || value.longValue() < 1) {
            throw new InvalidDefinitionException(
                    "top-level \"TimeoutSeconds\" must be a positive integer");
        }
        return Optional.of(value.longValue());
    }

    /**
     * ASL spec, "Transitions": every Next, Default and Catcher Next must name a state of the
     * machine; AWS also rejects states that cannot be reached from StartAt.
     */
    private static void checkGraph(StateMachineDefinition definition, Map<String, State> states) {
        if (!states.containsKey(definition.startAt())) {
            throw new InvalidDefinitionException(
                    "\"StartAt\" names unknown state \"" + definition.startAt() + "\"");
        }
        for (State state : states.values()) {
            for (String next : state.successors()) {
                if (!states.containsKey(next)) {
                    throw new InvalidDefinitionException(
                            "State \""
                                    + state.name()
                                    + "\": transition to unknown state \""
                                    + next
                                    + "\"");
                }
            }
        }
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(definition.startAt());
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) {
                pending.addAll(states.get(name).successors());
            }
        }
        for (String name : states.keySet()) {
            if (!reached.contains(name)) {
                throw new InvalidDefinitionException(
                        "State \"" + name + "\" is not reachable from StartAt");
            }
        }
    }

    private static String textOrNull(JsonNode node) {
        return node == null ? null : node.asText();
    }
}
