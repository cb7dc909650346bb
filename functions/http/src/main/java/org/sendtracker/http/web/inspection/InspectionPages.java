package org.sendtracker.http.web.inspection;

import static org.sendtracker.shared.Dates.format;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.area.application.AreaService;
import org.sendtracker.area.model.Area;
import org.sendtracker.calendar.England;
import org.sendtracker.calendar.WorkingDayCalendar;
import org.sendtracker.http.web.deadline.DeadlineRow;
import org.sendtracker.http.web.form.FormState;
import org.sendtracker.http.web.form.Option;
import org.sendtracker.http.web.form.Problem;
import org.sendtracker.http.web.improvement.PlanEntryTitles;
import org.sendtracker.http.web.inspection.InspectionPage.ActionForm;
import org.sendtracker.http.web.inspection.InspectionPage.SummaryRow;
import org.sendtracker.http.web.inspection.InspectionPage.TimelineEntry;
import org.sendtracker.http.web.inspection.InspectionPage.WeaknessChoice;
import org.sendtracker.http.web.inspection.InspectionPage.WeaknessView;
import org.sendtracker.http.web.layout.Pages;
import org.sendtracker.http.web.layout.PublicUrl;
import org.sendtracker.http.web.layout.Tag;
import org.sendtracker.improvement.model.Board;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.inspection.application.StepsOnRecord;
import org.sendtracker.inspection.model.Deadline;
import org.sendtracker.inspection.model.EventType;
import org.sendtracker.inspection.model.Illustrative;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.Lifecycle;
import org.sendtracker.inspection.model.RecordedEvent;
import org.sendtracker.inspection.model.Weakness;
import org.sendtracker.inspection.model.WeaknessStatus;
import org.sendtracker.reminders.application.NoticeLedger;
import org.sendtracker.reminders.application.SentEmail;
import org.sendtracker.rules.DeadlineKind;

/**
 * Builds an inspection's page from what is on record: the inspection, its audit trail and its
 * emails.
 */
@Singleton
public final class InspectionPages {

    private final InspectionService inspections;
    private final AreaService areas;
    private final NoticeLedger ledger;
    private final Pages pages;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    InspectionPages(
            InspectionService inspections,
            AreaService areas,
            NoticeLedger ledger,
            Pages pages,
            PublicUrl publicUrl,
            Clock clock,
            WorkingDayCalendar calendar) {
        this.clock = clock;
        this.calendar = calendar;
        this.inspections = inspections;
        this.areas = areas;
        this.ledger = ledger;
        this.pages = pages;
        this.publicUrl = publicUrl;
    }

    /**
     * The tag of a step recorded as an example rather than as what happened ({@link Illustrative}).
     */
    static final Tag ILLUSTRATIVE = new Tag("Illustrative", "yellow");

    /** The tag of a step withdrawn by a later entry (docs/corrections-plan.md). */
    static final Tag WITHDRAWN = new Tag("Withdrawn", "grey");

    /** The tag of a step that stands as a later entry corrected it. */
    static final Tag CORRECTED = new Tag("Corrected", "blue");

    /** A form shown as it was submitted (with its errors, or kept after a refusal). */
    public record Submitted(EventType type, FormState state) {}

    public InspectionPage page(
            HttpRequest<?> request,
            Inspection inspection,
            Optional<Submitted> submitted,
            List<Problem> pageProblems,
            String banner) {
        String areaName =
                areas.find(inspection.areaId().value())
                        .map(Area::name)
                        .orElse(inspection.areaId().value());
        LocalDate today = inspections.today();
        List<ActionForm> actions = new ArrayList<>();
        ActionForm override = null;
        boolean readOnly = !pages.caller(request).canEdit(inspection.areaId().value());
        for (EventType type :
                readOnly
                        ? List.<EventType>of()
                        : Lifecycle.of(inspection.framework()).allowed(inspection)) {
            ActionForm action =
                    action(
                            type,
                            inspection,
                            submitted.filter(s -> s.type() == type).map(Submitted::state));
            if (type == EventType.DEADLINE_OVERRIDDEN) {
                override = action;
            } else {
                actions.add(action);
            }
        }
        List<Problem> problems = new ArrayList<>(pageProblems);
        submitted.ifPresent(s -> problems.addAll(s.state().problems()));
        String dates = InspectionRow.onSite(inspection);
        String title = areaName + ": inspection of " + dates;
        String calendar = "/inspections/" + inspection.id().value() + "/calendar.ics";
        List<TimelineEntry> timeline = timeline(inspection, !readOnly);
        boolean illustrative = timeline.stream().anyMatch(entry -> entry.tag() == ILLUSTRATIVE);
        return new InspectionPage(
                pages.layout(request, title, !problems.isEmpty()),
                inspection.id().value(),
                inspection.areaId().value(),
                areaName,
                dates,
                inspection.framework().label(),
                InspectionRow.stageTag(inspection.stage()),
                keyDates(inspection, dates),
                deadlines(inspection, areaName, today),
                (int) inspection.deadlines().stream().filter(InspectionPages::noLongerDue).count(),
                weaknesses(inspection),
                timeline,
                illustrative,
                actions,
                override,
                problems,
                banner,
                calendar,
                "/account#calendar",
                readOnly);
    }

    /**
     * The sentence the audit trail holds for the latest event of {@code type}: the confirmation
     * after recording it.
     */
    public Optional<String> latestSummary(Inspection inspection, String type) {
        List<RecordedEvent> history = inspections.history(inspection);
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).type().equals(type)) {
                return Optional.of(history.get(i).summary());
            }
        }
        return Optional.empty();
    }

    private ActionForm action(
            EventType type, Inspection inspection, Optional<FormState> submitted) {
        EventForm form = EventForm.of(type, inspection);
        FormState state =
                submitted.orElseGet(
                        () -> form.spec().fresh(defaults(form, inspection), inspection.version()));
        List<WeaknessChoice> weaknesses =
                inspection.weaknesses().stream()
                        .map(w -> new WeaknessChoice(w.number(), w.title(), w.status().name()))
                        .toList();
        List<Option> statuses =
                Arrays.stream(WeaknessStatus.values())
                        .map(s -> Option.of(s.name(), s.label()))
                        .toList();
        List<Option> deadlines = new ArrayList<>();
        deadlines.add(Option.of("", "Choose a deadline"));
        inspection
                .outstandingDeadlines()
                .forEach(
                        d ->
                                deadlines.add(
                                        Option.of(
                                                d.id(),
                                                Board.nameOf(d) + ", due " + format(d.dueOn()))));
        return new ActionForm(
                type.name(),
                form.shape().name(),
                form.heading(),
                form.intro(),
                form.dateLegend(),
                form.dateHint(),
                form.button(),
                state,
                weaknesses,
                statuses,
                deadlines);
    }

    /**
     * A progress review starts from each area's current status, so only what changed needs a click.
     */
    private static Map<String, String> defaults(EventForm form, Inspection inspection) {
        Map<String, String> defaults = new LinkedHashMap<>();
        if (form.shape() == EventForm.Shape.STATUSES) {
            inspection
                    .weaknesses()
                    .forEach(w -> defaults.put("statuses." + w.number(), w.status().name()));
        }
        return defaults;
    }

    private static List<SummaryRow> keyDates(Inspection inspection, String dates) {
        List<SummaryRow> rows = new ArrayList<>();
        rows.add(new SummaryRow("Framework", inspection.framework().label()));
        rows.add(new SummaryRow("Area notified", format(inspection.notifiedOn())));
        rows.add(new SummaryRow("Inspectors on site", dates));
        if (inspection.outcome() != null) {
            rows.add(new SummaryRow("Outcome", outcome(inspection.outcome())));
        }
        inspection.keyDates().forEach((name, date) -> rows.add(new SummaryRow(name, format(date))));
        return rows;
    }

    private static String outcome(int outcome) {
        return switch (outcome) {
            case 1 -> "1: typically positive experiences and outcomes";
            case 2 -> "2: inconsistent experiences and outcomes";
            default -> "3: widespread and/or systemic failings";
        };
    }

    /**
     * A board's report cancelled when its board was removed or its cadence changed: counted under
     * the table, not listed (docs/boards.md).
     */
    private static boolean noLongerDue(Deadline deadline) {
        return deadline.kind() == DeadlineKind.BOARD_REPORT && deadline.cancelled();
    }

    private List<DeadlineRow> deadlines(Inspection inspection, String areaName, LocalDate today) {
        return inspection.deadlines().stream()
                .filter(d -> !noLongerDue(d))
                .sorted(Comparator.comparing(Deadline::dueOn))
                .map(
                        d ->
                                DeadlineRow.of(
                                        inspection.areaId().value(),
                                        areaName,
                                        inspection.id().value(),
                                        inspection.stage(),
                                        d,
                                        today,
                                        calendar))
                .toList();
    }

    private static List<WeaknessView> weaknesses(Inspection inspection) {
        List<WeaknessView> views = new ArrayList<>();
        for (Weakness w : inspection.weaknesses()) {
            List<String> history =
                    w.history().stream()
                            .map(change -> change.status().label() + " from " + format(change.on()))
                            .toList();
            Tag judgement =
                    w.sufficientProgress() == null
                            ? null
                            : w.sufficientProgress()
                                    ? new Tag("Sufficient progress", "green")
                                    : new Tag("Insufficient progress", "red");
            views.add(
                    new WeaknessView(
                            w.number(),
                            w.title(),
                            new Tag(w.status().label(), w.status().colour()),
                            history,
                            judgement));
        }
        return views;
    }

    private List<TimelineEntry> timeline(Inspection inspection, boolean editable) {
        record Dated(Instant at, TimelineEntry entry) {}
        List<Dated> entries = new ArrayList<>();
        List<RecordedEvent> history = inspections.history(inspection);
        StepsOnRecord steps = StepsOnRecord.of(history);
        for (RecordedEvent event : history) {
            String title =
                    EventType.parse(event.type())
                            .map(EventType::label)
                            .or(() -> PlanEntryTitles.of(event.type()))
                            .or(() -> StepsOnRecord.amendmentTitle(event.type()))
                            .orElse(
                                    event.type().equals("INSPECTION_CREATED")
                                            ? "Inspection recorded"
                                            : event.type());
            boolean standing = steps.standing(event.seq());
            List<RecordedEvent> corrections = standing ? steps.corrections(event.seq()) : List.of();
            // a corrected step is shown on its date as it now stands; its summary is as recorded
            LocalDate on =
                    (corrections.isEmpty()
                                    ? Optional.<LocalDate>empty()
                                    : steps.date(event.seq(), "on"))
                            .orElse(
                                    event.on() != null
                                            ? event.on()
                                            : England.dayOf(event.recordedAt()));
            String meta = "Recorded by " + event.actor() + " on " + Pages.when(event.recordedAt());
            if (!corrections.isEmpty()) {
                RecordedEvent last = corrections.get(corrections.size() - 1);
                meta +=
                        ". Corrected "
                                + (corrections.size() == 1
                                        ? ""
                                        : corrections.size() + " times, last ")
                                + "by "
                                + last.actor()
                                + " on "
                                + Pages.when(last.recordedAt())
                                + ": see "
                                + (corrections.size() == 1 ? "that entry" : "those entries")
                                + " above";
            }
            entries.add(
                    new Dated(
                            event.recordedAt(),
                            new TimelineEntry(
                                    title,
                                    format(on),
                                    corrections.isEmpty()
                                            ? event.summary()
                                            : "As first recorded: " + event.summary(),
                                    meta,
                                    false,
                                    steps.withdrawn(event.seq())
                                            ? WITHDRAWN
                                            : Illustrative.isMarked(event.details())
                                                    ? ILLUSTRATIVE
                                                    : corrections.isEmpty() ? null : CORRECTED,
                                    editable && standing
                                            ? "/inspections/"
                                                    + inspection.id().value()
                                                    + "/entries/"
                                                    + event.seq()
                                            : null)));
        }
        Instant now = clock.instant();
        for (SentEmail email : ledger.emails(inspection.id())) {
            String to =
                    "To "
                            + String.join(", ", email.to())
                            + (email.cc().isEmpty()
                                    ? ""
                                    : "; copied to " + String.join(", ", email.cc()));
            boolean interrupted = email.interrupted(now);
            Tag tag =
                    switch (email.status()) {
                        case SENT -> new Tag("Sent", "green");
                        case DELIVERED -> new Tag("Delivered", "green");
                        case COMPLAINED -> new Tag("Marked as spam", "orange");
                        case BOUNCED -> new Tag("Bounced", "red");
                        case REJECTED -> new Tag("Rejected", "red");
                        case FAILED -> new Tag("Not sent", "red");
                        case SENDING ->
                                interrupted
                                        ? new Tag("Not confirmed", "orange")
                                        : new Tag("Sending", "grey");
                    };
            String meta =
                    switch (email.status()) {
                        case SENT -> "Emailed on " + Pages.when(email.at());
                        case DELIVERED ->
                                "Emailed on "
                                        + Pages.when(email.at())
                                        + " and delivered to the recipients' mail servers";
                        case COMPLAINED, BOUNCED, REJECTED ->
                                "Emailed on " + Pages.when(email.at()) + ", then " + email.error();
                        case FAILED ->
                                "Failed after "
                                        + email.attempts()
                                        + " attempts on "
                                        + Pages.when(email.at())
                                        + ": "
                                        + email.error();
                        case SENDING ->
                                interrupted
                                        ? "Sending began on "
                                                + Pages.when(email.at())
                                                + " and was interrupted, so it may not have arrived."
                                                + " It is not sent again, to avoid a duplicate: check with the recipients."
                                        : "Sending since " + Pages.when(email.at());
                    };
            if (email.dealtWith() != null) {
                meta +=
                        " Dealt with by "
                                + email.dealtWith().by()
                                + " on "
                                + Pages.when(email.dealtWith().at())
                                + ".";
            }
            entries.add(
                    new Dated(
                            email.at(),
                            new TimelineEntry(
                                    "Email: " + email.subject(),
                                    format(LocalDate.ofInstant(email.at(), England.ZONE)),
                                    to,
                                    meta,
                                    true,
                                    tag,
                                    null)));
        }
        entries.sort(Comparator.comparing(Dated::at).reversed());
        return entries.stream().map(Dated::entry).toList();
    }
}
