package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.workflow.ReconcileSchedule;
import org.sendtracker.local.workflow.ScheduledReconcile;

/**
 * The reconcile runs on its schedule in the local runner, as on AWS: an execution file deleted
 * while the runner was stopped loses its timer, and the reconcile restores it. Sixty simulated days
 * after the restart, the officers have had every reminder an undisturbed run sends, each exactly
 * once; the one whose timer was lost goes out after the reconcile notices (a wake time 6 hours
 * past), the rest on time.
 */
class LostTimerHealsTest {

    private static final String START = "2019-07-01T09:00:00Z";
    private static final String SIXTY_DAYS_LATER = "2019-08-30T09:00:00Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path undisturbed;

    @TempDir Path disturbed;

    @Test
    void
            anExecutionFileDeletedWhileStopped_isRestoredByTheReconcile_andEveryReminderArrivesExactlyOnce() {
        // given the same case in two stores, stopped; in one the waiting execution's file is
        // deleted
        List<String> planned = liveSixtyDays(undisturbed, false);
        ReconcileSchedule schedule = ScheduledReconcile.templateSchedule();

        // when both restart and live sixty days
        List<String> healed = liveSixtyDays(disturbed, true);

        // then the same reminders went to the same people, each once, and all but one on time; the
        // one
        // whose timer was lost went when the scheduled reconcile first saw its wake time 6 hours
        // past,
        // saying what was left by then
        assertThat(planned).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
        assertThat(planned.get(0)).endsWith("due in 20 working days: 21 August 2019");
        assertThat(healed).hasSameSizeAs(planned);
        assertThat(withoutTime(healed.get(0)))
                .matches(
                        "lead@testshire\\.example \\|  \\| \\[Testshire] Written Statement of Action submission due in (20|19) working days: 21 August 2019");
        assertThat(healed.subList(1, healed.size()))
                .containsExactlyElementsOf(planned.subList(1, planned.size()));
        Instant wokeAt = sentAt(planned.get(0));
        Instant reconciled = schedule.nextAfter(wokeAt.plus(Duration.ofHours(6)));
        assertThat(sentAt(healed.get(0)))
                .isBetween(reconciled, reconciled.plus(Duration.ofMinutes(1)));
    }

    /**
     * The case recorded on 1 July 2019 (its WSoA due 21 August), the runner stopped and started
     * again.
     */
    private static List<String> liveSixtyDays(Path dataDir, boolean loseTheTimer) {
        try (SimulatedStack stack = new SimulatedStack(dataDir, START)) {
            stack.post("/api/areas", Fixtures.TESTSHIRE);
            stack.post(
                    "/api/inspections",
                    """
                    {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
            stack.post(
                    "/api/inspections/testshire-2019-03-18/events",
                    """
                    {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans"]}""");
            assertThat(stack.emails()).isEmpty();
        }
        if (loseTheTimer) {
            deleteTheWaitingExecution(dataDir);
        }
        try (SimulatedStack stack = new SimulatedStack(dataDir, START)) {
            stack.advanceTo(SIXTY_DAYS_LATER);
            return stack.emails();
        }
    }

    private static void deleteTheWaitingExecution(Path dataDir) {
        try (Stream<Path> files = Files.walk(dataDir.resolve("stepfunctions/executions"))) {
            List<Path> running =
                    files.filter(file -> file.toString().endsWith(".json"))
                            .filter(LostTimerHealsTest::isRunning)
                            .toList();
            assertThat(running).hasSize(1);
            Files.delete(running.get(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRunning(Path executionFile) {
        try {
            return JSON.readTree(executionFile.toFile()).path("status").asText().equals("RUNNING");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutTime(String email) {
        return email.substring(email.indexOf(" | ") + 3);
    }

    /** When it was sent, to the minute (as {@link SimulatedStack#emails()} shows it, in UTC). */
    private static Instant sentAt(String email) {
        return Instant.parse(email.substring(0, 16).replace(' ', 'T') + ":00Z");
    }
}
