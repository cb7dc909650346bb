package org.sendtracker.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which {@code Accept-Encoding} headers take a gzipped answer, and which prefer it (RFC 9110). */
class AcceptEncodingTest {

    @ParameterizedTest(name = "[{0}] accepts gzip: {1}, prefers it: {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                // what browsers and curl --compressed send
                "gzip, deflate, br, zstd | true | true",
                "gzip, deflate | true | true",
                "GZIP | true | true",
                "x-gzip | true | true",
                "br;q=1.0, gzip;q=0.8, *;q=0.1 | true | true",
                // every coding, or every one but gzip
                "* | true | true",
                "gzip;q=0, * | false | false",
                "*;q=0 | false | false",
                // q=0 refuses, however written
                "gzip;q=0 | false | false",
                "gzip; q=0.000 | false | false",
                "gzip;Q=0.0 | false | false",
                // identity preferred to gzip: gzip is acceptable, not preferred
                "identity, gzip;q=0.5 | true | false",
                "gzip;q=0.5, * | true | false",
                "gzip;q=0.5, identity;q=0.5 | true | true",
                "gzip, identity;q=0 | true | true",
                // not gzip at all
                "deflate, br | false | false",
                "identity | false | false",
                "'' | false | false",
                // a q-value that is not one refuses its coding; the rest still count
                "gzip;q=high | false | false",
                "gzip;q=1.5 | false | false",
                "gzip;q=0.1234 | false | false",
                "gzip;q=high, * | false | false",
                "br, gzip;q=0.001 | true | true",
                // a coding named twice: the lower q-value wins
                "gzip, gzip;q=0 | false | false",
                // elements with no coding are passed over
                "; | false | false",
                ";;, ; | false | false",
                ";q=1 | false | false",
                ", | false | false",
                "; , gzip | true | true",
            })
    void theHeader_acceptsAndPrefersGzip_asItsQValuesSay(
            String header, boolean accepts, boolean prefers) {
        AcceptEncoding encoding = AcceptEncoding.of(List.of(header));

        assertThat(encoding.acceptsGzip()).isEqualTo(accepts);
        assertThat(encoding.prefersGzip()).isEqualTo(prefers);
    }

    @Test
    void noHeader_asksForNoCoding() {
        AcceptEncoding encoding = AcceptEncoding.of(List.of());

        assertThat(encoding.acceptsGzip()).isFalse();
        assertThat(encoding.prefersGzip()).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource(
            delimiter = '|',
            value = {"identity | gzip;q=0.5", "identity;q=0.1 | gzip"})
    void twoHeaders_areReadAsOne(String first, String second) {
        AcceptEncoding encoding = AcceptEncoding.of(List.of(first, second));

        assertThat(encoding.acceptsGzip()).isTrue();
        assertThat(encoding.prefersGzip()).isEqualTo(second.equals("gzip"));
    }
}
