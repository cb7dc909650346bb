package org.sendtracker.inspection.model;

import static org.sendtracker.inspection.model.Recording.NOW;
import static org.sendtracker.inspection.model.Recording.record;

import java.time.LocalDate;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.rules.Framework;

/**
 * Cumbria's 2019 local area SEND inspection at each stage of the LASEND_2016 lifecycle, on the
 * dates the council published: notified Monday 11 March, on site 18–22 March, report received 14
 * May, first WSoA late August, resubmit by 8 October, accepted 18 October.
 */
final class Lasend2016Fixtures {

    static final String IDENTIFICATION = "Identification of children and young people with SEND";
    static final String EHC_PLANS = "Quality and timeliness of EHC plans";
    static final String JOINT_COMMISSIONING = "Joint commissioning arrangements";

    private Lasend2016Fixtures() {}

    static Inspection aCumbriaInspectionAwaitingReport() {
        return Inspection.notified(
                new InspectionId("cumbria-2019-03-18"),
                new AreaId("cumbria"),
                Framework.LASEND_2016,
                LocalDate.of(2019, 3, 11),
                LocalDate.of(2019, 3, 18),
                LocalDate.of(2019, 3, 22),
                NOW);
    }

    /** Report received 14 May 2019 with three areas of significant weakness: WSoA due 21 August. */
    static Inspection aCumbriaInspectionWithWsoaDue() {
        return record(
                aCumbriaInspectionAwaitingReport(),
                "REPORT_RECEIVED",
                """
                {"on": "2019-05-14", "publishedOn": "2019-05-22", "wsoaRequired": true,
                 "weaknesses": ["%s", "%s", "%s"]}"""
                        .formatted(IDENTIFICATION, EHC_PLANS, JOINT_COMMISSIONING));
    }

    static Inspection aCumbriaInspectionWithWsoaUnderReview() {
        return record(
                aCumbriaInspectionWithWsoaDue(),
                "WSOA_SUBMITTED",
                """
                {"on": "2019-08-20"}""");
    }

    static Inspection aCumbriaInspectionAskedToResubmitItsWsoa() {
        return record(
                aCumbriaInspectionWithWsoaUnderReview(),
                "WSOA_DECISION",
                """
                {"on": "2019-09-10", "fitForPurpose": false, "resubmitBy": "2019-10-08"}""");
    }

    static Inspection aCumbriaInspectionWithResubmittedWsoaUnderReview() {
        return record(
                aCumbriaInspectionAskedToResubmitItsWsoa(),
                "WSOA_SUBMITTED",
                """
                {"on": "2019-10-07"}""");
    }

    /** WSoA accepted 18 October 2019: quarterly reviews and the revisit within 18 months. */
    static Inspection aCumbriaInspectionInMonitoring() {
        return record(
                aCumbriaInspectionWithResubmittedWsoaUnderReview(),
                "WSOA_DECISION",
                """
                {"on": "2019-10-18", "fitForPurpose": true}""");
    }

    /** Revisit notified Monday 8 March 2021; inspectors arrive 22 March. */
    static Inspection aCumbriaInspectionAwaitingItsRevisitReport() {
        return record(
                aCumbriaInspectionInMonitoring(),
                "REVISIT_NOTIFIED",
                """
                {"on": "2021-03-08"}""");
    }

    /** The revisit found insufficient progress in joint commissioning: APP due 30 June 2021. */
    static Inspection aCumbriaInspectionInAcceleratedProgress() {
        return record(
                aCumbriaInspectionAwaitingItsRevisitReport(),
                "REVISIT_OUTCOME",
                """
                {"on": "2021-04-26", "publishedOn": "2021-05-04", "appDueOn": "2021-06-30",
                 "sufficientProgress": {"1": true, "2": true, "3": false}}""");
    }

    static Inspection aCumbriaInspectionWithItsAppSubmitted() {
        return record(
                aCumbriaInspectionInAcceleratedProgress(),
                "APP_SUBMITTED",
                """
                {"on": "2021-06-28"}""");
    }

    static Inspection aClosedCumbriaInspection() {
        return record(
                aCumbriaInspectionWithItsAppSubmitted(),
                "PROGRESS_REVIEW_HELD",
                """
                {"on": "2021-10-20"}""");
    }
}
