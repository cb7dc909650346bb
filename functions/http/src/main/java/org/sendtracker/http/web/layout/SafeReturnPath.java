package org.sendtracker.http.web.layout;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import org.sendtracker.shared.UnsafeCharacters;

/**
 * Where to send the browser back to after signing in, from a {@code returnTo} that came with the
 * request and so may be anything: only a path on this site (never {@code //other.example} or {@code
 * https://other.example}: no open redirect), as a well-formed URI reference, so the redirect's
 * {@code Location} can always be built. What cannot be that (a line break, a control or text
 * direction character, a backslash, another site, something too long) falls back to the home page;
 * characters a URI may not hold as they are (a space, an accented letter) are percent-encoded, so a
 * path with a space still leads back to itself.
 */
public final class SafeReturnPath {

    public static final String HOME = "/";
    private static final int MAX_LENGTH = 2048;
    private static final String HEX = "0123456789ABCDEF";

    private SafeReturnPath() {}

    /** {@code returnTo} made safe to redirect to, or {@link #HOME}. */
    public static String of(String returnTo) {
        if (returnTo == null
                || returnTo.length() > MAX_LENGTH
                || !returnTo.startsWith("/")
                || returnTo.startsWith("//")
                || returnTo.contains("\\")
                || UnsafeCharacters.in(returnTo, false).isPresent()) {
            return HOME;
        }
        String encoded = encodeWhatAUriCannotHold(returnTo);
        try {
            URI uri = new URI(encoded);
            boolean onThisSite =
                    uri.getScheme() == null
                            && uri.getRawAuthority() == null
                            && uri.getRawPath() != null
                            && uri.getRawPath().startsWith("/")
                            && !uri.getRawPath().startsWith("//");
            return onThisSite && encoded.length() <= MAX_LENGTH ? encoded : HOME;
        } catch (URISyntaxException e) {
            return HOME;
        }
    }

    /**
     * Percent-encodes, as UTF-8, every character RFC 3986 does not allow in a path, query or
     * fragment, and a {@code %} that does not start an escape; what is already an escape is kept.
     */
    private static String encodeWhatAUriCannotHold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '%' && isEscape(text, i)) {
                out.append('%');
            } else if (c < 0x80 && c != '%' && isAllowed((char) c)) {
                out.append((char) c);
            } else {
                for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int at) {
        return at + 2 < text.length()
                && HEX.indexOf(Character.toUpperCase(text.charAt(at + 1))) >= 0
                && HEX.indexOf(Character.toUpperCase(text.charAt(at + 2))) >= 0;
    }

    /**
     * RFC 3986: unreserved, sub-delims, and the {@code : @ / ?} a path, query or fragment may hold,
     * and one {@code #}.
     */
    private static boolean isAllowed(char c) {
        return Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=:@/?#".indexOf(c) >= 0;
    }
}
