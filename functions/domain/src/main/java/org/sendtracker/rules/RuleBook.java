package org.sendtracker.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every deadline rule of both frameworks, read from {@code deadline-rules.json} (one place, each
 * rule with its source). A council can correct a figure by pointing {@link #load(Optional)} at its
 * own copy of the file: no code change.
 */
public final class RuleBook {

    private static final String BUILT_IN = "/org/sendtracker/rules/deadline-rules.json";
    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

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

    /** The built-in rules, or those in {@code file} when given. */
    public static RuleBook load(Optional<Path> file) {
        String name = file.map(Path::toString).orElse(BUILT_IN);
        List<DeadlineRule> rules;
        try (InputStream in =
                file.isPresent()
                        ? Files.newInputStream(file.get())
                        : RuleBook.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            rules = JSON.readValue(in, RuleFile.class).rules();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read deadline rules from " + name, e);
        }
        if (rules == null || rules.contains(null)) {
            throw new IllegalArgumentException(
                    "cannot read deadline rules from "
                            + name
                            + ": \"rules\" must be a list of rules");
        }
        RuleBook book;
        try {
            book = new RuleBook(rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "cannot read deadline rules from " + name + ": " + e.getMessage(), e);
        }
        if (file.isPresent()) {
            List<String> missing =
                    builtIn().keys().stream().filter(key -> !book.keys().contains(key)).toList();
            if (!missing.isEmpty()) {
                throw new IllegalArgumentException(
                        "cannot read deadline rules from "
                                + name
                                + ": it lacks rules the lifecycles need: "
                                + missing
                                + " (copy them from the built-in file)");
            }
        }
        return book;
    }

    /** Every rule's key, e.g. {@code LASEND_2016 REVISIT/notice}. */
    private java.util.Set<String> keys() {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        rules.forEach(
                (framework, byKey) ->
                        byKey.keySet().forEach(key -> keys.add(framework + " " + key)));
        return keys;
    }

    public static RuleBook builtIn() {
        return load(Optional.empty());
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

    private record RuleFile(String comment, List<DeadlineRule> rules) {}
}
