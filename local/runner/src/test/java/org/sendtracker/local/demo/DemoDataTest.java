package org.sendtracker.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.DeadlineStatus;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.clock.LocalClock;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.local.ses.OutboxMessage;
import org.sendtracker.shared.Actor;
import org.sendtracker.testing.EmailsForPeople;

/**
 * Demo data on a file-backed store across restarts: the real councils as closed history, the
 * fictional areas dated from the clock's start, loaded once into an empty store, completed when a
 * killed first start left only part of it, never duplicated, never added to an officer's own store,
 * and never stopping a start whose clock is earlier than its dates.
 */
class DemoDataTest {

    private static final String MONDAY_23_NOVEMBER_2026 = "2026-11-23T09:00:00Z";

    /** The audit trail's entries of an improvement plan (Lancashire's: {@link LancashirePlan}). */
    static final Set<String> PLAN_EVENTS =
            Set.of(
                    "BOARD_SAVED",
                    "BOARD_REPORT_PRESENTED",
                    "ACTION_ADDED",
                    "ACTION_UPDATED",
                    "MEASURE_ADDED",
                    "MEASURE_UPDATED",
                    "MEASURE_VALUE_RECORDED");

    @TempDir Path dataDir;

    @Test
    void anEmptyStore_getsTheRealCouncilsAsHistory_andTheFictionalAreasDatedFromTheClocksStart() {
        run(
                MONDAY_23_NOVEMBER_2026,
                true,
                system -> {
                    Map<String, List<String>> histories = histories(system);

                    assertThat(histories.keySet())
                            .containsExactly(
                                    "barsetshire-2022-12-05",
                                    "cheshire-east-2018-03-12",
                                    "cumbria-2019-03-18",
                                    "lancashire-2017-11-13",
                                    "midsomer-2025-05-27",
                                    "wyvern-vale-2026-09-15");
                    assertThat(histories.get("cheshire-east-2018-03-12"))
                            .containsExactly(
                                    "INSPECTION_CREATED 2018-03-05",
                                    "REPORT_RECEIVED 2018-05-08",
                                    "WSOA_SUBMITTED 2018-08-15",
                                    "WSOA_DECISION 2018-10-15",
                                    "REVISIT_NOTIFIED 2021-05-10",
                                    "REVISIT_OUTCOME 2021-06-30");
                    assertThat(histories.get("cumbria-2019-03-18"))
                            .containsExactly(
                                    "INSPECTION_CREATED 2019-03-11",
                                    "REPORT_RECEIVED 2019-05-14",
                                    "WSOA_SUBMITTED 2019-08-21",
                                    "WSOA_DECISION 2019-09-12",
                                    "WSOA_SUBMITTED 2019-10-08",
                                    "WSOA_DECISION 2019-10-18",
                                    "MONITORING_VISIT 2020-01-20",
                                    "REVISIT_NOTIFIED 2022-11-21",
                                    "REVISIT_OUTCOME 2023-01-10",
                                    "APP_SUBMITTED 2023-03-10",
                                    "PROGRESS_REVIEW_HELD 2023-03-28");
                    assertThat(histories.get("lancashire-2017-11-13"))
                            .filteredOn(line -> !PLAN_EVENTS.contains(line.split(" ")[0]))
                            .hasSize(10)
                            .startsWith("INSPECTION_CREATED 2017-11-06")
                            .endsWith("PROGRESS_REVIEW_HELD 2021-04-20");
                    // then its improvement plan (LancashirePlanTest)
                    assertThat(histories.get("lancashire-2017-11-13"))
                            .hasSize(10 + 51)
                            .endsWith("MEASURE_VALUE_RECORDED 2019-06-30");
                    assertThat(histories.get("barsetshire-2022-12-05"))
                            .containsExactly(
                                    "INSPECTION_CREATED 2022-11-28", "REPORT_RECEIVED 2026-09-10");
                    assertThat(histories.get("wyvern-vale-2026-09-15"))
                            .containsExactly(
                                    "INSPECTION_CREATED 2026-09-01", "REPORT_RECEIVED 2026-10-15");
                    assertThat(histories.get("midsomer-2025-05-27"))
                            .containsExactly(
                                    "INSPECTION_CREATED 2025-05-12",
                                    "REPORT_RECEIVED 2025-06-23",
                                    "STRATEGIC_PLAN_PUBLISHED 2025-08-01",
                                    "PRIORITY_ACTION_PLAN_SUBMITTED 2025-08-07",
                                    "PRIORITY_ACTION_PLAN_PUBLISHED 2025-09-23",
                                    "MONITORING_VISIT 2025-12-23",
                                    "MONITORING_VISIT 2026-06-23",
                                    "MONITORING_INSPECTION_NOTIFIED 2026-11-23");
                });
    }

    @Test
    void theFictionalAreas_showWorkInProgress() {
        run(
                MONDAY_23_NOVEMBER_2026,
                true,
                system -> {
                    InspectionService inspections =
                            system.context().getBean(InspectionService.class);

                    Inspection barsetshire =
                            inspections.find("barsetshire-2022-12-05").orElseThrow();
                    assertThat(barsetshire.stage()).isEqualTo(Stage.WSOA_DUE);
                    assertThat(barsetshire.outstandingDeadlines())
                            .extracting(d -> d.kind().name() + " " + d.dueOn())
                            .containsExactly("WSOA_SUBMISSION 2026-12-17");
                    Inspection wyvernVale =
                            inspections.find("wyvern-vale-2026-09-15").orElseThrow();
                    assertThat(wyvernVale.stage()).isEqualTo(Stage.ACTION_PLAN_DUE);
                    assertThat(wyvernVale.outstandingDeadlines())
                            .extracting(d -> d.kind().name() + " " + d.dueOn())
                            .contains(
                                    "PRIORITY_ACTION_PLAN_SUBMISSION 2026-12-03",
                                    "STRATEGIC_PLAN_UPDATE 2026-12-04");
                    Inspection midsomer = inspections.find("midsomer-2025-05-27").orElseThrow();
                    assertThat(midsomer.stage()).isEqualTo(Stage.MONITORING_INSPECTION);
                    assertThat(midsomer.keyDates().get("Monitoring inspection starts"))
                            .isEqualTo(LocalDate.parse("2026-12-07"));
                    assertThat(system.context().getBean(AreaService.class).all())
                            .filteredOn(
                                    area -> DemoData.FICTIONAL_AREAS.contains(area.id().value()))
                            .extracting(area -> area.name())
                            .allMatch(name -> name.endsWith(" (fictional)"))
                            .hasSize(3);
                });
    }

    @Test
    void noRealCouncil_isLeftWithAnOpenDeadline_andEachOfItsStepsSaysWhatIsOnRecord() {
        run(
                MONDAY_23_NOVEMBER_2026,
                true,
                system -> {
                    InspectionService inspections =
                            system.context().getBean(InspectionService.class);
                    for (String area : DemoData.REAL_AREAS) {
                        for (Inspection inspection : inspections.inArea(area).orElseThrow()) {
                            assertThat(inspection.stage())
                                    .as(inspection.id().value())
                                    .isEqualTo(Stage.CLOSED);
                            // nothing open or overdue; a quarterly review missing from the
                            // public record stays on the closed case, not recorded, never
                            // silently dropped (docs/domain-rules.md §1.4)
                            assertThat(inspection.outstandingDeadlines())
                                    .as(inspection.id().value())
                                    .allSatisfy(
                                            deadline ->
                                                    assertThat(
                                                                    deadline.statusOn(
                                                                            LocalDate.of(
                                                                                    2026, 11, 23)))
                                                            .isEqualTo(
                                                                    DeadlineStatus.NOT_RECORDED));
                            for (RecordedEvent event :
                                    inspections
                                            .history(inspection)
                                            .subList(1, inspections.history(inspection).size())) {
                                if (PLAN_EVENTS.contains(event.type())) {
                                    assertThat(Illustrative.isMarked(event))
                                            .as(inspection.id().value() + " " + event.type())
                                            .isTrue();
                                    continue;
                                }
                                assertThat(event.details().text("note"))
                                        .as(inspection.id().value() + " " + event.type())
                                        .isPresent();
                                assertThat(event.summary()).contains("Note: ");
                                String note = event.details().text("note").orElseThrow();
                                assertThat(
                                                Illustrative.isMarked(event)
                                                        || note.startsWith("On record: "))
                                        .as(
                                                "%s %s says what is on record or is marked illustrative",
                                                inspection.id().value(), event.type())
                                        .isTrue();
                            }
                        }
                    }
                });
    }

    @ParameterizedTest(name = "clock starting {0}")
    @ValueSource(
            strings = {"2025-01-06T09:00:00Z", MONDAY_23_NOVEMBER_2026, "2031-03-04T16:30:00Z"})
    void whateverTheClocksStart_somethingIsDueInTheNext8Weeks_andNoRealCouncilIsOverdue(
            String clockStart) {
        run(
                clockStart,
                true,
                system -> {
                    InspectionService inspections =
                            system.context().getBean(InspectionService.class);
                    LocalDate today = inspections.today();
                    List<String> overdue = new ArrayList<>();
                    List<String> dueSoon = new ArrayList<>();
                    for (String area : DemoData.AREAS) {
                        for (Inspection inspection : inspections.inArea(area).orElseThrow()) {
                            for (Deadline deadline : inspection.deadlines()) {
                                String line =
                                        inspection.id().value()
                                                + " "
                                                + deadline.kind()
                                                + " "
                                                + deadline.dueOn();
                                if (deadline.statusOn(today) == DeadlineStatus.OVERDUE) {
                                    overdue.add(line);
                                } else if (deadline.statusOn(today) == DeadlineStatus.OPEN
                                        && !deadline.dueOn().isAfter(today.plusWeeks(8))) {
                                    dueSoon.add(line);
                                }
                            }
                        }
                    }
                    assertThat(overdue).isEmpty();
                    assertThat(dueSoon)
                            .anyMatch(line -> line.startsWith("barsetshire-"))
                            .anyMatch(line -> line.startsWith("wyvern-vale-"));
                });
    }

    @Test
    void
            movingTheClock30DaysFromAFreshStore_sendsRemindersAndAVisitBriefing_allAboutFictionalAreas() {
        run(
                MONDAY_23_NOVEMBER_2026,
                true,
                system -> {
                    system.context()
                            .getBean(LocalClock.class)
                            .catchUpTo(
                                    Instant.parse(MONDAY_23_NOVEMBER_2026)
                                            .plus(30, ChronoUnit.DAYS));

                    List<OutboxMessage> mail = system.context().getBean(Outbox.class).messages();
                    mail.forEach(m -> EmailsForPeople.check(m.subject(), m.text(), m.html()));
                    assertThat(mail)
                            .extracting(OutboxMessage::subject)
                            .allMatch(
                                    subject ->
                                            subject.matches(
                                                    "\\[(Barsetshire|Wyvern Vale|Midsomer) \\(fictional\\)] .*"))
                            .anyMatch(
                                    subject ->
                                            subject.startsWith(
                                                    "[Barsetshire (fictional)] Written Statement of Action submission due in"))
                            .anyMatch(
                                    subject ->
                                            subject.startsWith(
                                                    "[Wyvern Vale (fictional)] Priority action plan submission due in"))
                            .anyMatch(
                                    subject ->
                                            subject.equals(
                                                    "[Midsomer (fictional)] Monitoring inspection notified: inspectors arrive 7 December 2026"));
                    assertThat(mail)
                            .allMatch(
                                    message ->
                                            message.to().stream()
                                                    .allMatch(
                                                            to ->
                                                                    to.matches(
                                                                            ".*@(barsetshire|wyvernvale|midsomer)\\.example")));
                });
    }

    @Test
    void
            aClockBeforeTheDemosDates_skipsWhatItCannotTakeYet_withALineSayingWhy_andALaterLoadAddsIt() {
        run(
                "2019-06-03T09:00:00Z",
                false,
                system -> {
                    DemoData demo = system.context().getBean(DemoData.class);

                    DemoData.Loaded first = demo.loadIntoEmptyStore();

                    assertThat(first.skipped())
                            .contains(
                                    "Cumbria: WSOA_SUBMITTED on 21 August 2019 and what follows are later than today (3 June 2019) on this clock:"
                                            + " left out until the clock has passed them",
                                    "Cheshire East: REVISIT_NOTIFIED on 10 May 2021 and what follows are later than today (3 June 2019) on this clock:"
                                            + " left out until the clock has passed them");
                    assertThat(first.skipped())
                            .anyMatch(
                                    line ->
                                            line.startsWith(
                                                            "Wyvern Vale (fictional)'s inspection of ")
                                                    && line.contains(
                                                            "was left out: An area SEND inspection (2023 framework) was notified on or after 1 January 2023"));
                    assertThat(first.skipped())
                            .contains(
                                    "Lancashire's improvement plan (boards, actions and measures, reports until 17 March 2021)"
                                            + " is later than today (3 June 2019) on this clock: left out until the clock has passed it");
                    assertThat(first.skipped()).hasSize(6);
                    assertThat(histories(system).get("cumbria-2019-03-18"))
                            .containsExactly(
                                    "INSPECTION_CREATED 2019-03-11", "REPORT_RECEIVED 2019-05-14");

                    system.context()
                            .getBean(LocalClock.class)
                            .catchUpTo(Instant.parse("2019-09-02T09:00:00Z"));
                    DemoData.Loaded later = demo.loadIntoEmptyStore();

                    assertThat(later.steps()).isEqualTo(1);
                    assertThat(histories(system).get("cumbria-2019-03-18"))
                            .endsWith("WSOA_SUBMITTED 2019-08-21");
                    assertThat(later.skipped())
                            .contains(
                                    "Cumbria: WSOA_DECISION on 12 September 2019 and what follows are later than today"
                                            + " (2 September 2019) on this clock: left out until the clock has passed them");
                });
    }

    @Test
    void aStoreLeftWithPartOfTheDemo_isCompletedOnTheNextStart_withNothingTwice() {
        // given a first start killed after Cumbria's report was recorded
        run(
                MONDAY_23_NOVEMBER_2026,
                false,
                system -> {
                    AreaService areas = system.context().getBean(AreaService.class);
                    InspectionService inspections =
                            system.context().getBean(InspectionService.class);
                    areas.create(
                            Map.of(
                                    "id",
                                    "cumbria",
                                    "name",
                                    "Cumbria",
                                    "contacts",
                                    List.of(
                                            Map.of(
                                                    "name",
                                                    "SEND lead officer",
                                                    "email",
                                                    "send.lead@cumbria.example",
                                                    "role",
                                                    "LEAD_OFFICER"))),
                            new Actor("demo-data", "Demo data"));
                    inspections.create(
                            Map.of(
                                    "areaId",
                                    "cumbria",
                                    "framework",
                                    "LASEND_2016",
                                    "notifiedOn",
                                    "2019-03-11",
                                    "startsOn",
                                    "2019-03-18",
                                    "endsOn",
                                    "2019-03-22"),
                            new Actor("demo-data", "Demo data"));
                    inspections.record(
                            "cumbria-2019-03-18",
                            Map.of(
                                    "type",
                                    "REPORT_RECEIVED",
                                    "on",
                                    "2019-05-14",
                                    "wsoaRequired",
                                    true,
                                    "weaknesses",
                                    List.of(
                                            "EHC plans",
                                            "Joint commissioning",
                                            "Co-production",
                                            "Waiting times",
                                            "Leadership",
                                            "Early years",
                                            "Adulthood",
                                            "Trust",
                                            "Wellbeing")),
                            Optional.empty(),
                            Optional.empty(),
                            new Actor("demo-data", "Demo data"));
                    system.context()
                            .getBean(LocalClock.class)
                            .catchUpTo(Instant.parse("2026-11-30T09:00:00Z"));
                });

        // when the runner starts again, a week later, twice
        Map<String, List<String>> afterFirst = new LinkedHashMap<>();
        run(MONDAY_23_NOVEMBER_2026, true, system -> afterFirst.putAll(histories(system)));
        Map<String, List<String>> afterSecond = new LinkedHashMap<>();
        run(
                MONDAY_23_NOVEMBER_2026,
                true,
                system -> {
                    afterSecond.putAll(histories(system));
                    assertThat(
                                    system.context()
                                            .getBean(DemoData.class)
                                            .loadIntoEmptyStore()
                                            .steps())
                            .as("steps on a complete demo")
                            .isZero();
                });

        // then the demo is whole, each event once, dated from the first start, and a further start
        // changes nothing
        assertThat(afterFirst.keySet())
                .containsExactly(
                        "barsetshire-2022-12-05",
                        "cheshire-east-2018-03-12",
                        "cumbria-2019-03-18",
                        "lancashire-2017-11-13",
                        "midsomer-2025-05-27",
                        "wyvern-vale-2026-09-15");
        assertThat(afterFirst.get("cumbria-2019-03-18")).hasSize(11).doesNotHaveDuplicates();
        assertThat(afterSecond).isEqualTo(afterFirst);
    }

    @Test
    void anOfficersOwnStore_neverGetsTheDemo() {
        run(
                MONDAY_23_NOVEMBER_2026,
                false,
                system ->
                        system.context()
                                .getBean(AreaService.class)
                                .create(
                                        Map.of(
                                                "id",
                                                "borsetshire",
                                                "name",
                                                "Borsetshire",
                                                "contacts",
                                                List.of(
                                                        Map.of(
                                                                "name",
                                                                "Lead",
                                                                "email",
                                                                "lead@borsetshire.example",
                                                                "role",
                                                                "LEAD_OFFICER"))),
                                        new Actor("officer", "Officer")));

        run(
                MONDAY_23_NOVEMBER_2026,
                true,
                system ->
                        assertThat(system.context().getBean(AreaService.class).all())
                                .extracting(area -> area.id().value())
                                .containsExactly("borsetshire"));
    }

    private void run(String clockStart, boolean demo, Consumer<LocalSystem> test) {
        Map<String, Object> quiet =
                Map.of(
                        "sendtracker.local.timer-pump",
                        "off",
                        "sendtracker.local.clock-start",
                        clockStart);
        try (LocalSystem system = LocalSystem.start(new LocalSettings(0, dataDir), demo, quiet)) {
            test.accept(system);
        }
    }

    /** Each inspection's history, one "TYPE date" line per event, by inspection id. */
    private static Map<String, List<String>> histories(LocalSystem system) {
        InspectionService inspections = system.context().getBean(InspectionService.class);
        Map<String, List<String>> histories = new TreeMap<>();
        for (String area : DemoData.AREAS) {
            if (system.context().getBean(AreaService.class).find(area).isEmpty()) {
                continue;
            }
            for (Inspection inspection : inspections.inArea(area).orElseThrow()) {
                histories.put(
                        inspection.id().value(),
                        inspections.history(inspection).stream()
                                .map(event -> event.type() + " " + event.on())
                                .toList());
            }
        }
        return histories;
    }
}
