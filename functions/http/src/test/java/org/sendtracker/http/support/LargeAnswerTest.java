package org.sendtracker.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MutableHttpResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * What a file too large to send plain gets, for the CSV and the calendar feeds alike: the encoded
 * body (base64, 4 characters for 3 bytes) must fit the limit; the file is gzipped when the client
 * prefers it, or when only the gzipped file fits; otherwise it is refused, never cut. The CSV's own
 * wording is {@code CsvDownloadTest}'s.
 */
class LargeAnswerTest {

    /** A calendar of 500 events, about 110 kB; repetitive, so gzip packs it well. */
    private static final byte[] FEED = feed(500);

    private static final AcceptEncoding CALENDAR_APP = accepting("gzip, deflate, br");
    private static final AcceptEncoding NONE = AcceptEncoding.of(List.of());
    private static final AcceptEncoding IDENTITY_FIRST = accepting("identity, gzip;q=0.5");

    @Test
    void theDeployedLimit_isSixMegabytesLessSixtyFourKilobytes_ofBase64() {
        assertThat(LargeAnswer.MAX_ENCODED_BODY).isEqualTo(6_291_456 - 65_536);
        assertThat(new LargeAnswer(LargeAnswer.MAX_ENCODED_BODY).maxFileBytes())
                .isEqualTo(4_669_440);
        assertThat(LargeAnswer.encodedSize(4_669_440)).isEqualTo(6_225_920);
        assertThat(LargeAnswer.encodedSize(4_669_441)).isEqualTo(6_225_924);
    }

    @Test
    void aClientAcceptingGzip_getsTheFileGzipped_markedSo_andVaryingOnAcceptEncoding() {
        LargeAnswer.Fits fits =
                (LargeAnswer.Fits)
                        new LargeAnswer(LargeAnswer.MAX_ENCODED_BODY).of(FEED, CALENDAR_APP);

        assertThat(fits.gzipped()).isTrue();
        assertThat(gunzip(fits.body())).isEqualTo(FEED);
        assertThat(fits.body().length).isLessThan(FEED.length / 10);
        MutableHttpResponse<byte[]> response = fits.response();
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.getHeaders().get("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getHeaders().get("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.body()).isSameAs(fits.body());
    }

    @Test
    void aClientAskingForNoCoding_getsTheFileAsItIs_stillVaryingOnAcceptEncoding() {
        LargeAnswer.Fits fits =
                (LargeAnswer.Fits) new LargeAnswer(LargeAnswer.MAX_ENCODED_BODY).of(FEED, NONE);

        assertThat(fits.gzipped()).isFalse();
        assertThat(fits.body()).isSameAs(FEED);
        assertThat(fits.response().getHeaders().get("Content-Encoding")).isNull();
        assertThat(fits.response().getHeaders().get("Vary")).isEqualTo("Accept-Encoding");
    }

    @Test
    void aClientPreferringNoCoding_getsItAsItIs_whenItFits_andGzipped_whenOnlyThatFits() {
        long justFitting = LargeAnswer.encodedSize(FEED.length);

        LargeAnswer.Body fits = new LargeAnswer(justFitting).of(FEED, IDENTITY_FIRST);
        LargeAnswer.Body onlyGzipped = new LargeAnswer(justFitting - 4).of(FEED, IDENTITY_FIRST);

        assertThat(fits).isEqualTo(new LargeAnswer.Fits(FEED, false));
        assertThat(((LargeAnswer.Fits) onlyGzipped).gzipped()).isTrue();
    }

    @Test
    void aFileThatDoesNotFitGzipped_isRefused_withItsSizesAndTheLimit() {
        LargeAnswer.Body body = new LargeAnswer(400).of(FEED, CALENDAR_APP);

        assertThat(body)
                .isEqualTo(
                        new LargeAnswer.TooLarge(
                                FEED.length, LargeAnswer.gzip(FEED).length, true, 300));
        assertThat(((LargeAnswer.TooLarge) body).gzippedWouldFit()).isFalse();
    }

    @Test
    void aClientRefusingGzip_isRefusedAFileOnlyTheGzippedOneWouldFit() {
        LargeAnswer answer = new LargeAnswer(LargeAnswer.encodedSize(FEED.length) - 4);

        LargeAnswer.TooLarge tooLarge =
                (LargeAnswer.TooLarge) answer.of(FEED, accepting("gzip;q=0, deflate"));

        assertThat(tooLarge.gzipAccepted()).isFalse();
        assertThat(tooLarge.gzippedWouldFit()).isTrue();
    }

    @Test
    void theRefusalsSizes_areWhatTheClientCouldHaveHad_againstTheLimit() {
        assertThat(new LargeAnswer.TooLarge(8_518_307, 5_033_165, true, 4_669_440).sizes("It"))
                .isEqualTo(
                        "It would be 4.8 MB compressed (8.1 MB uncompressed), more than the 4.5 MB"
                                + " that can be downloaded at once. ");
        assertThat(new LargeAnswer.TooLarge(8_518_307, 200_000, false, 4_669_440).sizes("It"))
                .isEqualTo(
                        "It would be 8.1 MB, more than the 4.5 MB that can be downloaded at once. ");
    }

    @Test
    void sizes_readAsPeopleReadThem() {
        assertThat(LargeAnswer.size(225)).isEqualTo("225 bytes");
        assertThat(LargeAnswer.size(1_024)).isEqualTo("1 kB");
        assertThat(LargeAnswer.size(4_669_440)).isEqualTo("4.5 MB");
    }

    private static AcceptEncoding accepting(String header) {
        return AcceptEncoding.of(List.of(header));
    }

    private static byte[] feed(int events) {
        StringBuilder ics = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (int i = 0; i < events; i++) {
            ics.append("BEGIN:VEVENT\r\nUID:WSOA_SUBMISSION.area-")
                    .append(i)
                    .append("-2019-03-18@sendtracker\r\nDTSTART;VALUE=DATE:20190821\r\n")
                    .append("SUMMARY:[Area ")
                    .append(i % 153)
                    .append("] Written Statement of Action submission\r\nEND:VEVENT\r\n");
        }
        return ics.append("END:VCALENDAR\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
