package org.sendtracker.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The built-in {@code deadline-rules.json} as a {@link RuleBook}, for the domain's tests. The
 * production reader (with a council's file and its checks) is the infrastructure's {@code
 * RuleBookFiles}; the domain itself reads no JSON.
 */
public final class BuiltInRules {

    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final RuleBook BOOK = read();

    private BuiltInRules() {}

    public static RuleBook get() {
        return BOOK;
    }

    private static RuleBook read() {
        try (InputStream in = RuleBook.class.getResourceAsStream(RuleBook.BUILT_IN_RESOURCE)) {
            return RuleBook.of(JSON.readValue(in, RuleFile.class).rules());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record RuleFile(String comment, List<DeadlineRule> rules) {}
}
