package org.sendtracker.local.stepfunctions.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;
import org.sendtracker.local.stepfunctions.eval.ErrorNames;

/**
 * The {@code ErrorEquals} of a Retrier or Catcher. ASL spec, "Error names": "States.ALL ... MUST
 * appear alone in its ErrorEquals array and MUST appear in the last Retrier/Catcher". AWS developer
 * guide: "States.TaskFailed ... acts as a wildcard that matches any known error name except for
 * States.Timeout." States.Runtime is never matched: it cannot be retried or caught.
 */
public record ErrorEquals(List<String> names) {

    static ErrorEquals parse(StateFields fields, String owner, boolean last) {
        JsonNode array = fields.get("ErrorEquals");
        if (array == null || !array.isArray() || array.isEmpty()) {
            throw fields.problem(owner + " needs a non-empty \"ErrorEquals\" array");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : array) {
            if (!name.isTextual()) {
                throw fields.problem(owner + " \"ErrorEquals\" must hold strings");
            }
            names.add(name.textValue());
        }
        if (names.contains(ErrorNames.ALL) && (names.size() > 1 || !last)) {
            throw fields.problem(
                    "\"States.ALL\" must appear alone in ErrorEquals and only in the last "
                            + owner);
        }
        return new ErrorEquals(List.copyOf(names));
    }

    public boolean matches(String error) {
        for (String name : names) {
            if (name.equals(ErrorNames.ALL) || name.equals(error)) {
                return true;
            }
            if (name.equals(ErrorNames.TASK_FAILED) && !error.equals(ErrorNames.TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
