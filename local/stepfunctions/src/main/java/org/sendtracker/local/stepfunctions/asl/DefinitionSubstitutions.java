package org.sendtracker.local.stepfunctions.asl;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendtracker.local.stepfunctions.asl.fields.InvalidDefinitionException;

/**
 * Replaces {@code ${Name}} tokens in a definition as AWS SAM's {@code DefinitionSubstitutions}
 * does, before the definition is parsed. A token without a value is refused rather than left in the
 * definition, where it would only fail much later.
 */
public final class DefinitionSubstitutions {

    private static final Pattern TOKEN = Pattern.compile("\\$\\{([^}]*)}");

    private DefinitionSubstitutions() {}

    public static String apply(String definition, Map<String, String> substitutions) {
        Matcher matcher = TOKEN.matcher(definition);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = substitutions.get(name);
            if (value == null) {
                throw new InvalidDefinitionException(
                        "DefinitionSubstitutions: no value for \"${" + name + "}\"");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
