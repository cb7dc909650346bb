package org.sendtracker.infrastructure.dynamodb;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.inspection.model.InspectionId;

/**
 * Every key shape of the single table, in one place: what each item's {@code PK}/{@code SK} and
 * index keys look like ({@link TableLayout} draws the table). A repository writes and queries keys
 * only through these, so an item written by one class is found by another.
 */
final class TableKeys {

    private TableKeys() {}

    // Areas: AREA#{id} / #AREA, listed under AREAS in ByDate; their changes CHANGE#{version:10}.

    static final String AREA_ITEM = "#AREA";
    static final String ALL_AREAS = "AREAS";
    static final String CHANGE_PREFIX = "CHANGE#";

    static String area(AreaId id) {
        return "AREA#" + id.value();
    }

    /** The sort key of an area's or a person's change: its version, sortable as text. */
    static String change(long version) {
        return CHANGE_PREFIX + String.format("%010d", version);
    }

    // Inspections: INSPECTION#{id} / #INSPECTION, in ByArea under AREA#{area}.

    static final String INSPECTION_ITEM = "#INSPECTION";
    static final String INSPECTION_IN_AREA_PREFIX = "INSPECTION#";
    static final String EVENT_PREFIX = "EVENT#";

    static String inspection(InspectionId id) {
        return "INSPECTION#" + id.value();
    }

    // Open inspections (any stage but CLOSED) are also under OPEN_INSPECTIONS in ByDate, by area
    // then start date; a closed one leaves it for its area's CLOSED# partition (the same put).

    static final String OPEN_INSPECTIONS = "OPEN_INSPECTIONS";

    static String openInspection(AreaId area, LocalDate startsOn, InspectionId id) {
        return openInspectionsOf(area) + startsOn + "#" + id.value();
    }

    /** The sort key prefix of one area's open inspections. */
    static String openInspectionsOf(AreaId area) {
        return area.value() + "#";
    }

    // Closed inspections are under CLOSED#{area} in ByDate instead, by the day they closed
    // (Inspection#closedOn), so a feed reads the area's closures from a day on as one key range.

    static final String CLOSED_INSPECTIONS_PREFIX = "CLOSED#";

    /** The ByDate partition of an area's closed inspections. */
    static String closedInspectionsOf(AreaId area) {
        return CLOSED_INSPECTIONS_PREFIX + area.value();
    }

    /** A closed inspection's ByDate sort key: the day it closed first, so a range is one query. */
    static String closedInspection(LocalDate closedOn, InspectionId id) {
        return closedOn + "#" + id.value();
    }

    /** The lowest ByDate sort key of an inspection closed on {@code day}. */
    static String firstClosedOn(LocalDate day) {
        return day.toString();
    }

    /** An inspection's sort key in its area's ByArea partition: by start date. */
    static String inspectionInArea(LocalDate startsOn, InspectionId id) {
        return INSPECTION_IN_AREA_PREFIX + startsOn + "#" + id.value();
    }

    /** An audit entry's sort key: its sequence number, sortable as text. */
    static String event(int seq) {
        return String.format(EVENT_PREFIX + "%06d", seq);
    }

    static String idempotency(String key) {
        return "IDEMPOTENCY#" + key;
    }

    // Improvement plans: INSPECTION#{id} / #PLAN; a plan change's idempotency record
    // PLAN-IDEMPOTENCY#{key} (apart from the events' so neither reads the other's).

    static final String PLAN_ITEM = "#PLAN";

    static String planIdempotency(String key) {
        return "PLAN-IDEMPOTENCY#" + key;
    }

    // Deadlines: INSPECTION#{id} / DEADLINE#{deadlineId}; in ByArea under AREA#{area} as
    // DEADLINE#{due}#{id}#{dl}; in ByDate under DUE#{yyyy} as {due}#{id}#{dl}.

    /** Sorts after any "{date}#…" key that starts with the same date. */
    private static final String END_OF_DAY = "#~";

    static String deadline(String deadlineId) {
        return "DEADLINE#" + deadlineId;
    }

    /** A deadline's ByDate sort key: due date first, so a range of days is one query. */
    static String deadlineByDate(LocalDate dueOn, InspectionId id, String deadlineId) {
        return dueOn + "#" + id.value() + "#" + deadlineId;
    }

    /** A deadline's ByArea sort key. */
    static String deadlineInArea(LocalDate dueOn, InspectionId id, String deadlineId) {
        return deadline(deadlineByDate(dueOn, id, deadlineId));
    }

    /**
     * The OpenDeadlines partition holding every outstanding deadline (not met, not cancelled), by
     * the same sort key as ByDate; a deadline leaves it when it is met or cancelled.
     */
    static final String OUTSTANDING_DEADLINES = "OUTSTANDING";

    /**
     * The OpenDeadlines partition holding every deadline met after its due date, by the same sort
     * key as ByDate; a correction that un-meets it, or makes it on time, takes it out. A deadline
     * is never both outstanding and met late, so one index holds both partitions.
     */
    static final String MET_LATE_DEADLINES = "MET_LATE";

    /** The ByDate partition of the deadlines due in {@code year}. */
    static String dueIn(int year) {
        return "DUE#" + year;
    }

    /** The lowest ByDate sort key of a deadline due on {@code day}. */
    static String firstDueOn(LocalDate day) {
        return day.toString();
    }

    /** Above every ByDate sort key of a deadline due on {@code day}. */
    static String afterDueOn(LocalDate day) {
        return day + END_OF_DAY;
    }

    /** The lowest ByArea sort key of a deadline due on {@code day}. */
    static String firstDeadlineInAreaOn(LocalDate day) {
        return deadline(firstDueOn(day));
    }

    /** Above every ByArea sort key of a deadline due on {@code day}. */
    static String afterDeadlinesInAreaOn(LocalDate day) {
        return deadline(afterDueOn(day));
    }

    // Issued progress reports: INSPECTION#{id} / REPORT#{number:6}, and the same copy under
    // INSPECTION#{id} / REPORT_KEY#{idempotency key}, written together (docs/progress-report.md).

    static final String REPORT_PREFIX = "REPORT#";

    static String issuedReport(int number) {
        return String.format(REPORT_PREFIX + "%06d", number);
    }

    static String issuedReportKey(String key) {
        return "REPORT_KEY#" + key;
    }

    // The link an issued report owes its board's members (INSPECTION#{id} /
    // REPORT_LINK#{number:6}),
    // written with the report; the Tick marks it sent once every member's email is claimed.

    static final String REPORT_LINK_PREFIX = "REPORT_LINK#";

    static String reportLink(int number) {
        return String.format(REPORT_LINK_PREFIX + "%06d", number);
    }

    // Emails: INSPECTION#{id} / EMAIL#{notice key}; failed ones under UNDELIVERED in ByDate.

    static final String EMAIL_PREFIX = "EMAIL#";
    static final String UNDELIVERED = "UNDELIVERED";

    /** Milliseconds, fixed width, so every key has the same shape and sorts as time does. */
    private static final DateTimeFormatter TO_THE_MILLISECOND =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    static String email(String noticeKey) {
        return EMAIL_PREFIX + noticeKey;
    }

    /** An undelivered email's ByDate sort key: by when it was sent. */
    static String undelivered(Instant at, InspectionId id, String noticeKey) {
        return undeliveredFrom(at) + "#" + id.value() + "#" + noticeKey;
    }

    /** The lowest ByDate sort key of an email sent at or after {@code since}. */
    static String undeliveredFrom(Instant since) {
        return TO_THE_MILLISECOND.format(since);
    }

    // Workflows: INSPECTION#{id} / #WORKFLOW; open ones under WORKFLOWS in ByDate.

    static final String WORKFLOW_ITEM = "#WORKFLOW";
    static final String OPEN_WORKFLOWS = "WORKFLOWS";

    /** An open workflow's ByDate sort key: by when it means to wake. */
    static String openWorkflow(Instant nextWakeAt, InspectionId id) {
        return wakingAt(nextWakeAt) + "#" + id.value();
    }

    /**
     * The ByDate sort key prefix of a workflow waking at {@code instant}, in whole seconds so every
     * key has the same shape and sorts as time does.
     */
    static String wakingAt(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    // Migrations: MIGRATION#{name} / #MIGRATION, written once a one-off backfill has finished.

    static final String MIGRATION_ITEM = "#MIGRATION";

    static String migration(String name) {
        return "MIGRATION#" + name;
    }

    // People: PERSON#{sub} / #PERSON, listed under PEOPLE; the feed pointer PERSON#{sub} / #FEED;
    // the feed FEED#{hash} / #FEED.

    static final String PERSON_ITEM = "#PERSON";
    static final String FEED_ITEM = "#FEED";
    static final String ALL_PEOPLE = "PEOPLE";

    static String person(String subject) {
        return "PERSON#" + subject;
    }

    static String feed(String tokenHash) {
        return "FEED#" + tokenHash;
    }
}
