package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.choice.ChoiceBranch;
import org.sendtracker.local.stepfunctions.asl.choice.ChoiceRuleParser;
import org.sendtracker.local.stepfunctions.runtime.ErrorNames;
import org.sendtracker.local.stepfunctions.runtime.ExecutionContext;
import org.sendtracker.local.stepfunctions.runtime.StepResult;

/**
 * ASL spec, "Choice State": "A Choice state ("Type":"Choice") adds branching logic ... the
 * interpreter attempts pattern-matches against the Choice Rules in array order and transitions to
 * the state specified in the "Next" field on the first Choice Rule where there is an exact match
 * ... If no Choice Rule matches and no Default is given, the interpreter raises a
 * States.NoChoiceMatched error."
 */
public record ChoiceState(
        String name, InputOutput io, List<ChoiceBranch> choices, String defaultNext)
        implements State {

    static final Set<String> FIELDS =
            Set.of("Type", "Comment", "InputPath", "OutputPath", "Choices", "Default");

    static ChoiceState parse(StateFields fields) {
        JsonNode choices = fields.get("Choices");
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            throw fields.problem("field \"Choices\" must be a non-empty array");
        }
        List<ChoiceBranch> branches = new ArrayList<>();
        choices.forEach(c -> branches.add(ChoiceRuleParser.parseBranch(fields.stateName(), c)));
        return new ChoiceState(
                fields.stateName(),
                InputOutput.parse(fields),
                List.copyOf(branches),
                fields.optionalString("Default").orElse(null));
    }

    @Override
    public List<String> successors() {
        List<String> next = new ArrayList<>();
        choices.forEach(c -> next.add(c.next()));
        if (defaultNext != null) {
            next.add(defaultNext);
        }
        return next;
    }

    @Override
    public StepResult enter(JsonNode rawInput, ExecutionContext context) {
        JsonNode effectiveInput = io.afterInputPath(rawInput, context);
        for (ChoiceBranch branch : choices) {
            if (branch.rule().matches(effectiveInput, context)) {
                return new StepResult.Next(branch.next(), io.outputOf(effectiveInput, context));
            }
        }
        if (defaultNext != null) {
            return new StepResult.Next(defaultNext, io.outputOf(effectiveInput, context));
        }
        return new StepResult.Failed(
                ErrorNames.NO_CHOICE_MATCHED,
                "No Choice Rule of state \"" + name + "\" matched the input and it has no Default");
    }
}
