package org.sendtracker.local.stepfunctions.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A Reference Path used to write a value, as {@code ResultPath} does.
 *
 * <p>ASL spec, "Reference Paths": "A Reference Path is a Path with syntax limited in such a way
 * that it can only identify a single node in a JSON structure: The operators "@", ",", ":", and "?"
 * are not supported". This engine further limits writes to object fields: an array index in a
 * ResultPath is refused at load time.
 */
public final class ReferencePath {

    private final JsonPath path;

    private ReferencePath(JsonPath path) {
        this.path = path;
    }

    /** Parses a reference path; throws {@link IllegalArgumentException} naming what is refused. */
    public static ReferencePath parse(String text) {
        JsonPath path = JsonPath.parse(text);
        if (path.isContextPath()) {
            throw new IllegalArgumentException(
                    "a reference path cannot address the context object");
        }
        if (path.segments().stream().anyMatch(PathSegment.Index.class::isInstance)) {
            throw new IllegalArgumentException(
                    "this engine does not implement writing into arrays");
        }
        return new ReferencePath(path);
    }

    public String text() {
        return path.text();
    }

    /**
     * Returns a copy of {@code target} with {@code value} placed at this path, creating the objects
     * on the way. Empty when {@code target} (or a node on the way) is not an object, which the
     * caller reports as {@code States.ResultPathMatchFailure}.
     *
     * <p>ASL spec, "ResultPath": "the ResultPath field's value is a Reference Path that specifies
     * where to place the result, relative to the raw input. If the raw input has a field at the
     * location addressed by the ResultPath value then in the output that field is discarded and
     * overwritten by the state's result. Otherwise, a new field is created in the state output."
     */
    public Optional<JsonNode> write(JsonNode target, JsonNode value) {
        List<PathSegment> segments = path.segments();
        if (segments.isEmpty()) {
            return Optional.of(value);
        }
        if (!target.isObject()) {
            return Optional.empty();
        }
        ObjectNode root = target.deepCopy();
        ObjectNode current = root;
        for (int i = 0; i < segments.size() - 1; i++) {
            String name = ((PathSegment.Field) segments.get(i)).name();
            JsonNode child = current.get(name);
            if (child == null || child.isNull()) {
                child = JsonNodeFactory.instance.objectNode();
                current.set(name, child);
            } else if (!child.isObject()) {
                return Optional.empty();
            }
            current = (ObjectNode) child;
        }
        current.set(((PathSegment.Field) segments.get(segments.size() - 1)).name(), value);
        return Optional.of(root);
    }

    @Override
    public String toString() {
        return path.text();
    }
}
