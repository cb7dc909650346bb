package org.sendtracker.reminders.model;

import static org.sendtracker.shared.Html.escape;

import java.util.List;

/**
 * The plain-text and HTML bodies of one email, built side by side from the same sentences so they
 * say the same thing: a paragraph is a paragraph in both, a heading a line of its own, a list item
 * "- " in the text, and the link its label followed by the address. Every value is escaped in the
 * HTML.
 */
final class EmailBody {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder html = new StringBuilder();

    EmailBody paragraph(String sentence) {
        text.append(sentence).append("\n\n");
        html.append("<p>").append(escape(sentence)).append("</p>\n");
        return this;
    }

    EmailBody heading(String heading) {
        text.append(heading).append("\n\n");
        html.append("<h2>").append(escape(heading)).append("</h2>\n");
        return this;
    }

    EmailBody list(String heading, List<String> items) {
        heading(heading);
        html.append("<ul>\n");
        for (String item : items) {
            text.append("- ").append(item).append("\n");
            html.append("  <li>").append(escape(item)).append("</li>\n");
        }
        text.append("\n");
        html.append("</ul>\n");
        return this;
    }

    EmailBody link(String label, String url) {
        text.append(label).append(": ").append(url).append("\n");
        html.append("<p><a href=\"")
                .append(escape(url))
                .append("\">")
                .append(escape(label))
                .append("</a></p>\n");
        return this;
    }

    String text() {
        return text.toString();
    }

    String html(String title) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>"
                + escape(title)
                + "</title></head>\n<body>\n"
                + html
                + "</body>\n</html>\n";
    }
}
