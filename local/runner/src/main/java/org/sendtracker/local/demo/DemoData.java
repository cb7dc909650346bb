package org.sendtracker.local.demo;

import static org.sendtracker.shared.Dates.format;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.calendar.England;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.Recorded;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.shared.Actor;
import org.sendtracker.shared.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo, entered through the same application services as an officer's requests: the three areas
 * in the news as history ({@link PublicRecord}, with Lancashire's improvement plan: {@link
 * LancashirePlan}) and three fictional areas with work in progress dated from the day it was loaded
 * ({@link FictionalAreas}).
 *
 * <p>Loaded into an empty store only, and resumable: a runner killed during the first load leaves
 * part of the demo, and the next start completes it. Each step is skipped when it is already there
 * (the area, the inspection, an event of that type on that date in the history), so a store holding
 * nothing but the demo areas is completed and never duplicated; a store with any other area is an
 * officer's, and is left alone. The fictional dates are counted from the day the demo's first
 * inspection was recorded, so a completion later on continues the same story.
 *
 * <p>The demo never half-loads silently and never stops the start: a step the clock cannot take yet
 * (dated after today, or an inspection the framework does not allow on this date) is skipped with
 * the rest of its inspection, with a line saying why; a later start, with the clock further on,
 * adds it.
 */
@Singleton
public final class DemoData {

    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final Actor DEMO = new Actor("demo-data", "Demo data");
    static final Set<String> REAL_AREAS = Set.of("cumbria", "lancashire", "cheshire-east");
    static final Set<String> FICTIONAL_AREAS = Set.of("barsetshire", "wyvern-vale", "midsomer");
    static final Set<String> AREAS =
            Stream.concat(REAL_AREAS.stream(), FICTIONAL_AREAS.stream())
                    .collect(Collectors.toUnmodifiableSet());

    private final AreaService areas;
    private final InspectionService inspections;
    private final WorkingDayCalendar calendar;
    private final LancashirePlan lancashirePlan;

    DemoData(
            AreaService areas,
            InspectionService inspections,
            WorkingDayCalendar calendar,
            LancashirePlan lancashirePlan) {
        this.areas = areas;
        this.inspections = inspections;
        this.calendar = calendar;
        this.lancashirePlan = lancashirePlan;
    }

    /** What a load did: the steps taken, and a line for each part left out and why. */
    public record Loaded(int steps, List<String> skipped) {
        public Loaded {
            skipped = List.copyOf(skipped);
        }
    }

    /** Loads the demo into an empty store, or completes one a killed runner left part-loaded. */
    public synchronized Loaded loadIntoEmptyStore() {
        List<String> present = areas.all().stream().map(area -> area.id().value()).toList();
        if (!AREAS.containsAll(present)) {
            return new Loaded(0, List.of());
        }
        Load load = new Load(!present.isEmpty(), inspections.today());
        LocalDate anchor = firstLoadedOn(present).orElse(load.today);
        Stream.concat(
                        PublicRecord.areas().stream(),
                        FictionalAreas.relativeTo(anchor, calendar).stream())
                .forEach(load::area);
        load.steps += lancashirePlan.load(load.today, load::skip);
        if (load.steps > 0) {
            LOG.info(
                    load.resuming
                            ? "Completed the demo data a previous start left part-loaded ({} steps)"
                            : "Loaded demo data: Cumbria, Lancashire and Cheshire East as history; three fictional areas with work in progress ({} steps)",
                    load.steps);
        }
        return new Loaded(load.steps, load.skipped);
    }

    /** The day the demo's first inspection was recorded (in simulated time), if any is. */
    private Optional<LocalDate> firstLoadedOn(List<String> present) {
        return present.stream()
                .flatMap(area -> inspections.inArea(area).orElseThrow().stream())
                .map(inspection -> inspections.history(inspection).get(0).recordedAt())
                .min(Comparator.naturalOrder())
                .map(at -> England.dayOf(at));
    }

    /** One pass over the demo. */
    private final class Load {
        private final boolean resuming;
        private final LocalDate today;
        private final List<String> skipped = new ArrayList<>();
        private int steps;

        Load(boolean resuming, LocalDate today) {
            this.resuming = resuming;
            this.today = today;
        }

        void area(DemoArea area) {
            if (areas.find(area.id()).isEmpty()) {
                String domain = area.id().replace("-", "") + ".example";
                Result<?> created =
                        areas.create(
                                Map.of(
                                        "id",
                                        area.id(),
                                        "name",
                                        area.name(),
                                        "contacts",
                                        List.of(
                                                contact(
                                                        "SEND lead officer",
                                                        "send.lead@" + domain,
                                                        "LEAD_OFFICER"),
                                                contact(
                                                        "Director of children's services",
                                                        "dcs@" + domain,
                                                        "DIRECTOR_OF_CHILDRENS_SERVICES"),
                                                contact(
                                                        "Designated clinical officer",
                                                        "nhs.lead@" + domain,
                                                        "NHS_LEAD"),
                                                contact(
                                                        "Chief executive",
                                                        "chief.executive@" + domain,
                                                        "CHIEF_EXECUTIVE"),
                                                contact(
                                                        "Parent carer forum",
                                                        "forum@" + domain,
                                                        "PARENT_CARER_FORUM"))),
                                DEMO);
                if (created instanceof Result.Refused<?> refused) {
                    skip(area.name() + " was not added: " + refused.rejection().message());
                    return;
                }
                steps++;
            }
            area.inspections().forEach(inspection -> inspection(area, inspection));
        }

        private void inspection(DemoArea area, DemoArea.Inspection script) {
            String id = script.id(area.id());
            Optional<Inspection> existing = inspections.find(id);
            Set<String> recorded;
            if (existing.isPresent()) {
                recorded =
                        inspections.history(existing.get()).stream()
                                .map(DemoData::key)
                                .collect(Collectors.toSet());
            } else {
                if (script.notifiedOn().isAfter(today)) {
                    skip(
                            area.name()
                                    + "'s inspection notified "
                                    + format(script.notifiedOn())
                                    + " is later than today ("
                                    + format(today)
                                    + ") on this clock: left out until the clock has passed it");
                    return;
                }
                Map<String, Object> input =
                        new LinkedHashMap<>(
                                Map.of(
                                        "areaId",
                                        area.id(),
                                        "framework",
                                        script.framework(),
                                        "notifiedOn",
                                        script.notifiedOn().toString(),
                                        "startsOn",
                                        script.startsOn().toString(),
                                        "endsOn",
                                        script.endsOn().toString()));
                if (script.illustrative()) {
                    input.put(Illustrative.FIELD, true);
                }
                Result<Inspection> created = inspections.create(input, DEMO);
                if (created instanceof Result.Refused<Inspection> refused) {
                    skip(
                            area.name()
                                    + "'s inspection of "
                                    + format(script.startsOn())
                                    + " was left out: "
                                    + refused.rejection().message());
                    return;
                }
                steps++;
                recorded = new HashSet<>();
            }
            for (Step step : script.steps()) {
                if (recorded.contains(step.key())) {
                    continue;
                }
                if (step.on().isAfter(today)) {
                    skip(
                            area.name()
                                    + ": "
                                    + step.type()
                                    + " on "
                                    + format(step.on())
                                    + " and what follows are later than"
                                    + " today ("
                                    + format(today)
                                    + ") on this clock: left out until the clock has passed them");
                    return;
                }
                Result<Recorded> result =
                        inspections.record(
                                id, step.input(), Optional.empty(), Optional.empty(), DEMO);
                if (result instanceof Result.Refused<Recorded> refused) {
                    // On a part-loaded demo someone may have recorded since: their history wins
                    // over the script.
                    skip(
                            area.name()
                                    + ": "
                                    + step.type()
                                    + " on "
                                    + format(step.on())
                                    + " and what follows were left out ("
                                    + refused.rejection().message()
                                    + ")");
                    return;
                }
                steps++;
            }
        }

        private void skip(String line) {
            skipped.add(line);
            LOG.warn("Demo data: {}", line);
        }
    }

    private static String key(RecordedEvent event) {
        return event.type() + " " + event.on();
    }

    private static Map<String, String> contact(String name, String email, String role) {
        return Map.of("name", name, "email", email, "role", role);
    }
}
