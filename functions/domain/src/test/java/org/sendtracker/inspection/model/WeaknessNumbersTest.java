package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
