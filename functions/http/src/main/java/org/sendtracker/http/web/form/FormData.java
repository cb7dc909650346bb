package org.sendtracker.http.web.form;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A submitted form ({@code application/x-www-form-urlencoded}), decoded once, keeping every value
 * of a repeated name in order. Parsed here rather than bound by the framework so that what the
 * officer typed is kept exactly, to show back on error.
 */
public final class FormData {

    private final Map<String, List<String>> values;

    private FormData(Map<String, List<String>> values) {
        this.values = values;
    }

    public static FormData parse(String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (body != null && !body.isEmpty()) {
            for (String pair : body.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        return new FormData(values);
    }

    public static FormData of(Map<String, String> values) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((name, value) -> copy.put(name, List.of(value)));
        return new FormData(copy);
    }

    /** The first value given for {@code name}, or null. */
    public String first(String name) {
        List<String> all = values.get(name);
        return all == null || all.isEmpty() ? null : all.get(0);
    }

    /** Every value of each name, in the order posted. */
    public Map<String, List<String>> all() {
        return Collections.unmodifiableMap(values);
    }

    /** The first value of each name, as typed: what a re-rendered form shows. */
    public Map<String, String> firstValues() {
        Map<String, String> first = new LinkedHashMap<>();
        values.forEach((name, all) -> first.put(name, all.isEmpty() ? "" : all.get(0)));
        return Collections.unmodifiableMap(first);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
