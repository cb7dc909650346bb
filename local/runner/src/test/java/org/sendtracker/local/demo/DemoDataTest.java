package org.sendtracker.local.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.shared.Actor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data on a file-backed store across restarts: loaded once into an empty store, completed
 * when a killed first start left only part of it, never duplicated, and never added to an
 * officer's own store.
 */
class DemoDataTest {

    private static final Map<String, Object> QUIET = Map.of("sendtracker.local.timer-pump", "off",
            "sendtracker.local.clock-start", "2026-11-23T09:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void aStoreLeftWithPartOfTheDemo_isCompletedOnTheNextStart_withNothingTwice() {
        // given a first start killed after Cumbria's report was recorded
        run(false, system -> {
            AreaService areas = system.context().getBean(AreaService.class);
            InspectionService inspections = system.context().getBean(InspectionService.class);
            areas.create(Map.of("id", "cumbria", "name", "Cumbria", "contacts", List.of(
                    Map.of("name", "SEND lead officer", "email", "send.lead@cumbria.example", "role", "LEAD_OFFICER"))), new Actor("demo-data", "Demo data"));
            inspections.create(Map.of("areaId", "cumbria", "framework", "LASEND_2016", "notifiedOn", "2019-03-11",
                    "startsOn", "2019-03-18", "endsOn", "2019-03-22"), new Actor("demo-data", "Demo data"));
            inspections.record("cumbria-2019-03-18", Map.of("type", "REPORT_RECEIVED", "on", "2019-05-14", "publishedOn", "2019-05-22",
                    "wsoaRequired", true, "weaknesses", List.of("EHC plans", "Joint commissioning", "Co-production", "Waiting times")),
                    Optional.empty(), Optional.empty(), new Actor("demo-data", "Demo data"));
        });

        // when the runner starts again, twice
        Map<String, List<String>> afterFirst = new LinkedHashMap<>();
        run(true, system -> afterFirst.putAll(histories(system)));
        Map<String, List<String>> afterSecond = new LinkedHashMap<>();
        run(true, system -> {
            afterSecond.putAll(histories(system));
            assertThat(system.context().getBean(DemoData.class).loadIntoEmptyStore()).as("steps on a complete demo").isZero();
        });

        // then the demo is whole, each event once, and a further start changes nothing
        assertThat(afterFirst.keySet()).containsExactly("cheshire-east-2018-03-12", "cumbria-2019-03-18", "lancashire-2017-11-13");
        assertThat(afterFirst.get("cumbria-2019-03-18")).containsExactly("INSPECTION_CREATED 2019-03-11", "REPORT_RECEIVED 2019-05-14",
                "WSOA_SUBMITTED 2019-08-21", "WSOA_DECISION 2019-09-10", "WSOA_SUBMITTED 2019-10-08", "WSOA_DECISION 2019-10-18",
                "MONITORING_VISIT 2020-01-20");
        assertThat(afterFirst.get("lancashire-2017-11-13")).hasSize(10).endsWith("PROGRESS_REVIEW_HELD 2020-07-14");
        assertThat(afterFirst.get("cheshire-east-2018-03-12")).hasSize(2);
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    @Test
    void anOfficersOwnStore_neverGetsTheDemo() {
        run(false, system -> system.context().getBean(AreaService.class).create(Map.of("id", "borsetshire", "name", "Borsetshire",
                "contacts", List.of(Map.of("name", "Lead", "email", "lead@borsetshire.example", "role", "LEAD_OFFICER"))), new Actor("officer", "Officer")));

        run(true, system -> assertThat(system.context().getBean(AreaService.class).all())
                .extracting(area -> area.id().value()).containsExactly("borsetshire"));
    }

    @Test
    void anEmptyStore_getsTheWholeDemoOnce() {
        run(true, system -> assertThat(histories(system).values().stream().mapToInt(List::size).sum()).isEqualTo(19));
        run(true, system -> assertThat(histories(system).values().stream().mapToInt(List::size).sum()).isEqualTo(19));
    }

    private void run(boolean demo, Consumer<LocalSystem> test) {
        try (LocalSystem system = LocalSystem.start(new LocalSettings(0, dataDir), demo, QUIET)) {
            test.accept(system);
        }
    }

    /** Each inspection's history, one "TYPE date" line per event, by inspection id. */
    private static Map<String, List<String>> histories(LocalSystem system) {
        InspectionService inspections = system.context().getBean(InspectionService.class);
        Map<String, List<String>> histories = new TreeMap<>();
        for (String area : DemoData.AREAS) {
            for (Inspection inspection : inspections.inArea(area).orElseThrow()) {
                histories.put(inspection.id().value(), inspections.history(inspection).stream()
                        .map(event -> event.type() + " " + event.on()).toList());
            }
        }
        return histories;
    }
}
