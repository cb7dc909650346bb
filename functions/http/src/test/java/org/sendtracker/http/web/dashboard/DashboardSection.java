package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sendtracker.http.testing.ApiStack;

/** One section of the dashboard as a test reads it: from its heading to the next. */
final class DashboardSection {

    private DashboardSection() {}

    /** The section {@code id} of the dashboard at {@code path}, seen by {@code bearer}. */
    static String of(ApiStack api, String path, String bearer, String id) {
        ApiStack.Response page =
                api.request("GET", path, null, "Authorization", bearer, "Accept", "text/html");
        assertThat(page.status()).as(path + ": " + page.body()).isEqualTo(200);
        String body = page.body();
        int start = body.indexOf("id=\"" + id + "\"");
        assertThat(start).as("the " + id + " section").isPositive();
        int end = body.indexOf("<h2", start);
        return body.substring(start, end < 0 ? body.length() : end);
    }

    /** How many rows the section's table has, its header row not counted. */
    static int rows(String section) {
        Matcher row = Pattern.compile("<tr class=\"govuk-table__row\">").matcher(section);
        int count = 0;
        while (row.find()) {
            count++;
        }
        return count - 1; // the header row
    }

    /** The number before {@code noun} in the section ("312 deadlines"). */
    static int count(String section, String noun) {
        Matcher counted = Pattern.compile("(\\d+) " + noun).matcher(section);
        assertThat(counted.find()).as(section).isTrue();
        return Integer.parseInt(counted.group(1));
    }
}
