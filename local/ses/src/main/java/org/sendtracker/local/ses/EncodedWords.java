package org.sendtracker.local.ses;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RFC 2047 "encoded-words", the way a header such as {@code Subject} carries text that is not plain
 * ASCII: {@code =?UTF-8?B?<base64>?=}. RFC 2047 §2 limits an encoded-word to 75 characters and a
 * line holding one to 76, and §5 forbids splitting a character across two words, so long text
 * becomes several words of whole characters on folded lines; §6.2 has a reader drop the white space
 * between them.
 */
final class EncodedWords {

    /**
     * 36 bytes are 48 base64 characters: "=?UTF-8?B?" + 48 + "?=" = 60, room for "Subject: " on the
     * first line.
     */
    private static final int MAX_BYTES_PER_WORD = 36;

    private static final Pattern WORD =
            Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private EncodedWords() {}

    /**
     * The words for {@code text}, separated by CRLF and a space so that each sits on a line of its
     * own.
     */
    static String encode(String text) {
        StringBuilder words = new StringBuilder();
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        text.codePoints()
                .forEach(
                        codePoint -> {
                            byte[] bytes =
                                    new String(Character.toChars(codePoint))
                                            .getBytes(StandardCharsets.UTF_8);
                            if (chunk.size() + bytes.length > MAX_BYTES_PER_WORD) {
                                appendWord(words, chunk);
                            }
                            chunk.writeBytes(bytes);
                        });
        appendWord(words, chunk);
        return words.toString();
    }

    private static void appendWord(StringBuilder words, ByteArrayOutputStream chunk) {
        if (chunk.size() == 0) {
            return;
        }
        if (words.length() > 0) {
            words.append("\r\n ");
        }
        words.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(chunk.toByteArray()))
                .append("?=");
        chunk.reset();
    }

    /**
     * An unfolded header value with every encoded-word (B or Q, any charset Java knows) replaced by
     * its text.
     */
    static String decode(String value) {
        String joined =
                BETWEEN_WORDS.matcher(value.replaceAll("\r?\n(?=[ \t])", "")).replaceAll("$1$2");
        Matcher word = WORD.matcher(joined);
        StringBuilder decoded = new StringBuilder();
        while (word.find()) {
            word.appendReplacement(decoded, Matcher.quoteReplacement(decodeWord(word)));
        }
        word.appendTail(decoded);
        return decoded.toString();
    }

    /**
     * RFC 2047 §6.3: a word that cannot be decoded (unknown charset, bad base64) is shown as it is.
     */
    private static String decodeWord(Matcher word) {
        try {
            Charset charset = Charset.forName(word.group(1).replaceFirst("\\*.*", ""));
            byte[] bytes =
                    word.group(2).equalsIgnoreCase("B")
                            ? Base64.getDecoder().decode(word.group(3))
                            : quotedPrintable(word.group(3));
            return new String(bytes, charset);
        } catch (IllegalArgumentException e) {
            return word.group();
        }
    }

    /** RFC 2047 §4.2: "_" is a space and "=XX" a byte in hex. */
    private static byte[] quotedPrintable(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
