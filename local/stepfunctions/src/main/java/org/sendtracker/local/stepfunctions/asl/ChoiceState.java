package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.choice.ChoiceBranch;
import org.sendtracker.local.stepfunctions.asl.choice.ChoiceRuleParser;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ErrorNames;
import org.sendtracker.local.stepfunctions.eval.ExecutionContext;
import org.sendtracker.local.stepfunctions.eval.StepResult;

/**
 * ASL spec, "Choice State": "A Choice state ("Type":"Choice") adds branching logic ... the
 * interpreter attempts pattern-matches against the Choice Rules in array order and transitions to
 * the state specified in the "Next" field on the first Choice Rule where there is an exact match
 * ... If no Choice Rule matches and no Default is given, the interpreter raises a
 * States.NoChoiceMatched error."
 */
public record ChoiceState(
        String name, InputOutput io, List<ChoiceBranch> choices, String defaultNext)
        implements SimpleState {

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

    /** Picks the next state by the first matching Choice Rule, else Default. */
    @Override
    public InputOutput.Outcome body(InputOutput.StateInput input, ExecutionContext context) {
        for (ChoiceBranch branch : choices) {
            if (branch.rule().matches(input.effective(), context)) {
                return goTo(branch.next(), input);
            }
        }
        if (defaultNext != null) {
            return goTo(defaultNext, input);
        }
        return new InputOutput.Outcome.Finished(
                new StepResult.Failed(
                        ErrorNames.NO_CHOICE_MATCHED,
                        "No Choice Rule of state \""
                                + name
                                + "\" matched the input and it has no Default"));
    }

    private static InputOutput.Outcome goTo(String next, InputOutput.StateInput input) {
        return new InputOutput.Outcome.Result(
                input.effective(), output -> new StepResult.Next(next, output));
    }
}
