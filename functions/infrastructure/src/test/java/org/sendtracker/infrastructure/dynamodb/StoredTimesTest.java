package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StoredTimes} reads what {@code DateTimeFormatter} reads, for every form a body holds, and
 * leaves every other string to Jackson's reader, so a stored body reads exactly as it did before:
 * the same value or the same error.
 */
class StoredTimesTest {

    private static final ObjectMapper JACKSON_TIMES =
            new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Dated(LocalDate on, Instant at) {}

    @Test
    void everyDayFromYearOneToYear9999_readsAsTheFormatterReadsIt_sampled() {
        // given days spread over the whole four-digit range, and every day of 2023 to 2025
        Random random = new Random(20261129);
        for (int i = 0; i < 20_000; i++) {
            LocalDate day =
                    LocalDate.ofEpochDay(
                            random.nextLong(
                                    LocalDate.of(1, 1, 1).toEpochDay(),
                                    LocalDate.of(9999, 12, 31).toEpochDay() + 1));
            // then the day written is the day read
            assertThat(StoredTimes.date(day.toString())).isEqualTo(day);
        }
        for (LocalDate day = LocalDate.of(2023, 1, 1);
                day.isBefore(LocalDate.of(2026, 1, 1));
                day = day.plusDays(1)) {
            assertThat(StoredTimes.date(day.toString())).isEqualTo(LocalDate.parse(day.toString()));
        }
    }

    @Test
    void instantsWithEveryLengthOfFraction_readAsTheFormatterReadsThem() {
        Random random = new Random(29112026);
        for (int i = 0; i < 20_000; i++) {
            Instant at =
                    Instant.ofEpochSecond(
                            random.nextLong(
                                    Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond()),
                            random.nextInt(1_000_000_000));
            // as JsonBodies writes it (0, 3, 6 or 9 digits of fraction)
            String written = DateTimeFormatter.ISO_INSTANT.format(at);
            assertThat(StoredTimes.instant(written)).as(written).isEqualTo(at);
            // and with every other length, trailing digits cut
            String whole = written.substring(0, 19);
            String nanos = String.format("%09d", at.getNano());
            for (int digits = 1; digits <= 9; digits++) {
                String text = whole + "." + nanos.substring(0, digits) + "Z";
                assertThat(StoredTimes.instant(text)).as(text).isEqualTo(Instant.parse(text));
            }
        }
        assertThat(StoredTimes.instant("2026-11-23T10:00:00Z"))
                .isEqualTo(Instant.parse("2026-11-23T10:00:00Z"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-01-00", "2024-1-01",
                "+2024-01-01", " 2024-01-01", "2024-01-01 ", "2024/01/01", "2024-01-0a", "20240101",
                "2024-01-01T00:00", "", "-001-01-01", "٢٠٢٤-٠١-٠١"
            })
    void aDateInAnyOtherForm_isLeftToJackson_andReadsAsBefore(String text) {
        assertThat(StoredTimes.date(text)).isNull();
        assertSameAsJackson("{\"on\":\"" + text + "\"}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2016-12-31T23:59:60Z", "2024-01-01T24:00:00Z", "2024-01-01T10:60:00Z",
                "2024-02-30T10:00:00Z", "2024-01-01T10:00:00.Z", "2024-01-01T10:00:00.1234567890Z",
                "2024-01-01T10:00:00z", "2024-01-01T10:00:00+01:00", "2024-01-01t10:00:00Z",
                "2024-01-01T10:00Z", "2024-01-01T10:00:00,5Z", " 2024-01-01T10:00:00Z",
                "+12024-01-01T10:00:00Z", "2024-01-01T1a:00:00Z", "2024-01-01T10:00:00.12a4Z"
            })
    void anInstantInAnyOtherForm_isLeftToJackson_andReadsAsBefore(String text) {
        assertThat(StoredTimes.instant(text)).isNull();
        assertSameAsJackson("{\"at\":\"" + text + "\"}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"on\":[2024,3,14]}",
                "{\"at\":1700000000.5}",
                "{\"at\":1700000000}",
                "{\"on\":null,\"at\":null}",
                "{\"on\":20240314}",
                "{\"on\":\"2024-03-14\",\"at\":\"2024-01-02T10:15:30.123456Z\"}"
            })
    void valuesThatAreNotStrings_readAsBefore(String json) {
        assertSameAsJackson(json);
    }

    @Test
    void anUnreadableDateInABody_failsWithTheSameMessage() {
        assertThatThrownBy(() -> JsonBodies.read("{\"on\":\"2023-02-29\"}", Dated.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("stored Dated is not readable")
                .hasMessageContaining("2023-02-29");
    }

    /** JsonBodies reads {@code json} to what Jackson's own readers read, or fails as they fail. */
    private static void assertSameAsJackson(String json) {
        Object theirs;
        try {
            theirs = JACKSON_TIMES.readValue(json, Dated.class);
        } catch (JsonProcessingException e) {
            assertThatThrownBy(() -> JsonBodies.read(json, Dated.class))
                    .as(json)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("stored Dated is not readable: " + e.getOriginalMessage());
            return;
        }
        assertThat(JsonBodies.read(json, Dated.class)).as(json).isEqualTo(theirs);
    }
}
