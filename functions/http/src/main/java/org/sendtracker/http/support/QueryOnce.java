package org.sendtracker.http.support;

import io.micronaut.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.sendtracker.shared.FieldError;
import org.sendtracker.shared.Rejection;

/**
 * A query parameter given more than once. Micronaut binds a repeated parameter to its values joined
 * by commas, so {@code ?from=2019-01-01&from=2019-02-01} read as one would be refused as "not a
 * date", naming the wrong problem; the API says instead that it is given twice.
 */
public final class QueryOnce {

    private QueryOnce() {}

    /**
     * A refusal naming each of {@code names} that {@code request} gives more than once, in the
     * query's order; a name not among them is left to the caller (refused as not a field, or
     * ignored), however often given.
     */
    public static Optional<Rejection> repeated(HttpRequest<?> request, Collection<String> names) {
        List<FieldError> errors = new ArrayList<>();
        for (String name : request.getParameters().names()) {
            int given = request.getParameters().getAll(name).size();
            if (given > 1 && names.contains(name)) {
                errors.add(
                        new FieldError(
                                name,
                                "Give " + name + " once: the query gives it " + given + " times"));
            }
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(new Rejection.Invalid(errors));
    }
}
