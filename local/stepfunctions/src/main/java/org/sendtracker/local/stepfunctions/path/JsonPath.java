package org.sendtracker.local.stepfunctions.path;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSONPath of the subset this engine implements: {@code $}, {@code $.a.b}, {@code $.a[0]}, {@code
 * $['x']} and the context object form {@code $$.Execution.Id}.
 *
 * <p>ASL spec, "Paths": "A Path is a string, beginning with "$", used to identify components with a
 * JSON text." and "When a Path begins with "$$", two dollar signs, this signals that it is intended
 * to identify content within the Context Object." Wildcards, filters, slices and recursive descent
 * are refused when the definition is loaded, so a path either selects exactly one node or nothing.
 */
public final class JsonPath {

    private final String text;
    private final boolean contextObject;
    private final List<PathSegment> segments;

    private JsonPath(String text, boolean contextObject, List<PathSegment> segments) {
        this.text = text;
        this.contextObject = contextObject;
        this.segments = List.copyOf(segments);
    }

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming what is unsupported. */
    public static JsonPath parse(String text) {
        Objects.requireNonNull(text, "text == null");
        if (!text.startsWith("$")) {
            throw new IllegalArgumentException("a path must begin with \"$\"");
        }
        boolean context = text.startsWith("$$");
        int position = context ? 2 : 1;
        List<PathSegment> segments = new ArrayList<>();
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '.') {
                int end = position + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String name = text.substring(position + 1, end);
                if (name.isEmpty()) {
                    throw unsupported(text, "recursive descent or an empty field name");
                }
                if (name.equals("*")
                        || name.contains("@")
                        || name.contains("(")
                        || name.contains("]")) {
                    throw unsupported(text, "wildcards and expressions");
                }
                segments.add(new PathSegment.Field(name));
                position = end;
            } else if (c == '[') {
                int close = text.indexOf(']', position);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed \"[\"");
                }
                segments.add(bracketSegment(text, text.substring(position + 1, close)));
                position = close + 1;
            } else {
                throw new IllegalArgumentException(
                        "unexpected character '" + c + "' at position " + position);
            }
        }
        if (context && segments.isEmpty() && text.length() > 2) {
            throw new IllegalArgumentException("malformed context path");
        }
        return new JsonPath(text, context, segments);
    }

    private static PathSegment bracketSegment(String text, String inner) {
        if (inner.length() >= 2
                && ((inner.startsWith("'") && inner.endsWith("'"))
                        || (inner.startsWith("\"") && inner.endsWith("\"")))) {
            return new PathSegment.Field(inner.substring(1, inner.length() - 1));
        }
        if (inner.matches("[0-9]+")) {
            return new PathSegment.Index(Integer.parseInt(inner));
        }
        throw unsupported(text, "the selector [" + inner + "]");
    }

    private static IllegalArgumentException unsupported(String text, String what) {
        return new IllegalArgumentException("this engine does not implement " + what);
    }

    /** The path exactly as written in the definition. */
    public String text() {
        return text;
    }

    /** True for {@code $$...} paths, which select from the context object. */
    public boolean isContextPath() {
        return contextObject;
    }

    public List<PathSegment> segments() {
        return segments;
    }

    /** True for {@code $} alone. */
    public boolean isRoot() {
        return !contextObject && segments.isEmpty();
    }

    /**
     * Selects the node this path names in {@code input} (or {@code contextObject} for a {@code $$}
     * path); empty when nothing is there.
     */
    public Optional<JsonNode> select(JsonNode input, JsonNode contextObject) {
        JsonNode current = this.contextObject ? contextObject : input;
        for (PathSegment segment : segments) {
            if (current == null) {
                return Optional.empty();
            }
            current = segment.step(current);
        }
        return Optional.ofNullable(current);
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonPath path && path.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
