package org.sendtracker.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every email the tracker sends must be (docs/emails.md), checked on each email a test sees:
 * the composer's unit tests and every message in the local SES outbox of the end-to-end and browser
 * tests.
 *
 * <ul>
 *   <li>no framework code ({@code LASEND_2016}, {@code AREA_SEND_2023}) anywhere;
 *   <li>no inspection id ({@code cumbria-2019-03-18}) outside its link;
 *   <li>no list printed as code ({@code [3, 4, 5]});
 *   <li>the plain text starts with a greeting by name ("Dear Jo Bloggs,"), says what to do (a "What
 *       to do" section) and links to the tracker;
 *   <li>the plain text says what the HTML says: the same sentences, lists and link.
 * </ul>
 */
public final class EmailsForPeople {

    private static final List<String> CODES = List.of("LASEND_2016", "AREA_SEND_2023");
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"<>]+");
    private static final Pattern INSPECTION_ID =
            Pattern.compile("\\b[a-z0-9]+(?:-[a-z0-9]+)*-\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern CODE_LIST = Pattern.compile("\\[\\d+(?:, ?\\d+)*]");
    private static final Pattern GREETING = Pattern.compile("\\A(Dear|Hello) [^\\n]+,\\n");
    private static final Pattern LINK =
            Pattern.compile("<a href=\"([^\"]*)\">(.*?)</a>", Pattern.DOTALL);

    private EmailsForPeople() {}

    /**
     * Throws an {@link AssertionError} naming every rule the email breaks, with the email, when it
     * breaks any.
     */
    public static void check(String subject, String text, String html) {
        List<String> problems = problems(subject, text, html);
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    "the email \""
                            + subject
                            + "\" is not written for people:\n- "
                            + String.join("\n- ", problems)
                            + "\n--- text ---\n"
                            + text
                            + "\n--- html ---\n"
                            + html);
        }
    }

    /** The rules {@code subject}, {@code text} and {@code html} break; empty when none. */
    public static List<String> problems(String subject, String text, String html) {
        List<String> problems = new ArrayList<>();
        if (text == null || html == null) {
            problems.add("it has no " + (text == null ? "plain-text" : "HTML") + " part");
            return problems;
        }
        String all = subject + "\n" + text + "\n" + html;
        for (String code : CODES) {
            if (all.contains(code)) {
                problems.add("it names the framework by its code " + code);
            }
        }
        Matcher id = INSPECTION_ID.matcher(URL.matcher(all).replaceAll(""));
        if (id.find()) {
            problems.add("it shows the inspection id " + id.group() + " outside its link");
        }
        Matcher list = CODE_LIST.matcher(all);
        if (list.find()) {
            problems.add("it prints a list as code: " + list.group());
        }
        if (!GREETING.matcher(text).find()) {
            problems.add("its plain text does not start with a greeting by name (\"Dear Jo,\")");
        }
        if (!text.contains("\nWhat to do\n")) {
            problems.add("it does not say what to do (a \"What to do\" section)");
        }
        if (!URL.matcher(text).find()) {
            problems.add("it has no link");
        }
        String fromHtml = normalised(htmlAsText(html));
        String plain = normalised(text);
        if (!fromHtml.equals(plain)) {
            problems.add(
                    "its plain text and HTML differ:\n  text: " + plain + "\n  html: " + fromHtml);
        }
        return problems;
    }

    /**
     * The HTML body read as the plain text would say it: a link as "label: address", a list item as
     * "- item", tags dropped and entities decoded. The {@code <title>} is the subject, not the
     * body.
     */
    public static String htmlAsText(String html) {
        String body = html;
        int start = body.indexOf("<body>");
        int end = body.lastIndexOf("</body>");
        if (start >= 0 && end > start) {
            body = body.substring(start + "<body>".length(), end);
        }
        Matcher link = LINK.matcher(body);
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            link.appendReplacement(
                    out, Matcher.quoteReplacement(link.group(2) + ": " + link.group(1)));
        }
        link.appendTail(out);
        return out.toString()
                .replaceAll("<li>", "- ")
                .replaceAll("<[^>]+>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String normalised(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
