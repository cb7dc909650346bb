package org.sendtracker.inspection.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.rules.BuiltInRules;
import org.sendtracker.rules.Framework;
import org.sendtracker.testing.SettableClock;

/**
 * The open inspections of a few areas are read area by area; of more, from every open inspection,
 * kept to theirs: the same inspections either way.
 */
class OpenInspectionsOfAreasTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private final List<String> asked = new ArrayList<>();
    private final List<Inspection> open =
            List.of(
                    inspection("cumbria"),
                    inspection("durham"),
                    inspection("kent"),
                    inspection("york"));

    private final Inspections inspections =
            new Inspections() {
                @Override
                public Optional<Inspection> find(InspectionId id) {
                    return Optional.empty();
                }

                @Override
                public List<Inspection> inArea(AreaId area) {
                    throw new AssertionError("not the area's whole history");
                }

                @Override
                public List<Inspection> openIn(AreaId area) {
                    asked.add(area.value());
                    return open.stream().filter(i -> i.areaId().equals(area)).toList();
                }

                @Override
                public List<Inspection> open() {
                    asked.add("every area");
                    return open;
                }

                @Override
                public void create(Inspection inspection, RecordedEvent created) {}

                @Override
                public void update(
                        Inspection previous,
                        Inspection next,
                        RecordedEvent event,
                        Optional<IdempotentResult> idempotency) {}

                @Override
                public Optional<IdempotentResult> idempotentResult(InspectionId id, String key) {
                    return Optional.empty();
                }

                @Override
                public List<RecordedEvent> history(InspectionId id) {
                    return List.of();
                }
            };

    private final InspectionService service =
            new InspectionService(
                    inspections,
                    NoAreas.AT_ALL,
                    new WorkingDayCalendar(new EnglandAndWalesBankHolidays()),
                    BuiltInRules.get(),
                    SettableClock.at(NOW.toString()),
                    List.of());

    @Test
    void upToThreeAreas_areReadEachFromItsOwn() {
        assertThat(service.openIn(List.of(new AreaId("durham"), new AreaId("york"))))
                .extracting(i -> i.areaId().value())
                .containsExactly("durham", "york");
        assertThat(asked).containsExactly("durham", "york");
    }

    @Test
    void moreAreas_areReadFromEveryOpenInspection_keptToTheirs() {
        assertThat(
                        service.openIn(
                                List.of(
                                        new AreaId("cumbria"),
                                        new AreaId("durham"),
                                        new AreaId("kent"),
                                        new AreaId("leeds"))))
                .extracting(i -> i.areaId().value())
                .containsExactlyInAnyOrder("cumbria", "durham", "kent");
        assertThat(asked).containsExactly("every area");
    }

    private static Inspection inspection(String area) {
        return Inspection.notified(
                new InspectionId(area + "-2026-06-01"),
                new AreaId(area),
                Framework.AREA_SEND_2023,
                LocalDate.of(2026, 5, 26),
                LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 5),
                NOW);
    }
}
