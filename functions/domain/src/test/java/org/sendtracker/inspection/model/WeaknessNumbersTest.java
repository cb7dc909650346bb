package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Areas of weakness named in a message as a sentence says them, never as "[3, 4, 5]". */
class WeaknessNumbersTest {

    @Test
    void one_isNamedAlone() {
        assertThat(Lifecycle.weaknessNumbers(List.of(3))).isEqualTo("area of weakness 3");
    }

    @Test
    void several_areListedWithAnd() {
        assertThat(Lifecycle.weaknessNumbers(List.of(3, 4, 5)))
                .isEqualTo("areas of weakness 3, 4 and 5");
        assertThat(Lifecycle.weaknessNumbers(List.of(1, 2))).isEqualTo("areas of weakness 1 and 2");
    }

    /**
     * A weakness is referred to by its number or its title; a number means the weakness of that
     * number even where another's title (stored before titles had to be words) is that number.
     */
    @Test
    void aReference_isANumberFirst_thenATitle() {
        LocalDate on = LocalDate.of(2019, 5, 14);
        Inspection inspection =
                Lasend2016Fixtures.aCumbriaInspectionAwaitingReport()
                        .change()
                        .addWeakness(Weakness.identified(1, "2", on))
                        .addWeakness(Weakness.identified(2, "Alpha", on))
                        .recordedAt(Instant.parse("2019-05-14T10:00:00Z"));

        assertThat(inspection.weakness("2").orElseThrow().title()).isEqualTo("Alpha");
        assertThat(inspection.weakness(" 1 ").orElseThrow().title()).isEqualTo("2");
        assertThat(inspection.weakness("Alpha").orElseThrow().number()).isEqualTo(2);
        assertThat(inspection.weakness("3")).isEmpty();
    }
}
