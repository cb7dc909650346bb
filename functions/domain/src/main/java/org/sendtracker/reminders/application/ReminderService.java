package org.sendtracker.reminders.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.Area;
import org.sendtracker.calendar.England;
import org.sendtracker.inspection.model.Inspection;
import org.sendtracker.inspection.model.InspectionId;
import org.sendtracker.reminders.model.Email;
import org.sendtracker.reminders.model.EmailComposer;
import org.sendtracker.reminders.model.MessageTags;
import org.sendtracker.reminders.model.Notice;
import org.sendtracker.reminders.model.ReminderPlanner;
import org.sendtracker.reminders.model.ReportLink;
import org.sendtracker.reminders.model.ReportNoticeComposer;

/**
 * Sends what an inspection is owed now. Each notice is claimed in the ledger before it is sent, so
 * it goes at most once even when two executions race or a Lambda is retried; a send that fails is
 * retried with backoff, and one that keeps failing is recorded as failed, visible in the audit
 * trail, never silently dropped. Besides the planner's notices, it sends the links issued progress
 * reports owe their boards' members ({@link ReportLinks}), the same way.
 */
public final class ReminderService {

    static final int ATTEMPTS = 3;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final Areas areas;
    private final ReminderPlanner planner;
    private final EmailComposer composer;
    private final NoticeLedger ledger;
    private final Mailer mailer;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ReportLinks reportLinks;
    private final ReportNoticeComposer reportComposer;

    public ReminderService(
            Areas areas,
            ReminderPlanner planner,
            EmailComposer composer,
            NoticeLedger ledger,
            Mailer mailer,
            Sleeper sleeper,
            Clock clock) {
        this(areas, planner, composer, ledger, mailer, sleeper, clock, ReportLinks.NONE, null);
    }

    /**
     * @param reportLinks the links issued reports owe ({@link ReportLinks#NONE}: none)
     * @param reportComposer writes them (unused, and may be null, with {@link ReportLinks#NONE})
     */
    public ReminderService(
            Areas areas,
            ReminderPlanner planner,
            EmailComposer composer,
            NoticeLedger ledger,
            Mailer mailer,
            Sleeper sleeper,
            Clock clock,
            ReportLinks reportLinks,
            ReportNoticeComposer reportComposer) {
        this.reportLinks = Objects.requireNonNull(reportLinks, "reportLinks == null");
        this.reportComposer =
                reportLinks == ReportLinks.NONE
                        ? reportComposer
                        : Objects.requireNonNull(reportComposer, "reportComposer == null");
        this.areas = Objects.requireNonNull(areas, "areas == null");
        this.planner = Objects.requireNonNull(planner, "planner == null");
        this.composer = Objects.requireNonNull(composer, "composer == null");
        this.ledger = Objects.requireNonNull(ledger, "ledger == null");
        this.mailer = Objects.requireNonNull(mailer, "mailer == null");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /** What one pass did, and when the next notice falls due. */
    public record Pass(int sent, int failed, Optional<Instant> nextAt) {}

    public Pass sendDue(Inspection inspection) {
        Instant now = clock.instant();
        ReminderPlanner.Plan plan = planner.plan(inspection, now);
        List<ReportLink> links = reportLinks.unsent(inspection.id());
        if (plan.due().isEmpty() && links.isEmpty()) {
            return new Pass(0, 0, plan.nextAt());
        }
        Area area =
                areas.find(inspection.areaId())
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "inspection "
                                                        + inspection.id()
                                                        + " names a missing area "
                                                        + inspection.areaId()));
        LocalDate today = England.dayOf(now);
        Tally tally = new Tally();
        for (Notice notice : plan.due()) {
            deliver(
                    inspection,
                    notice.key(),
                    composer.compose(notice, inspection, area, today),
                    now,
                    tally);
        }
        for (ReportLink link : links) {
            for (String member : link.members()) {
                deliver(
                        inspection,
                        link.key(member),
                        reportComposer.compose(link, member, inspection, area),
                        now,
                        tally);
            }
            reportLinks.sent(link);
        }
        return new Pass(tally.sent, tally.failed, plan.nextAt());
    }

    /**
     * Whether a report issued for the inspection still owes its board's members their link (issued
     * while the last pass ran, after it had read the links).
     */
    public boolean owesReportLinks(InspectionId inspection) {
        return !reportLinks.unsent(inspection).isEmpty();
    }

    /** Emails sent and failed in one pass. */
    private static final class Tally {
        int sent;
        int failed;
    }

    /**
     * Claims {@code key} in the ledger and, if this is its first claim, sends {@code email} and
     * records the outcome; a key claimed before is left alone (at most once).
     */
    private void deliver(Inspection inspection, String key, Email email, Instant now, Tally tally) {
        SentEmail claim =
                new SentEmail(
                        key,
                        SentEmail.Status.SENDING,
                        now,
                        email.to(),
                        email.cc(),
                        email.subject(),
                        null,
                        null,
                        0,
                        null);
        if (!ledger.claim(inspection.id(), claim)) {
            return;
        }
        SentEmail outcome = send(claim, email, new MessageTags(inspection.id(), key));
        ledger.settle(inspection.id(), outcome);
        if (outcome.status() == SentEmail.Status.SENT) {
            tally.sent++;
        } else {
            tally.failed++;
        }
    }

    private SentEmail send(SentEmail claim, Email email, MessageTags tags) {
        if (email.to().isEmpty()) {
            return claim.failed(
                    "no contact holds the role this notice is for: add one on the area's page",
                    clock.instant(),
                    0);
        }
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                return claim.sent(mailer.send(email, tags), clock.instant(), attempt);
            } catch (Mailer.MailException e) {
                if (!e.retryable() || attempt == ATTEMPTS) {
                    return claim.failed(e.getMessage(), clock.instant(), attempt);
                }
            }
            try {
                sleeper.sleep(backoff);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return claim.failed("interrupted while retrying", clock.instant(), attempt);
            }
            backoff = backoff.multipliedBy(2);
        }
    }
}
