package org.sendtracker.local.stepfunctions.asl.task;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import org.sendtracker.local.stepfunctions.asl.fields.StateFields;

/** Load-time check of the API parameters an integration accepts in its {@code Parameters}. */
final class ParameterKeys {

    private ParameterKeys() {}

    static void check(
            StateFields fields,
            JsonNode parameters,
            String resource,
            Set<String> allowed,
            Set<String> required) {
        if (parameters == null || !parameters.isObject()) {
            throw fields.problem("Resource \"" + resource + "\" needs \"Parameters\"");
        }
        Iterator<String> names = parameters.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            String plain = name.endsWith(".$") ? name.substring(0, name.length() - 2) : name;
            if (!allowed.contains(plain)) {
                throw fields.problem(
                        "unsupported field \"Parameters."
                                + plain
                                + "\" for Resource \""
                                + resource
                                + "\"");
            }
        }
        for (String name : required) {
            if (!parameters.has(name) && !parameters.has(name + ".$")) {
                throw fields.problem(
                        "missing required field \"Parameters."
                                + name
                                + "\" for Resource \""
                                + resource
                                + "\"");
            }
        }
    }
}
