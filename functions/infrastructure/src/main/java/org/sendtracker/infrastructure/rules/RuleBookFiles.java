package org.sendtracker.infrastructure.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.DeadlineRule;
import org.sendtracker.rules.Framework;
import org.sendtracker.rules.RuleBook;

/**
 * Reads the {@link RuleBook}: the built-in {@code deadline-rules.json}, or a council's corrected
 * copy ({@code sendtracker.rules-file}), which must still hold every rule the lifecycles ask for.
 * Any fault fails at start-up naming the file.
 */
public final class RuleBookFiles {

    private static final ObjectMapper JSON =
            new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private RuleBookFiles() {}

    /** The built-in rules. */
    public static RuleBook builtIn() {
        return load(Optional.empty());
    }

    /** The built-in rules, or those in {@code file} when given. */
    public static RuleBook load(Optional<Path> file) {
        String name = file.map(Path::toString).orElse(RuleBook.BUILT_IN_RESOURCE);
        List<DeadlineRule> rules;
        try (InputStream in =
                file.isPresent()
                        ? Files.newInputStream(file.get())
                        : RuleBook.class.getResourceAsStream(RuleBook.BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RuleBook.BUILT_IN_RESOURCE);
            }
            JsonNode tree = JSON.readTree(in);
            if (file.isPresent()) {
                renameRevisitReport(tree);
                fillSetBy(tree, builtIn());
            }
            rules = JSON.treeToValue(tree, RuleFile.class).rules();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read deadline rules from " + name, e);
        }
        RuleBook book;
        try {
            book = RuleBook.of(rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "cannot read deadline rules from " + name + ": " + e.getMessage(), e);
        }
        if (file.isPresent()) {
            List<String> missing = book.lacking(builtIn());
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

    /**
     * A council's copy written before the revisit report was a deadline of its own gave its
     * expected date as the {@code REVISIT} rule's {@code report} variant: that rule (with the
     * council's figure) is the {@code REVISIT_REPORT} rule now.
     */
    private static void renameRevisitReport(JsonNode tree) {
        for (JsonNode rule : tree.path("rules")) {
            if (rule instanceof ObjectNode object
                    && object.path("framework").asText().equals(Framework.LASEND_2016.name())
                    && object.path("kind").asText().equals(DeadlineKind.REVISIT.name())
                    && object.path("variant").asText().equals("report")) {
                object.put("kind", DeadlineKind.REVISIT_REPORT.name()).put("variant", "");
            }
        }
    }

    /**
     * A council's copy written before rules said who sets the date ({@code setBy}) takes each
     * rule's value from the built-in rule of the same framework, kind and variant, else {@code
     * COUNCIL}.
     */
    private static void fillSetBy(JsonNode tree, RuleBook builtIn) {
        JsonNode rules = tree.path("rules");
        if (!rules.isArray()) {
            return;
        }
        for (JsonNode rule : rules) {
            if (rule instanceof ObjectNode object && !object.has("setBy")) {
                DateSetter setBy = DateSetter.COUNCIL;
                for (DeadlineRule known : builtIn.all()) {
                    if (known.framework().name().equals(object.path("framework").asText())
                            && known.kind().name().equals(object.path("kind").asText())
                            && known.variant().equals(object.path("variant").asText(""))) {
                        setBy = known.setBy();
                    }
                }
                object.put("setBy", setBy.name());
            }
        }
    }

    private record RuleFile(String comment, List<DeadlineRule> rules) {}
}
