package org.sendtracker.inspection.model;

import static org.sendtracker.inspection.model.Recording.NOW;
import static org.sendtracker.inspection.model.Recording.record;

import java.time.LocalDate;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.rules.Framework;

/**
 * A Norfolk area SEND inspection under the January 2023 framework: notified Monday 5 June 2023,
 * inspectors on site from 19 June, report received Thursday 14 September 2023.
 */
final class AreaSend2023Fixtures {

    static final String EHC_PLANS = "Timeliness and quality of EHC plans";
    static final String ALTERNATIVE_PROVISION = "Oversight of alternative provision";

    private AreaSend2023Fixtures() {}

    static Inspection aNorfolkInspectionAwaitingReport() {
        return Inspection.notified(
                new InspectionId("norfolk-2023-06-19"),
                new AreaId("norfolk"),
                Framework.AREA_SEND_2023,
                LocalDate.of(2023, 6, 5),
                LocalDate.of(2023, 6, 19),
                LocalDate.of(2023, 7, 7),
                NOW);
    }

    static Inspection aNorfolkInspectionWithOutcome(int outcome) {
        return record(
                aNorfolkInspectionAwaitingReport(),
                "REPORT_RECEIVED",
                """
                {"on": "2023-09-14", "publishedOn": "2023-09-21", "outcome": %d}"""
                        .formatted(outcome));
    }

    /** Outcome 3: widespread and/or systemic failings, two areas for improvement. */
    static Inspection aNorfolkInspectionWithItsPriorityActionPlanDue() {
        return record(
                aNorfolkInspectionAwaitingReport(),
                "REPORT_RECEIVED",
                """
                {"on": "2023-09-14", "publishedOn": "2023-09-21", "outcome": 3,
                 "weaknesses": ["%s", "%s"]}"""
                        .formatted(EHC_PLANS, ALTERNATIVE_PROVISION));
    }

    static Inspection aNorfolkInspectionInMonitoring() {
        return record(
                aNorfolkInspectionWithItsPriorityActionPlanDue(),
                "PRIORITY_ACTION_PLAN_SUBMITTED",
                """
                {"on": "2023-10-31"}""");
    }

    /** Plans submitted and published; the strategic plan updated. */
    static Inspection aNorfolkInspectionInMonitoringWithEveryPlanPublished() {
        Inspection inspection =
                record(
                        aNorfolkInspectionInMonitoring(),
                        "STRATEGIC_PLAN_PUBLISHED",
                        """
                {"on": "2023-11-01"}""");
        return record(
                inspection,
                "PRIORITY_ACTION_PLAN_PUBLISHED",
                """
                {"on": "2023-12-15"}""");
    }

    /** Monitoring inspection notified Monday 3 February 2025; inspectors arrive 17 February. */
    static Inspection aNorfolkInspectionAwaitingItsMonitoringInspectionReport() {
        return record(
                aNorfolkInspectionInMonitoringWithEveryPlanPublished(),
                "MONITORING_INSPECTION_NOTIFIED",
                """
                {"on": "2025-02-03"}""");
    }

    static Inspection aNorfolkInspectionBetweenInspections() {
        return record(
                aNorfolkInspectionAwaitingItsMonitoringInspectionReport(),
                "MONITORING_INSPECTION_OUTCOME",
                """
                {"on": "2025-03-20", "publishedOn": "2025-03-27", "sufficientProgress": {"1": true, "2": false}}""");
    }
}
