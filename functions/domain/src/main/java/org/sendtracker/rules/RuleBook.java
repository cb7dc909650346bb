package org.sendtracker.rules;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every deadline rule of both frameworks, each with its source: a value built from the rules. The
 * rules themselves are data ({@code deadline-rules.json}, shipped beside this class); reading them,
 * or a council's corrected copy, is the infrastructure's job ({@code RuleBookFiles}).
 */
public final class RuleBook {

    /** Where the built-in rules lie on the class path. */
    public static final String BUILT_IN_RESOURCE = "/org/sendtracker/rules/deadline-rules.json";

    private final Map<Framework, Map<String, DeadlineRule>> rules;

    private RuleBook(List<DeadlineRule> rules) {
        this.rules = new EnumMap<>(Framework.class);
        for (DeadlineRule rule : rules) {
            DeadlineRule previous =
                    this.rules
                            .computeIfAbsent(rule.framework(), f -> new HashMap<>())
                            .put(key(rule.kind(), rule.variant()), rule);
            if (previous != null) {
                throw new IllegalArgumentException(
                        "two rules for "
                                + rule.framework()
                                + " "
                                + key(rule.kind(), rule.variant()));
            }
        }
    }

    /**
     * The book of {@code rules}.
     *
     * @throws IllegalArgumentException when the list is missing, holds a {@code null}, or gives one
     *     deadline two rules
     */
    public static RuleBook of(List<DeadlineRule> rules) {
        if (rules == null || rules.contains(null)) {
            throw new IllegalArgumentException("\"rules\" must be a list of rules");
        }
        return new RuleBook(rules);
    }

    /** Every rule's key, e.g. {@code LASEND_2016 REVISIT/notice}, sorted. */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        rules.forEach(
                (framework, byKey) ->
                        byKey.keySet().forEach(key -> keys.add(framework + " " + key)));
        return keys;
    }

    /** The keys {@code required} has and this book lacks, sorted. */
    public List<String> lacking(RuleBook required) {
        Set<String> own = keys();
        return required.keys().stream().filter(key -> !own.contains(key)).toList();
    }

    public DeadlineRule rule(Framework framework, DeadlineKind kind) {
        return rule(framework, kind, "");
    }

    public DeadlineRule rule(Framework framework, DeadlineKind kind, String variant) {
        DeadlineRule rule = rules.getOrDefault(framework, Map.of()).get(key(kind, variant));
        if (rule == null) {
            throw new IllegalStateException(
                    "no rule for " + framework + " " + key(kind, variant) + " in the rule book");
        }
        return rule;
    }

    private static String key(DeadlineKind kind, String variant) {
        return variant.isEmpty() ? kind.name() : kind.name() + "/" + variant;
    }

    public List<DeadlineRule> all() {
        return rules.values().stream().flatMap(byKind -> byKind.values().stream()).toList();
    }
}
