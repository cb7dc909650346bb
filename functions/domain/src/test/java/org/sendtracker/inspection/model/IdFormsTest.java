package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtracker.area.model.AreaId;

/**
 * Area and inspection ids are checked by hand, not by a regex (every stored row's ids are checked
 * on read). The checks accept exactly the language of the patterns they replaced.
 */
class IdFormsTest {

    private static final Pattern AREA = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern INSPECTION =
            Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?-\\d{4}-\\d{2}-\\d{2}");

    /** Mostly the characters the forms are made of, and a few that are not. */
    private static final String ALPHABET = "a-z09-----0123456789mA_ .٣é\u0000-";

    @Test
    void randomStrings_areIdsExactlyWhenThePatternsSaySo() {
        Random random = new Random(20261130);
        int areas = 0;
        int inspections = 0;
        for (int i = 0; i < 300_000; i++) {
            String text = randomText(random);
            assertThat(AreaId.isValid(text)).as("area id %s", text).isEqualTo(matches(AREA, text));
            assertThat(InspectionId.isValid(text))
                    .as("inspection id %s", text)
                    .isEqualTo(matches(INSPECTION, text));
            areas += AreaId.isValid(text) ? 1 : 0;
            inspections += InspectionId.isValid(text) ? 1 : 0;
        }
        // the strings reach both sides of each check, often
        assertThat(areas).isBetween(10_000, 290_000);
        assertThat(inspections).isBetween(10_000, 290_000);
    }

    /** An area-like head, often followed by a day-like tail, each character sometimes wrong. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int head = random.nextInt(44);
        for (int i = 0; i < head; i++) {
            text.append(
                    random.nextInt(6) == 0
                            ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                            : "abcxyz0189-"
                                    .charAt(random.nextInt(random.nextInt(4) == 0 ? 11 : 10)));
        }
        if (random.nextBoolean()) {
            String day =
                    "-"
                            + (1000 + random.nextInt(9000))
                            + "-0"
                            + random.nextInt(10)
                            + "-1"
                            + random.nextInt(10);
            for (int i = 0; i < day.length(); i++) {
                text.append(
                        random.nextInt(40) == 0
                                ? ALPHABET.charAt(random.nextInt(ALPHABET.length()))
                                : day.charAt(i));
            }
        }
        return text.toString();
    }

    private static boolean matches(Pattern pattern, String text) {
        return pattern.matcher(text).matches();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cumbria-2019-03-18",
                "a-0000-00-00",
                "north-east-lincolnshire-2024-01-08",
                "a234567890123456789012345678901234567890-2019-03-18",
                "1-2-2019-03-18"
            })
    void inspectionIds(String id) {
        assertThat(InspectionId.isValid(id)).isTrue();
        assertThat(matches(INSPECTION, id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-2019-03-18",
                "cumbria-2019-03-1",
                "cumbria-2019-3-18",
                "cumbria2019-03-18",
                "cumbria--2019-03-18",
                "Cumbria-2019-03-18",
                "cumbria-2019-03-18 ",
                "cumbria-٢٠١٩-03-18",
                "a2345678901234567890123456789012345678901-2019-03-18"
            })
    void notInspectionIds(String id) {
        assertThat(InspectionId.isValid(id)).isFalse();
        assertThat(matches(INSPECTION, id)).isFalse();
    }

    @Test
    void nullIsNeither() {
        assertThat(AreaId.isValid(null)).isFalse();
        assertThat(InspectionId.isValid(null)).isFalse();
    }
}
