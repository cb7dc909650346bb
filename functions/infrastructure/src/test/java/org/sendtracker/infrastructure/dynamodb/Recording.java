package org.sendtracker.infrastructure.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.model.Area;
import org.sendtracker.area.model.AreaChange;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.area.model.Contact;
import org.sendtracker.area.model.ContactRole;
import org.sendtracker.calendar.EnglandAndWalesBankHolidays;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.infrastructure.rules.RuleBookFiles;
import org.sendtracker.inspection.application.DeadlineEntry;
import org.sendtracker.inspection.application.EventInputs;
import org.sendtracker.inspection.application.EventReader;
import org.sendtracker.inspection.application.OutstandingDeadline;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventContext;
import org.sendtracker.inspection.model.EventDetails;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Stage;
import org.sendtracker.inspection.model.Transition;
import org.sendtracker.rules.DateSetter;
import org.sendtracker.rules.DayCount;
import org.sendtracker.rules.DeadlineKind;
import org.sendtracker.rules.Framework;

/**
 * Inspections and their changes made by the domain itself, as the application service makes them,
 * so the adapter stores exactly what production would. "Now" is fixed.
 */
final class Recording {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00.123456789Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final EventContext CONTEXT =
            new EventContext(
                    TODAY,
                    NOW,
                    new WorkingDayCalendar(new EnglandAndWalesBankHolidays()),
                    RuleBookFiles.builtIn());

    private Recording() {}

    /**
     * The deadlines met late of {@code area}'s {@link #aCumbriaLikeInspectionAwaitingReport}, as
     * the version before the {@code MET_LATE} key wrote them: without it.
     */
    static void withoutMetLateKeys(
            LocalDynamoDb dynamo, DynamoDbInspections inspections, String area) {
        InspectionId id = aCumbriaLikeInspectionAwaitingReport(area).id();
        for (Deadline deadline : inspections.find(id).orElseThrow().deadlines()) {
            if (deadline.isMetLate()) {
                dynamo.client.updateItem(
                        b ->
                                b.tableName(dynamo.table.value())
                                        .key(
                                                Items.key(
                                                        DynamoDbInspections.pk(id),
                                                        TableKeys.deadline(deadline.id())))
                                        .conditionExpression("attribute_exists(PK)")
                                        .updateExpression("REMOVE GSI3PK, GSI3SK"));
            }
        }
    }

    /** Registers each of {@code areas}, named as its id, with a lead officer only. */
    static void registerWithALeadOfficer(DynamoDbAreas areas, String... ids) {
        for (String id : ids) {
            Area registered =
                    new Area(
                            new AreaId(id),
                            id,
                            List.of(
                                    new Contact(
                                            "Lead",
                                            "lead@" + id + ".example",
                                            ContactRole.LEAD_OFFICER)),
                            1);
            areas.create(registered, AreaChange.registered(registered, "Officer", NOW));
        }
    }

    /** Cumbria's 2019 inspection: notified 11 March, on site 18 to 22 March. */
    static Inspection aCumbriaLikeInspectionAwaitingReport(String area) {
        return Inspection.notified(
                new InspectionId(area + "-2019-03-18"),
                new AreaId(area),
                Framework.LASEND_2016,
                LocalDate.of(2019, 3, 11),
                LocalDate.of(2019, 3, 18),
                LocalDate.of(2019, 3, 22),
                NOW);
    }

    /**
     * The changes that take {@link #aCumbriaLikeInspectionAwaitingReport} from its report to its
     * revisit's outcome: an extension, a WSoA found unfit and resubmitted, a monitoring visit, the
     * revisit. Each has its {@code type}.
     */
    static List<Map<String, Object>> lifecycleEvents() {
        return List.of(
                Map.of(
                        "type",
                        "REPORT_RECEIVED",
                        "on",
                        "2019-05-14",
                        "publishedOn",
                        "2019-05-22",
                        "wsoaRequired",
                        true,
                        "weaknesses",
                        List.of("Leadership", "Identification of need", "Co-production")),
                Map.of(
                        "type",
                        "DEADLINE_OVERRIDDEN",
                        "deadline",
                        "WSOA_SUBMISSION",
                        "dueOn",
                        "2019-08-30",
                        "reason",
                        "Ofsted agreed an extension"),
                Map.of("type", "WSOA_SUBMITTED", "on", "2019-08-20", "note", "Sent by email"),
                Map.of(
                        "type",
                        "WSOA_DECISION",
                        "on",
                        "2019-09-10",
                        "fitForPurpose",
                        false,
                        "resubmitBy",
                        "2019-10-08"),
                Map.of("type", "WSOA_SUBMITTED", "on", "2019-10-04"),
                Map.of("type", "WSOA_DECISION", "on", "2019-10-18", "fitForPurpose", true),
                Map.of(
                        "type",
                        "MONITORING_VISIT",
                        "on",
                        "2020-01-15",
                        "statuses",
                        Map.of("1", "ON_TRACK", "2", "DELAYED")),
                Map.of("type", "REVISIT_NOTIFIED", "on", "2020-03-02", "startsOn", "2020-03-16"),
                Map.of(
                        "type",
                        "REVISIT_OUTCOME",
                        "on",
                        "2020-04-20",
                        "publishedOn",
                        "2020-04-27",
                        "sufficientProgress",
                        Map.of("1", true, "2", false, "3", true),
                        "appDueOn",
                        "2020-06-30"));
    }

    static RecordedEvent created(Inspection inspection) {
        return new RecordedEvent(
                1,
                "INSPECTION_CREATED",
                inspection.notifiedOn(),
                "Test Officer",
                NOW,
                "LASEND_2016 inspection recorded.",
                EventInputs.details(Map.of("areaId", inspection.areaId().value())));
    }

    /** The change an officer's event makes, with the audit entry the service would write for it. */
    record Change(Inspection previous, Inspection next, RecordedEvent event) {}

    static Change change(Inspection inspection, String type, Map<String, Object> fields) {
        Transition transition = EventReader.decide(inspection, type, fields, CONTEXT).orElseThrow();
        Inspection next = transition.next();
        RecordedEvent event =
                new RecordedEvent(
                        next.eventCount(),
                        type,
                        transition.event().on(),
                        "Test Officer",
                        next.updatedAt(),
                        transition.summary(),
                        EventInputs.details(fields));
        return new Change(inspection, next, event);
    }

    static Change reportReceived(Inspection inspection, String on, String... weaknesses) {
        return change(
                inspection,
                "REPORT_RECEIVED",
                Map.of("on", on, "wsoaRequired", true, "weaknesses", List.of(weaknesses)));
    }

    /**
     * Stores {@code area}'s inspection (as {@link #aCumbriaLikeInspectionAwaitingReport}) at the
     * monitoring stage with one revisit deadline due on each of {@code dueDates}.
     */
    static Inspection withRevisitDeadlines(
            DynamoDbInspections inspections, String area, String... dueDates) {
        Inspection notified = aCumbriaLikeInspectionAwaitingReport(area);
        inspections.create(notified, created(notified));
        Inspection building = notified;
        Inspection.Change change = notified.change().stage(Stage.MONITORING);
        for (String due : dueDates) {
            Deadline deadline =
                    new Deadline(
                            building.nextDeadlineId(DeadlineKind.REVISIT),
                            DeadlineKind.REVISIT,
                            LocalDate.parse(due),
                            LocalDate.parse(due),
                            null,
                            null,
                            false,
                            "a rule",
                            "a source",
                            ContactRole.LEAD_OFFICER,
                            List.of(ContactRole.DIRECTOR_OF_CHILDRENS_SERVICES),
                            NOW,
                            DateSetter.INSPECTORATES,
                            DayCount.CALENDAR_DAYS,
                            null);
            change.addDeadline(deadline);
            building = building.change().addDeadline(deadline).recordedAt(NOW);
        }
        Inspection next = change.recordedAt(NOW);
        inspections.update(notified, next, testChange(next), Optional.empty());
        return next;
    }

    /** The audit entry of a change a test makes directly, not through an officer's event. */
    static RecordedEvent testChange(Inspection next) {
        return new RecordedEvent(
                next.eventCount(),
                "TEST",
                null,
                "Test Officer",
                NOW,
                "Test change.",
                EventDetails.none());
    }

    /** Each entry as "{due} {inspection} {deadline}", to compare in one assertion. */
    static List<String> describe(List<DeadlineEntry> entries) {
        return entries.stream()
                .map(e -> e.deadline().dueOn() + " " + e.inspectionId() + " " + e.deadline().id())
                .toList();
    }

    /**
     * What the index's {@code OUTSTANDING} partition holds, in the area digests' form and order:
     * what {@link DynamoDbDeadlineIndex#outstandingDigest} must equal.
     */
    static List<OutstandingDeadline> outstandingFromIndex(DynamoDbDeadlineIndex index) {
        return index.outstandingDueBy(LocalDate.of(9999, 12, 31), Optional.empty()).stream()
                .map(OutstandingDeadline::of)
                .sorted(OutstandingDeadline.INDEX_ORDER)
                .toList();
    }
}
