package org.sendtracker.inspection.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An event's input as the audit trail keeps it: as given, read by typed getters, immutable. */
class EventDetailsTest {

    private static final EventDetails REPORT =
            EventDetails.builder()
                    .put("on", "2019-05-14")
                    .put("wsoaRequired", true)
                    .put("weaknesses", List.of("Leadership", "EHC plans"))
                    .put("statuses", Map.of("1", "ON_TRACK"))
                    .put("corrects", 2)
                    .build();

    @Test
    void typedGetters_readEachValueAsGiven() {
        assertThat(REPORT.names())
                .containsExactly("on", "wsoaRequired", "weaknesses", "statuses", "corrects");
        assertThat(REPORT.date("on")).contains(LocalDate.of(2019, 5, 14));
        assertThat(REPORT.text("on")).contains("2019-05-14");
        assertThat(REPORT.bool("wsoaRequired")).contains(true);
        assertThat(REPORT.integer("corrects")).contains(2);
        assertThat(REPORT.object("statuses").flatMap(s -> s.text("1"))).contains("ON_TRACK");
        assertThat(REPORT.date("wsoaRequired")).isEmpty();
        assertThat(REPORT.text("missing")).isEmpty();
    }

    @Test
    void with_laysFieldsOver_aNullRemovingOne_andLeavesTheOriginalAlone() {
        EventDetails fields =
                EventDetails.builder().put("on", "2019-05-16").put("wsoaRequired", null).build();

        EventDetails corrected = REPORT.with(fields);

        assertThat(corrected.date("on")).contains(LocalDate.of(2019, 5, 16));
        assertThat(corrected.has("wsoaRequired")).isFalse();
        assertThat(corrected.names()).containsExactly("on", "weaknesses", "statuses", "corrects");
        assertThat(REPORT.date("on")).contains(LocalDate.of(2019, 5, 14));
    }

    @Test
    void aListGiven_isCopied_andCannotBeChangedAfterwards() {
        List<String> given = new ArrayList<>(List.of("Leadership"));
        EventDetails details = EventDetails.builder().put("weaknesses", given).build();
        given.add("Added later");

        assertThat(details.value("weaknesses")).contains(List.of("Leadership"));
        @SuppressWarnings("unchecked")
        List<Object> kept = (List<Object>) details.value("weaknesses").orElseThrow();
        assertThatThrownBy(() -> kept.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
