package org.sendtracker.shared;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Codes a caller of the API must send (its vocabulary, so a refusal keeps them) said in words as
 * well, for the person reading the refusal: {@code "NOT_STARTED (Not started), ON_TRACK (On track)
 * or DELAYED (Delayed)"}.
 */
public final class Codes {

    private Codes() {}

    /** Each code followed by its label in brackets, in the order given, the last after "or". */
    public static <E extends Enum<E>> String inWords(
            Collection<E> codes, Function<E, String> label) {
        List<String> each =
                codes.stream().map(code -> code.name() + " (" + label.apply(code) + ")").toList();
        return Sentences.list(each, "or");
    }
}
