package org.sendtracker.http.support;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The content codings a request's {@code Accept-Encoding} header accepts, with their q-values (RFC
 * 9110 §12.5.3): {@code gzip;q=0} or {@code *;q=0} without a more specific {@code gzip} refuses
 * gzip; {@code x-gzip} is gzip (§8.4.1.3); {@code *} covers every coding not named. No header means
 * no coding is asked for: the answer goes uncoded (the RFC lets a server code it, but a client that
 * sends nothing may not decode). An element whose q-value is not one ({@code q=high}, {@code
 * q=1.5}) counts as refusing its coding: an uncoded answer is never wrong.
 */
public final class AcceptEncoding {

    private static final String ANY = "*";

    private final Map<String, Double> qualities;
    private final boolean present;

    private AcceptEncoding(Map<String, Double> qualities, boolean present) {
        this.qualities = qualities;
        this.present = present;
    }

    /** The header's values as the request carries them (none when it has no such header). */
    public static AcceptEncoding of(List<String> headerValues) {
        Map<String, Double> qualities = new HashMap<>();
        for (String value : headerValues) {
            for (String element : value.split(",")) {
                String[] parts = element.split(";", -1);
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                if (coding.isEmpty()) {
                    continue;
                }
                if (coding.equals("x-gzip")) {
                    coding = "gzip";
                }
                double q = 1;
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip();
                    if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                        q = quality(parameter.substring(2).strip()).orElse(0);
                    }
                }
                qualities.merge(coding, q, Math::min);
            }
        }
        return new AcceptEncoding(Map.copyOf(qualities), !headerValues.isEmpty());
    }

    /** Whether the client accepts a gzipped answer (its q-value is above 0). */
    public boolean acceptsGzip() {
        return gzipQuality() > 0;
    }

    /**
     * Whether the client prefers gzip to no coding at all, or likes them equally (a smaller answer
     * then wins): {@code gzip}, {@code br, gzip;q=0.5} and {@code gzip, identity;q=0.5} do; {@code
     * identity, gzip;q=0.5} and {@code gzip;q=0.5, *} do not.
     */
    public boolean prefersGzip() {
        return acceptsGzip() && gzipQuality() >= identityQuality();
    }

    private double gzipQuality() {
        if (!present) {
            return 0;
        }
        return qualities.getOrDefault("gzip", qualities.getOrDefault(ANY, 0.0));
    }

    /**
     * How much the client wants the uncoded answer: as {@code identity} or {@code *} say; named by
     * neither, it ranks below every coding the client names (a client that lists codings wants one
     * of them; the RFC gives an unnamed {@code identity} no q-value, only "acceptable").
     */
    private double identityQuality() {
        return qualities.getOrDefault("identity", qualities.getOrDefault(ANY, 0.0));
    }

    /** A qvalue: 0 to 1 with at most three decimals (RFC 9110 §12.4.2). */
    private static OptionalDouble quality(String text) {
        if (!text.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(text));
    }
}
