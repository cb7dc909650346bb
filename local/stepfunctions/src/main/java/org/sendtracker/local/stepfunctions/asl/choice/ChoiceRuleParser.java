package org.sendtracker.local.stepfunctions.asl.choice;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.Timestamps;
import org.sendtracker.local.stepfunctions.path.JsonPath;

/**
 * Parses the {@code Choices} of a Choice state. ASL spec, "Choice Rules": "Each Choice Rule at the
 * top level MUST have a "Next" field ... Choice Rules nested within a Boolean expression MUST NOT
 * have "Next"". Operators this engine does not implement (e.g. {@code StringMatches}) are refused.
 */
public final class ChoiceRuleParser {

    private static final Set<String> NESTED_FIELDS = nestedFields();
    private static final Set<String> TOP_LEVEL_FIELDS = topLevelFields();

    private ChoiceRuleParser() {}

    public static ChoiceBranch parseBranch(String stateName, JsonNode node) {
        StateFields fields = new StateFields(stateName, node, TOP_LEVEL_FIELDS);
        ChoiceRule rule = parseRule(fields);
        return new ChoiceBranch(rule, fields.requiredString("Next"));
    }

    private static ChoiceRule parseNested(String stateName, JsonNode node) {
        return parseRule(new StateFields(stateName, node, NESTED_FIELDS));
    }

    private static ChoiceRule parseRule(StateFields fields) {
        List<String> operators = new ArrayList<>();
        for (String candidate : NESTED_FIELDS) {
            if (!candidate.equals("Variable")
                    && !candidate.equals("Comment")
                    && fields.has(candidate)) {
                operators.add(candidate);
            }
        }
        if (operators.size() != 1) {
            throw fields.problem(
                    "a choice rule needs exactly one operator (And, Or, Not or a comparison), found "
                            + operators);
        }
        String operator = operators.get(0);
        switch (operator) {
            case "And":
            case "Or":
                List<ChoiceRule> rules = nestedRules(fields, operator);
                return operator.equals("And")
                        ? new ChoiceRule.And(rules)
                        : new ChoiceRule.Or(rules);
            case "Not":
                return new ChoiceRule.Not(parseNested(fields.stateName(), fields.get("Not")));
            default:
                return dataTest(fields, operator);
        }
    }

    private static List<ChoiceRule> nestedRules(StateFields fields, String operator) {
        JsonNode array = fields.get(operator);
        if (!array.isArray() || array.isEmpty()) {
            throw fields.problem("\"" + operator + "\" must be a non-empty array of choice rules");
        }
        List<ChoiceRule> rules = new ArrayList<>();
        array.forEach(item -> rules.add(parseNested(fields.stateName(), item)));
        return rules;
    }

    private static ChoiceRule dataTest(StateFields fields, String operator) {
        JsonPath variable =
                fields.optionalPath("Variable")
                        .orElseThrow(
                                () ->
                                        fields.problem(
                                                "choice rule \""
                                                        + operator
                                                        + "\" needs \"Variable\""));
        JsonNode operand = fields.get(operator);
        TypeCheck typeCheck = TypeCheck.named(operator).orElse(null);
        if (typeCheck != null) {
            if (!operand.isBoolean()) {
                throw fields.problem("\"" + operator + "\" must be true or false");
            }
            return new ChoiceRule.TypeTest(variable, typeCheck, operand.booleanValue());
        }
        ComparisonOperator comparison = ComparisonOperator.named(operator).orElseThrow();
        if (operator.endsWith("Path")) {
            JsonPath path = fields.optionalPath(operator).orElseThrow();
            return new ChoiceRule.Comparison(
                    variable, comparison, new ChoiceRule.Operand.PathOperand(path));
        }
        if (!literalFits(comparison.kind(), operand)) {
            throw fields.problem(
                    "\""
                            + operator
                            + "\" needs a "
                            + comparison.kind().name().toLowerCase()
                            + " value, got "
                            + operand);
        }
        return new ChoiceRule.Comparison(
                variable, comparison, new ChoiceRule.Operand.Literal(operand));
    }

    private static boolean literalFits(ComparisonOperator.ValueKind kind, JsonNode operand) {
        return switch (kind) {
            case STRING -> operand.isTextual();
            case NUMERIC -> operand.isNumber();
            case BOOLEAN -> operand.isBoolean();
            case TIMESTAMP ->
                    operand.isTextual() && Timestamps.parse(operand.textValue()).isPresent();
        };
    }

    private static Set<String> nestedFields() {
        Set<String> fields = new HashSet<>(Set.of("Variable", "Comment", "And", "Or", "Not"));
        for (ComparisonOperator.ValueKind kind : ComparisonOperator.ValueKind.values()) {
            for (ComparisonOperator.Relation relation : ComparisonOperator.Relation.values()) {
                if (kind != ComparisonOperator.ValueKind.BOOLEAN
                        || relation == ComparisonOperator.Relation.EQUALS) {
                    fields.add(kind.prefix + relation.suffix);
                    fields.add(kind.prefix + relation.suffix + "Path");
                }
            }
        }
        for (TypeCheck check : TypeCheck.values()) {
            fields.add(check.aslName());
        }
        return Set.copyOf(fields);
    }

    private static Set<String> topLevelFields() {
        Set<String> fields = new HashSet<>(nestedFields());
        fields.add("Next");
        return Set.copyOf(fields);
    }
}
