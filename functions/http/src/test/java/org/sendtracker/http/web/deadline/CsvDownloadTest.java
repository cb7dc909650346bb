package org.sendtracker.http.web.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sendtracker.http.support.AcceptEncoding;
import org.sendtracker.http.support.LargeAnswer;

/**
 * Which answer the CSV gets for its size and the client's {@code Accept-Encoding}: the encoded body
 * (base64, 4 characters for 3 bytes) must fit the limit; a file is gzipped when the client prefers
 * it, or when only the gzipped file fits; otherwise it is refused, never cut.
 */
class CsvDownloadTest {

    /** 2,000 rows of about 90 bytes, 180 kB; repetitive, so gzip packs it well. */
    private static final byte[] FILE = rows(2_000);

    private static final AcceptEncoding BROWSER = accepting("gzip, deflate, br, zstd");
    private static final AcceptEncoding NONE = AcceptEncoding.of(List.of());
    private static final AcceptEncoding IDENTITY_FIRST = accepting("identity, gzip;q=0.5");

    @Test
    void theDeployedLimit_isSixMegabytesLessSixtyFourKilobytes_ofBase64() {
        assertThat(LargeAnswer.MAX_ENCODED_BODY).isEqualTo(6_291_456 - 65_536);
        assertThat(new LargeAnswer(LargeAnswer.MAX_ENCODED_BODY).maxFileBytes())
                .isEqualTo(4_669_440);
    }

    @Test
    void theEncodedSize_isBase64s_fourCharactersForEveryThreeBytesOrPart() {
        assertThat(LargeAnswer.encodedSize(0)).isZero();
        assertThat(LargeAnswer.encodedSize(1)).isEqualTo(4);
        assertThat(LargeAnswer.encodedSize(3)).isEqualTo(4);
        assertThat(LargeAnswer.encodedSize(4)).isEqualTo(8);
        assertThat(LargeAnswer.encodedSize(4_669_440)).isEqualTo(6_225_920);
    }

    @Test
    void aBrowser_getsTheFileGzipped_whatItsSize() {
        LargeAnswer.Body answer = new LargeAnswer(LargeAnswer.MAX_ENCODED_BODY).of(FILE, BROWSER);

        assertThat(answer).isInstanceOf(LargeAnswer.Fits.class);
        LargeAnswer.Fits file = (LargeAnswer.Fits) answer;
        assertThat(file.gzipped()).isTrue();
        assertThat(gunzip(file.body())).isEqualTo(FILE);
        assertThat(file.body().length).isLessThan(FILE.length / 10);
    }

    @Test
    void aClientAskingForNoCoding_getsTheFileAsItIs() {
        LargeAnswer.Body answer = new LargeAnswer(LargeAnswer.MAX_ENCODED_BODY).of(FILE, NONE);

        assertThat(answer).isInstanceOf(LargeAnswer.Fits.class);
        assertThat(((LargeAnswer.Fits) answer).gzipped()).isFalse();
        assertThat(((LargeAnswer.Fits) answer).body()).isSameAs(FILE);
    }

    @Test
    void aClientPreferringNoCoding_getsItAsItIs_whenItFits_andGzipped_whenOnlyThatFits() {
        long justFitting = LargeAnswer.encodedSize(FILE.length);

        LargeAnswer.Fits fits =
                (LargeAnswer.Fits) new LargeAnswer(justFitting).of(FILE, IDENTITY_FIRST);
        LargeAnswer.Fits onlyGzipped =
                (LargeAnswer.Fits) new LargeAnswer(justFitting - 4).of(FILE, IDENTITY_FIRST);

        assertThat(fits.gzipped()).isFalse();
        assertThat(onlyGzipped.gzipped()).isTrue();
        assertThat(gunzip(onlyGzipped.body())).isEqualTo(FILE);
    }

    @Test
    void aFileThatDoesNotFitGzipped_isRefused_withItsSizesAndTheLimit() {
        LargeAnswer download = new LargeAnswer(400);

        LargeAnswer.Body answer = download.of(FILE, BROWSER);

        assertThat(answer).isInstanceOf(LargeAnswer.TooLarge.class);
        LargeAnswer.TooLarge tooLarge = (LargeAnswer.TooLarge) answer;
        assertThat(tooLarge.plainBytes()).isEqualTo(FILE.length);
        assertThat(tooLarge.gzippedBytes()).isEqualTo(LargeAnswer.gzip(FILE).length);
        assertThat(tooLarge.gzipAccepted()).isTrue();
        assertThat(tooLarge.maxFileBytes()).isEqualTo(300);
        assertThat(tooLarge.gzippedWouldFit()).isFalse();
    }

    @Test
    void aClientRefusingGzip_isRefusedAFileOnlyTheGzippedOneWouldFit_andToldSo() {
        LargeAnswer download = new LargeAnswer(LargeAnswer.encodedSize(FILE.length) - 4);

        LargeAnswer.TooLarge tooLarge =
                (LargeAnswer.TooLarge) download.of(FILE, accepting("gzip;q=0, deflate"));

        assertThat(tooLarge.gzipAccepted()).isFalse();
        assertThat(tooLarge.gzippedWouldFit()).isTrue();
    }

    @Test
    void theRefusal_saysHowLarge_theLimit_andWhatToAskFor() {
        assertThat(
                        CsvDownload.message(
                                new LargeAnswer.TooLarge(10_236_584, 7_340_032, true, 4_669_440)))
                .isEqualTo(
                        "This spreadsheet would be 7.0 MB compressed (9.8 MB uncompressed), more than"
                                + " the 4.5 MB that can be downloaded at once. To download the"
                                + " deadlines, choose a later first due date (from=YYYY-MM-DD in the"
                                + " address; without it, the file holds the last 12 months and"
                                + " everything still to do), or one area at a time (the dashboard's"
                                + " area filter).");
        assertThat(
                        CsvDownload.message(
                                new LargeAnswer.TooLarge(10_236_584, 351_359, false, 4_669_440)))
                .isEqualTo(
                        "This spreadsheet would be 9.8 MB, more than the 4.5 MB that can be"
                                + " downloaded at once. Compressed it would be 343 kB: download it"
                                + " with a web browser, or ask for a compressed file"
                                + " (Accept-Encoding: gzip; with curl, --compressed). Or choose a"
                                + " later first due date (from=YYYY-MM-DD in the address; without"
                                + " it, the file holds the last 12 months and everything still to"
                                + " do), or one area at a time (the dashboard's area filter).");
    }

    @Test
    void sizes_readAsPeopleReadThem() {
        assertThat(LargeAnswer.size(225)).isEqualTo("225 bytes");
        assertThat(LargeAnswer.size(120_000)).isEqualTo("117 kB");
        assertThat(LargeAnswer.size(4_669_440)).isEqualTo("4.5 MB");
        assertThat(LargeAnswer.size(10_236_584)).isEqualTo("9.8 MB");
    }

    private static AcceptEncoding accepting(String header) {
        return AcceptEncoding.of(List.of(header));
    }

    private static byte[] rows(int count) {
        StringBuilder csv = new StringBuilder("Area,Area id,Inspection,Deadline,Due on\r\n");
        for (int i = 0; i < count; i++) {
            csv.append("Area ")
                    .append(i % 153)
                    .append(",area-")
                    .append(i % 153)
                    .append(",Inspection ")
                    .append(i)
                    .append(",Written Statement of Action submission,2019-08-21\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
