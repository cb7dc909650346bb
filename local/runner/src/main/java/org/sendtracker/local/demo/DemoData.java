package org.sendtracker.local.demo;

import jakarta.inject.Singleton;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Recorded;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three areas in the news, entered through the same application services as an officer's
 * requests. The dates and counts named in public reporting are used as reported (Cumbria's WSoA due
 * 21 August 2019; Lancashire's inspection of 13–17 November 2017, report of 16 January 2018 with
 * twelve areas of weakness; Cheshire East on site 12–16 March 2018 with its two areas of weakness);
 * the weakness titles and later steps are illustrative.
 *
 * <p>Loaded into an empty store only, and resumable: a runner killed during the first load leaves
 * part of the demo, and the next start completes it. Each step is skipped when it is already there
 * (the area, the inspection, an event of that type on that date in the history), so a store holding
 * nothing but the demo areas is completed and never duplicated; a store with any other area is an
 * officer's, and is left alone.
 */
@Singleton
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = new Actor("demo-data", "Demo data");
    static final Set<String> AREAS = Set.of("cumbria", "lancashire", "cheshire-east");

    private final AreaService areas;
    private final InspectionService inspections;
    private boolean resuming;
    private int steps;
    /** Per demo inspection, its events as "TYPE yyyy-MM-dd": read once per load, added to as events are recorded. */
    private final Map<String, Set<String>> recorded = new HashMap<>();

    DemoData(AreaService areas, InspectionService inspections) {
        this.areas = areas;
        this.inspections = inspections;
    }

    /** Loads the demo into an empty store, or completes one a killed runner left part-loaded. @return the steps taken */
    public synchronized int loadIntoEmptyStore() {
        List<String> present = areas.all().stream().map(area -> area.id().value()).toList();
        if (!AREAS.containsAll(present)) {
            return 0;
        }
        resuming = !present.isEmpty();
        steps = 0;
        recorded.clear();
        cumbria();
        lancashire();
        cheshireEast();
        if (steps > 0) {
            LOG.info(resuming ? "Completed the demo data a previous start left part-loaded ({} steps)"
                    : "Loaded demo data for Cumbria, Lancashire and Cheshire East ({} steps)", steps);
        }
        return steps;
    }

    private void cumbria() {
        area("cumbria", "Cumbria");
        String id = inspection("cumbria", "LASEND_2016", "2019-03-11", "2019-03-18", "2019-03-22");
        event(id, Map.of("type", "REPORT_RECEIVED", "on", "2019-05-14", "publishedOn", "2019-05-22", "wsoaRequired", true,
                "weaknesses", List.of(
                        "Timeliness and quality of education, health and care (EHC) plans",
                        "Joint commissioning and the local offer",
                        "Co-production with parents and carers",
                        "Waiting times for neurodevelopmental assessment")));
        event(id, Map.of("type", "WSOA_SUBMITTED", "on", "2019-08-21"));
        event(id, Map.of("type", "WSOA_DECISION", "on", "2019-09-10", "fitForPurpose", false, "resubmitBy", "2019-10-08"));
        event(id, Map.of("type", "WSOA_SUBMITTED", "on", "2019-10-08"));
        event(id, Map.of("type", "WSOA_DECISION", "on", "2019-10-18", "fitForPurpose", true));
        event(id, Map.of("type", "MONITORING_VISIT", "on", "2020-01-20",
                "statuses", Map.of("1", "ON_TRACK", "2", "DELAYED", "3", "ON_TRACK", "4", "NOT_STARTED")));
    }

    private void lancashire() {
        area("lancashire", "Lancashire");
        String id = inspection("lancashire", "LASEND_2016", "2017-11-06", "2017-11-13", "2017-11-17");
        event(id, Map.of("type", "REPORT_RECEIVED", "on", "2018-01-16", "publishedOn", "2018-01-16", "wsoaRequired", true,
                "weaknesses", List.of(
                        "Strategic leadership of SEND across the partnership",
                        "Joint commissioning arrangements",
                        "Co-production with children, young people and families",
                        "Timeliness of EHC needs assessments",
                        "Quality of EHC plans",
                        "Health contributions to EHC plans",
                        "Waiting times for autism spectrum disorder assessment",
                        "The local offer",
                        "Identification of needs in the early years",
                        "Preparation for adulthood",
                        "Use of data and quality assurance",
                        "Outcomes and attendance of children and young people with SEND")));
        event(id, Map.of("type", "WSOA_SUBMITTED", "on", "2018-04-26"));
        event(id, Map.of("type", "WSOA_DECISION", "on", "2018-06-12", "fitForPurpose", true));
        event(id, Map.of("type", "MONITORING_VISIT", "on", "2018-09-11", "statuses", Map.of("1", "ON_TRACK", "4", "DELAYED", "7", "DELAYED")));
        event(id, Map.of("type", "MONITORING_VISIT", "on", "2018-12-11", "statuses", Map.of("4", "ON_TRACK", "5", "ON_TRACK")));
        event(id, Map.of("type", "REVISIT_NOTIFIED", "on", "2019-11-18"));
        Map<String, Object> judgements = new LinkedHashMap<>();
        for (int i = 1; i <= 12; i++) {
            judgements.put(String.valueOf(i), i != 7 && i != 10);
        }
        event(id, Map.of("type", "REVISIT_OUTCOME", "on", "2020-01-14", "publishedOn", "2020-01-21",
                "sufficientProgress", judgements, "appDueOn", "2020-04-30"));
        event(id, Map.of("type", "APP_SUBMITTED", "on", "2020-04-28"));
        event(id, Map.of("type", "PROGRESS_REVIEW_HELD", "on", "2020-07-14"));
    }

    private void cheshireEast() {
        area("cheshire-east", "Cheshire East");
        String id = inspection("cheshire-east", "LASEND_2016", "2018-03-05", "2018-03-12", "2018-03-16");
        event(id, Map.of("type", "REPORT_RECEIVED", "on", "2018-05-01", "publishedOn", "2018-05-10", "wsoaRequired", true,
                "weaknesses", List.of(
                        "The timeliness, process and quality of EHC plans",
                        "The autism pathway and waiting times")));
    }

    private void area(String id, String name) {
        if (areas.find(id).isPresent()) {
            return;
        }
        String domain = id.replace("-", "") + ".example";
        expectOk(areas.create(Map.of("id", id, "name", name, "contacts", List.of(
                contact("SEND lead officer", "send.lead@" + domain, "LEAD_OFFICER"),
                contact("Director of children's services", "dcs@" + domain, "DIRECTOR_OF_CHILDRENS_SERVICES"),
                contact("Designated clinical officer", "nhs.lead@" + domain, "NHS_LEAD"),
                contact("Chief executive", "chief.executive@" + domain, "CHIEF_EXECUTIVE"),
                contact("Parent carer forum", "forum@" + domain, "PARENT_CARER_FORUM"))), DEMO), "area " + id);
        steps++;
    }

    private static Map<String, String> contact(String name, String email, String role) {
        return Map.of("name", name, "email", email, "role", role);
    }

    private String inspection(String area, String framework, String notifiedOn, String startsOn, String endsOn) {
        String id = area + "-" + startsOn;
        Optional<Inspection> existing = inspections.find(id);
        if (existing.isPresent()) {
            recorded.put(id, inspections.history(existing.get()).stream().map(event -> event.type() + " " + event.on())
                    .collect(Collectors.toCollection(HashSet::new)));
            return id;
        }
        String created = expectOk(inspections.create(Map.of("areaId", area, "framework", framework, "notifiedOn", notifiedOn,
                "startsOn", startsOn, "endsOn", endsOn), DEMO), "inspection of " + area).id().value();
        recorded.put(created, new HashSet<>());
        steps++;
        return created;
    }

    private void event(String inspectionId, Map<String, ?> input) {
        String event = input.get("type") + " " + input.get("on");
        if (recorded.get(inspectionId).contains(event)) {
            return;
        }
        Result<Recorded> result = inspections.record(inspectionId, input, Optional.empty(), Optional.empty(), DEMO);
        if (resuming && result instanceof Result.Refused<Recorded> refused) {
            // Someone has recorded on the part-loaded demo since: their history wins over the script.
            LOG.warn("Demo data: {} on {} not completed ({})", input.get("type"), inspectionId, refused.rejection().message());
            return;
        }
        expectOk(result, input.get("type") + " on " + inspectionId);
        recorded.get(inspectionId).add(event);
        steps++;
    }

    private static <T> T expectOk(Result<T> result, String what) {
        if (result instanceof Result.Ok<T> ok) {
            return ok.value();
        }
        throw new IllegalStateException("demo data refused (" + what + "): " + ((Result.Refused<T>) result).rejection());
    }
}
