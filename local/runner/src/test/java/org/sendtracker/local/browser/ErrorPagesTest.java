package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An address no page answers, or a request a page does not take, gets a GOV.UK page in the
 * service's frame (with the way back to the deadlines), not the framework's default; the API keeps
 * its JSON.
 */
@ExtendWith(RunningSystem.class)
class ErrorPagesTest {

    private static Http http;

    @BeforeAll
    static void connect(RunningSystem system) {
        http = new Http(system);
    }

    @Test
    void anUnknownAddress_inABrowser_isTheServicesPageNotFound() {
        HttpResponse<String> response = http.asBrowser("GET", "/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains(
                        "<title>Page not found",
                        "Skip to main content",
                        "govuk-service-navigation",
                        "<h1 class=\"govuk-heading-l\">Page not found</h1>",
                        "There is no page at this address.",
                        "href=\"/areas\"");
    }

    @Test
    void anUnknownAddress_isNeverEchoedBack() {
        HttpResponse<String> response =
                http.asBrowser("GET", "/%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page not found").doesNotContain("<script>alert(1)");
    }

    @Test
    void aMethodAPageDoesNotTake_isExplained_inTheServicesFrame() {
        HttpResponse<String> response = http.asBrowser("DELETE", "/areas");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body())
                .contains(
                        "Skip to main content",
                        "govuk-service-navigation",
                        "This page cannot be used that way");
    }

    @Test
    void reloadingTheAddressAFormPostedTo_leadsToThePageWithTheForm() {
        for (String[] pair :
                new String[][] {
                    {"/inspections", "/inspections/new"},
                    {"/inspections/cumbria-2019-03-18/events", "/inspections/cumbria-2019-03-18"},
                    {"/emails/dealt-with", "/"},
                    {"/account/calendar", "/account"}
                }) {
            HttpResponse<String> response = http.asBrowser("GET", pair[0]);

            assertThat(response.statusCode()).as(pair[0]).isEqualTo(303);
            assertThat(response.headers().firstValue("Location")).as(pair[0]).hasValue(pair[1]);
        }
    }

    @Test
    void theApi_keepsItsJsonErrors() {
        HttpResponse<String> response = http.get("/api/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Http.read(response.body()).get("error").asText()).isEqualTo("Not Found");
    }
}
