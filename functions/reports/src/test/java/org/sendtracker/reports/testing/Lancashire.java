package org.sendtracker.reports.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.improvement.model.Action;
import org.sendtracker.improvement.model.ActionProgress;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.improvement.model.BoardKind;
import org.sendtracker.improvement.model.Direction;
import org.sendtracker.improvement.model.ImprovementPlan;
import org.sendtracker.improvement.model.Measure;
import org.sendtracker.improvement.model.MeasureValue;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.shared.Actor;

/**
 * An inspection with a WSoA under monitoring, its three areas of weakness rated at a monitoring
 * visit, and an improvement plan: a board, actions and two measures with a year of monthly values.
 */
public final class Lancashire {

    public static final String AREA = "lancashire";
    public static final String INSPECTION = "lancashire-2017-11-13";
    public static final List<String> WEAKNESSES =
            List.of(
                    "Timeliness and quality of EHC plans",
                    "Waiting times for autism assessment",
                    "Co-production with parents and carers");
    public static final List<String> MEASURES =
            List.of(
                    "EHC plans issued within 20 weeks",
                    "Autism assessment waiting time",
                    "Parents who feel listened to");

    private static final Actor OFFICER = new Actor("test-report-officer", "Rae Porter");

    private Lancashire() {}

    public static void record(ReportsStack stack, FixedPlans plans) {
        AreaService areas = stack.context.getBean(AreaService.class);
        assertThat(
                        areas.create(
                                        Map.of(
                                                "id",
                                                AREA,
                                                "name",
                                                "Lancashire",
                                                "contacts",
                                                List.of(
                                                        Map.of(
                                                                "name",
                                                                "Lee Lead",
                                                                "email",
                                                                "lee.lead@lancashire.example",
                                                                "role",
                                                                "LEAD_OFFICER"))),
                                        OFFICER)
                                .isOk())
                .isTrue();
        InspectionService inspections = stack.context.getBean(InspectionService.class);
        assertThat(
                        inspections
                                .create(
                                        Map.of(
                                                "areaId", AREA,
                                                "framework", "LASEND_2016",
                                                "notifiedOn", "2017-11-06",
                                                "startsOn", "2017-11-13",
                                                "endsOn", "2017-11-17"),
                                        OFFICER)
                                .isOk())
                .isTrue();
        record(
                inspections,
                Map.of(
                        "type",
                        "REPORT_RECEIVED",
                        "on",
                        "2018-01-16",
                        "publishedOn",
                        "2018-01-23",
                        "wsoaRequired",
                        true,
                        "weaknesses",
                        WEAKNESSES));
        record(inspections, Map.of("type", "WSOA_SUBMITTED", "on", "2018-04-20"));
        record(
                inspections,
                Map.of("type", "WSOA_DECISION", "on", "2018-05-18", "fitForPurpose", true));
        record(
                inspections,
                Map.of(
                        "type",
                        "MONITORING_VISIT",
                        "on",
                        "2018-09-12",
                        "statuses",
                        Map.of("1", "ON_TRACK", "2", "DELAYED", "3", "NOT_STARTED")));
        plans.put(plan());
    }

    public static void record(InspectionService inspections, Map<String, ?> event) {
        assertThat(
                        inspections
                                .record(
                                        INSPECTION,
                                        event,
                                        Optional.empty(),
                                        Optional.empty(),
                                        OFFICER)
                                .isOk())
                .as("%s", event)
                .isTrue();
    }

    static ImprovementPlan plan() {
        return new ImprovementPlan(
                new InspectionId(INSPECTION),
                1,
                List.of(
                        new Board(
                                "send-improvement-board",
                                "SEND Improvement Board",
                                BoardKind.IMPROVEMENT_BOARD,
                                List.of("chair@lancashire.example"),
                                null,
                                null)),
                List.of(
                        new Action(
                                "a1",
                                1,
                                "Audit every EHC plan issued late",
                                "Head of SEND",
                                LocalDate.parse("2018-07-31"),
                                ActionProgress.COMPLETE,
                                LocalDate.parse("2018-07-20"),
                                false),
                        new Action(
                                "a2",
                                2,
                                "Commission a second autism assessment provider",
                                "ICB commissioner",
                                LocalDate.parse("2018-08-31"),
                                ActionProgress.IN_PROGRESS,
                                null,
                                false)),
                List.of(
                        monthly(
                                "m1",
                                1,
                                MEASURES.get(0),
                                "%",
                                Direction.HIGHER_IS_BETTER,
                                "31",
                                "60",
                                new int[] {31, 33, 36, 38, 41, 45, 47, 50, 52, 55, 57, 58}),
                        monthly(
                                "m2",
                                2,
                                MEASURES.get(1),
                                "weeks",
                                Direction.LOWER_IS_BETTER,
                                "74",
                                "18",
                                new int[] {74, 72, 70, 71, 68, 66, 64, 63, 60, 58, 57, 55}),
                        monthly(
                                "m3",
                                3,
                                MEASURES.get(2),
                                "%",
                                Direction.HIGHER_IS_BETTER,
                                "40",
                                "70",
                                new int[] {40, 41, 43, 42, 45, 47, 48, 50, 51, 52, 54, 56})));
    }

    private static Measure monthly(
            String id,
            int weakness,
            String name,
            String unit,
            Direction direction,
            String baseline,
            String target,
            int[] values) {
        LocalDate start = LocalDate.parse("2017-10-01");
        List<MeasureValue> readings =
                IntStream.range(0, values.length)
                        .mapToObj(
                                i ->
                                        new MeasureValue(
                                                start.plusMonths(i),
                                                BigDecimal.valueOf(values[i]),
                                                null))
                        .toList();
        return new Measure(
                id,
                weakness,
                name,
                unit,
                direction,
                new BigDecimal(baseline),
                start,
                new BigDecimal(target),
                LocalDate.parse("2019-03-31"),
                readings,
                false);
    }
}
