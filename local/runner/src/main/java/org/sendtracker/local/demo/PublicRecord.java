package org.sendtracker.local.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three areas in the news, as history: each inspection runs as far as the public record goes
 * and ends closed, so no real council is ever shown overdue on a duty it met. Facts come with where
 * they were published (in each step's note); a step whose day, detail or very occurrence the record
 * does not give is marked illustrative and says so. The record, as found in November 2026:
 *
 * <ul>
 *   <li>Cheshire East: notified Monday 5 March 2018, on site 12–16 March 2018; two areas of
 *       significant weakness; WSoA to be submitted by 15 August 2018; revisit 24–27 May 2021,
 *       sufficient progress in both, outcome letter published by 30 June 2021 (Cheshire East
 *       Council; Cheshire East Parent Carer Forum; NHS Eastern Cheshire CCG).
 *   <li>Cumbria: on site 18–22 March 2019; nine areas of significant weakness; WSoA due 21 August
 *       2019, sent late August, more work asked for with a revised plan by 8 October, approved 18
 *       October 2019; revisit 5–8 December 2022, sufficient progress in 7 of 9 (Cumbria County
 *       Council bulletins and Local Offer; Cumberland Council; North West Evening Mail). Cumbria
 *       County Council was replaced by Cumberland and Westmorland and Furness councils on 1 April
 *       2023.
 *   <li>Lancashire: on site 13–17 November 2017; report of 16 January 2018 with twelve areas of
 *       significant weakness; quarterly monitoring; revisit in March 2020, sufficient progress in 7
 *       of 12, the other 5 monitored through an Accelerated Progress Plan (Lancashire County
 *       Council; Lancashire Evening Post).
 * </ul>
 */
final class PublicRecord {

    private PublicRecord() {}

    static List<DemoArea> areas() {
        return List.of(cumbria(), lancashire(), cheshireEast());
    }

    private static DemoArea cumbria() {
        return new DemoArea(
                "cumbria",
                "Cumbria",
                List.of(
                        new DemoArea.Inspection(
                                "LASEND_2016",
                                date("2019-03-11"),
                                date("2019-03-18"),
                                date("2019-03-22"),
                                false,
                                List.of(
                                        Step.of("REPORT_RECEIVED", "2019-05-14")
                                                .with("wsoaRequired", true)
                                                .with(
                                                        "weaknesses",
                                                        List.of(
                                                                "Timeliness and quality of education, health and care (EHC) plans",
                                                                "Joint commissioning and the local offer",
                                                                "Co-production with parents and carers",
                                                                "Waiting times for neurodevelopmental assessment",
                                                                "Strategic leadership and oversight across the partnership",
                                                                "Identification of needs in the early years",
                                                                "Preparation for adulthood",
                                                                "Parents' and carers' trust and faith in the local area's work",
                                                                "Support for emotional health and wellbeing, particularly of autistic children and young people"))
                                                .illustrative(
                                                        "On record: inspected 18 to 22 March 2019, nine areas of significant weakness, WSoA due"
                                                                + " 21 August 2019 (so the letter arrived on 14 May). Areas 8 and 9 are named as the 2022 revisit"
                                                                + " named them (Cumberland Council); the other seven titles are illustrative."),
                                        Step.of("WSOA_SUBMITTED", "2019-08-21")
                                                .illustrative(
                                                        "On record: sent towards the end of August 2019 (Cumbria SEND Improvement Programme"
                                                                + " bulletin, 20 September 2019). The day is illustrative."),
                                        Step.of("WSOA_DECISION", "2019-09-12")
                                                .with("fitForPurpose", false)
                                                .with("resubmitBy", "2019-10-08")
                                                .illustrative(
                                                        "On record: Ofsted asked for further work the week before 20 September 2019, with a"
                                                                + " revised plan by 8 October (bulletin, 20 September 2019). The day of the response is illustrative."),
                                        Step.of("WSOA_SUBMITTED", "2019-10-08")
                                                .illustrative(
                                                        "On record: the revised plan was due by 8 October 2019. The day it went is illustrative."),
                                        Step.of("WSOA_DECISION", "2019-10-18")
                                                .with("fitForPurpose", true)
                                                .source(
                                                        "On record: the revised WSoA was approved on 18 October 2019 (Cumbria Local Offer, SEND"
                                                                + " Improvement Programme)."),
                                        Step.of("MONITORING_VISIT", "2020-01-20")
                                                .with(
                                                        "statuses",
                                                        statuses(
                                                                Map.of(
                                                                        1,
                                                                        "ON_TRACK",
                                                                        2,
                                                                        "DELAYED",
                                                                        3,
                                                                        "ON_TRACK",
                                                                        4,
                                                                        "NOT_STARTED")))
                                                .illustrative(
                                                        "On record: DfE and NHS England monitored progress on the WSoA (Cumbria County Council)."
                                                                + " This review and its statuses are illustrative."),
                                        Step.of("REVISIT_NOTIFIED", "2022-11-21")
                                                .with("startsOn", "2022-12-05")
                                                .illustrative(
                                                        "On record: the revisit ran from 5 to 8 December 2022 (North West Evening Mail), later"
                                                                + " than the 18 months after acceptance first expected. The day of the notice is illustrative."),
                                        Step.of("REVISIT_OUTCOME", "2023-01-10")
                                                .with("sufficientProgress", judgements(9, 8, 9))
                                                .with("appDueOn", "2023-03-10")
                                                .illustrative(
                                                        "On record: sufficient progress in 7 of the 9 areas, not in parents' and carers' trust"
                                                                + " and in emotional health and wellbeing support (Cumberland Council). The day the letter"
                                                                + " arrived and the Accelerated Progress Plan's due date are illustrative."),
                                        Step.of("APP_SUBMITTED", "2023-03-10")
                                                .illustrative(
                                                        "On record: the partnership carried on its improvement plan with DfE and NHS England"
                                                                + " (Cumberland Council). This step and its day are illustrative."),
                                        Step.of("PROGRESS_REVIEW_HELD", "2023-03-28")
                                                .illustrative(
                                                        "Illustrative, to close the record: Cumbria County Council was replaced by Cumberland"
                                                                + " and Westmorland and Furness councils on 1 April 2023, and the public record of this"
                                                                + " inspection ends there. Cumberland's own inspection (July 2025) is not in this demo.")))));
    }

    private static DemoArea lancashire() {
        return new DemoArea(
                "lancashire",
                "Lancashire",
                List.of(
                        new DemoArea.Inspection(
                                "LASEND_2016",
                                date("2017-11-06"),
                                date("2017-11-13"),
                                date("2017-11-17"),
                                false,
                                List.of(
                                        Step.of("REPORT_RECEIVED", "2018-01-16")
                                                .with("publishedOn", "2018-01-16")
                                                .with("wsoaRequired", true)
                                                .with(
                                                        "weaknesses",
                                                        List.of(
                                                                "Strategic leadership of SEND across the partnership",
                                                                "Joint commissioning arrangements",
                                                                "Engagement and co-production with parents and carers",
                                                                "Timeliness of EHC needs assessments",
                                                                "Quality of EHC plans",
                                                                "Health contributions to EHC plans",
                                                                "Waiting times for autism spectrum disorder assessment",
                                                                "The local offer",
                                                                "Identification of needs in the early years",
                                                                "Preparation for adulthood",
                                                                "Use of data and quality assurance",
                                                                "A plan to improve outcomes for children and young people with SEND"))
                                                .illustrative(
                                                        "On record: inspected 13 to 17 November 2017; report of 16 January 2018 with twelve"
                                                                + " areas of significant weakness, among them engagement with parents and carers and the lack"
                                                                + " of a plan to improve outcomes (Lytham St Annes Express). The titles are illustrative."),
                                        Step.of("WSOA_SUBMITTED", "2018-04-26")
                                                .illustrative(
                                                        "On record: a WSoA was produced and monitored. The day it was submitted is illustrative."),
                                        Step.of("WSOA_DECISION", "2018-06-12")
                                                .with("fitForPurpose", true)
                                                .illustrative(
                                                        "The day the WSoA was accepted is illustrative."),
                                        Step.of("MONITORING_VISIT", "2018-09-11")
                                                .with(
                                                        "statuses",
                                                        statuses(
                                                                Map.of(
                                                                        1,
                                                                        "ON_TRACK",
                                                                        4,
                                                                        "DELAYED",
                                                                        7,
                                                                        "DELAYED")))
                                                .illustrative(
                                                        "On record: Lancashire had quarterly monitoring visits (Lancashire Evening Post,"
                                                                + " 30 November 2018). The days and statuses are illustrative."),
                                        Step.of("MONITORING_VISIT", "2018-12-11")
                                                .with(
                                                        "statuses",
                                                        statuses(
                                                                Map.of(
                                                                        4,
                                                                        "ON_TRACK",
                                                                        5,
                                                                        "ON_TRACK")))
                                                .illustrative(
                                                        "On record: quarterly monitoring visits continued. The day and statuses are illustrative."),
                                        Step.of("REVISIT_NOTIFIED", "2020-02-17")
                                                .with("startsOn", "2020-03-02")
                                                .illustrative(
                                                        "On record: the revisit took place in March 2020 (Lancashire County Council, SEND Plan"
                                                                + " 2021-25), shortly before the first lockdown (Lancashire Evening Post). The days are illustrative."),
                                        Step.of("REVISIT_OUTCOME", "2020-10-13")
                                                .with("publishedOn", "2020-10-21")
                                                .with(
                                                        "sufficientProgress",
                                                        judgements(12, 2, 6, 7, 10, 11))
                                                .with("appDueOn", "2020-12-18")
                                                .illustrative(
                                                        "On record: sufficient progress in 7 of the 12 areas and not in the other 5, which were"
                                                                + " then monitored through an Accelerated Progress Plan (Lancashire Evening Post; Lancashire"
                                                                + " County Council). Which five, the days and the plan's due date are illustrative."),
                                        Step.of("APP_SUBMITTED", "2020-12-16")
                                                .illustrative(
                                                        "On record: DfE and NHS England monitored an Accelerated Progress Plan. The day is illustrative."),
                                        Step.of("PROGRESS_REVIEW_HELD", "2021-04-20")
                                                .illustrative(
                                                        "Illustrative, to close the record: the public record does not give the formal progress"
                                                                + " review. Lancashire's next inspection (December 2024, under the 2023 framework) is not in"
                                                                + " this demo.")))));
    }

    private static DemoArea cheshireEast() {
        return new DemoArea(
                "cheshire-east",
                "Cheshire East",
                List.of(
                        new DemoArea.Inspection(
                                "LASEND_2016",
                                date("2018-03-05"),
                                date("2018-03-12"),
                                date("2018-03-16"),
                                false,
                                List.of(
                                        Step.of("REPORT_RECEIVED", "2018-05-08")
                                                .with("wsoaRequired", true)
                                                .with(
                                                        "weaknesses",
                                                        List.of(
                                                                "The timeliness, process and quality of education, health and care (EHC) plans",
                                                                "The lack of an effective autism spectrum disorder (ASD) pathway and unreasonable waiting times"))
                                                .illustrative(
                                                        "On record: notified 5 March 2018, inspected 12 to 16 March, these two areas of"
                                                                + " significant weakness, the letter in hand by 10 May 2018 (Cheshire East Council; NHS Eastern"
                                                                + " Cheshire CCG). The day it arrived is illustrative: 8 May makes the WSoA due on 15 August"
                                                                + " 2018, the date the partnership said it would submit by."),
                                        Step.of("WSOA_SUBMITTED", "2018-08-15")
                                                .illustrative(
                                                        "On record: to be signed off by the Health and Wellbeing Board on 24 July 2018 and"
                                                                + " submitted by 15 August 2018 (Cheshire East Council). The day it went is illustrative."),
                                        Step.of("WSOA_DECISION", "2018-10-15")
                                                .with("fitForPurpose", true)
                                                .illustrative(
                                                        "On record: Ofsted approved the WSoA, and the revisit was expected by April 2020"
                                                                + " (Cheshire East Parent Carer Forum), 18 months after an acceptance in October 2018."
                                                                + " The day is illustrative."),
                                        Step.of("REVISIT_NOTIFIED", "2021-05-10")
                                                .with("startsOn", "2021-05-24")
                                                .illustrative(
                                                        "On record: the revisit ran from 24 to 27 May 2021 (Cheshire East Council), later than"
                                                                + " the April 2020 first expected. The day of the notice is illustrative."),
                                        Step.of("REVISIT_OUTCOME", "2021-06-30")
                                                .with("publishedOn", "2021-06-30")
                                                .with("sufficientProgress", judgements(2))
                                                .illustrative(
                                                        "On record: the outcome letter, published by 30 June 2021, found sufficient progress in"
                                                                + " both areas of weakness, so monitoring ended (Cheshire East Parent Carer Forum; Cheshire East"
                                                                + " Council). The day it was received is illustrative.")))));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    private static Map<String, String> statuses(Map<Integer, String> byNumber) {
        Map<String, String> statuses = new LinkedHashMap<>();
        byNumber.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> statuses.put(String.valueOf(entry.getKey()), entry.getValue()));
        return statuses;
    }

    /**
     * A revisit's judgement for each of {@code count} areas of weakness: sufficient progress except
     * in {@code insufficient}.
     */
    private static Map<String, Boolean> judgements(int count, int... insufficient) {
        Map<String, Boolean> judgements = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            int number = i;
            judgements.put(
                    String.valueOf(i), Arrays.stream(insufficient).noneMatch(n -> n == number));
        }
        return judgements;
    }
}
