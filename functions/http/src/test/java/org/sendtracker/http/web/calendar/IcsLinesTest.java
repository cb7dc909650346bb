package org.sendtracker.http.web.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Lines of at most 75 octets (RFC 5545 §3.1), never cut inside a character. */
class IcsLinesTest {

    @Test
    void aLineOfWelshPolishAndEmoji_isFoldedByOctets_andUnfoldsToItself() {
        String summary =
                "SUMMARY:[Cwm Ŵŷ 🚸🚸🚸🚸🚸🚸🚸 日本語日本語日本語 ✓✓✓✓✓✓ Łódź; Dvořák\\, Zoë] Written"
                        + " Statement of Action submission";
        String ics = "BEGIN:VEVENT\r\n" + summary + "\r\nEND:VEVENT\r\n";

        String folded = IcsLines.fold(ics);

        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length)
                    .as(line)
                    .isLessThanOrEqualTo(75);
            assertThat(line).doesNotContain("\uFFFD");
        }
        assertThat(folded).endsWith("END:VEVENT\r\n").startsWith("BEGIN:VEVENT\r\n");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(ics);
        assertThat(folded.split("\r\n").length).isGreaterThan(3);
    }

    @Test
    void anAsciiLine_isFoldedAt75Octets_aContinuationStartingWithASpace() {
        String line = "DESCRIPTION:" + "x".repeat(200);

        String[] folded = IcsLines.fold(line + "\r\n").split("\r\n");

        assertThat(folded[0]).hasSize(75);
        assertThat(folded[1]).startsWith(" ").hasSize(75);
        assertThat(String.join("", folded).replace(" ", "")).isEqualTo(line);
    }

    @Test
    void shortLines_areLeftAsTheyAre() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n";

        assertThat(IcsLines.fold(ics)).isEqualTo(ics);
    }
}
