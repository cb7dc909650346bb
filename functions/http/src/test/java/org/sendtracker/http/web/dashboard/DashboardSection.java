package org.sendtracker.http.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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
}
