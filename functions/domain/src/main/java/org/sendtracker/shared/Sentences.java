package org.sendtracker.shared;

import java.util.List;

/** How a sentence lists things: "a", "a and b", "a, b and c" (or "or"), as GOV.UK writes them. */
public final class Sentences {

    private Sentences() {}

    /** {@code items} as a sentence lists them, the last after {@code conjunction}. */
    public static String list(List<String> items, String conjunction) {
        if (items.size() < 2) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + " "
                + conjunction
                + " "
                + items.get(items.size() - 1);
    }
}
