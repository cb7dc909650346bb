package org.sendtracker.http.web.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code returnTo} leads back to a page of this site or to the home page: never elsewhere, never
 * a failure.
 */
class SafeReturnPathTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/areas",
                "/areas/cumbria/contacts",
                "/?areaId=cumbria&weeks=12",
                "/inspections/cumbria-2019-03-18#wsoa",
                "/areas/caf%C3%A9",
                "/deadlines.csv?areaId=cumbria&weeks=52"
            })
    void aPathOnThisSite_isKeptAsItIs(String path) {
        assertThat(SafeReturnPath.of(path)).isEqualTo(path);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a space                    | /areas/new area             | /areas/new%20area
            a space in the query       | /?areaId=a b                | /?areaId=a%20b
            an accented letter         | /areas/café                 | /areas/caf%C3%A9
            a stray percent sign       | /areas/100%                 | /areas/100%25
            a bad escape               | /areas/%E0%A4%A             | /areas/%E0%A4%25A
            quotes and angle brackets  | /areas/"<x>"                | /areas/%22%3Cx%3E%22
            """)
    void whatAUriCannotHold_isPercentEncoded_soTheRedirectCanBeMade(
            String name, String returnTo, String expected) {
        String safe = SafeReturnPath.of(returnTo);

        assertThat(safe).isEqualTo(expected);
        assertThat(URI.create(safe).getRawPath()).startsWith("/");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "areas",
                "//evil.example/",
                "/\\evil.example",
                "https://evil.example/",
                "javascript:alert(1)",
                "/areas\r\nSet-Cookie: x=1",
                "/areas\n",
                "/areas\t",
                "/areas\u0000",
                "/areas\u202E",
                "/a#b#c",
                " /areas"
            })
    void anythingElse_leadsHome(String returnTo) {
        assertThat(SafeReturnPath.of(returnTo)).isEqualTo("/");
    }

    @Test
    void anOverlongPath_leadsHome() {
        assertThat(SafeReturnPath.of("/" + "a".repeat(2048))).isEqualTo("/");
    }
}
