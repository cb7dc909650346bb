package org.sendtracker.local.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The reconcile's schedule as the local runner keeps it: read from template.yaml, run in simulated
 * time.
 */
class ReconcileScheduleTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void theTemplatesOwnSchedule_isOneTheRunnerKeeps_andComesRoundAtLeastDaily() {
        ReconcileSchedule schedule = ScheduledReconcile.templateSchedule();

        Instant now = Instant.parse("2026-03-29T00:30:00Z");
        Instant next = schedule.nextAfter(now);

        assertThat(next).isAfter(now).isBeforeOrEqualTo(now.plusSeconds(86_400));
        assertThat(schedule.input()).isNotEmpty();
    }

    @Test
    void hourly_runsOnTheHour() {
        ReconcileSchedule hourly = ReconcileSchedule.of("rate(1 hour)", ZoneOffset.UTC, Map.of());

        assertThat(hourly.nextAfter(Instant.parse("2019-07-24T07:00:00Z")))
                .isEqualTo("2019-07-24T08:00:00Z");
        assertThat(hourly.nextAfter(Instant.parse("2019-07-24T07:59:59.999Z")))
                .isEqualTo("2019-07-24T08:00:00Z");
    }

    @Test
    void rateInMinutesAndDays_countFromTheEpoch() {
        assertThat(
                        ReconcileSchedule.of("rate(15 minutes)", ZoneOffset.UTC, Map.of())
                                .nextAfter(Instant.parse("2019-07-24T07:16:00Z")))
                .isEqualTo("2019-07-24T07:30:00Z");
        assertThat(
                        ReconcileSchedule.of("rate(1 day)", ZoneOffset.UTC, Map.of())
                                .nextAfter(Instant.parse("2019-07-24T07:16:00Z")))
                .isEqualTo("2019-07-25T00:00:00Z");
    }

    @Test
    void dailyCronInLondon_followsBritishSummerTime() {
        ReconcileSchedule daily = ReconcileSchedule.of("cron(0 6 * * ? *)", LONDON, Map.of());

        assertThat(daily.nextAfter(Instant.parse("2019-07-24T05:00:00Z")))
                .isEqualTo("2019-07-25T05:00:00Z");
        assertThat(daily.nextAfter(Instant.parse("2019-12-02T05:00:00Z")))
                .isEqualTo("2019-12-02T06:00:00Z");
    }

    @Test
    void cronWithListsRangesAndIncrements_runsAtEachTimeItNames() {
        ReconcileSchedule schedule =
                ReconcileSchedule.of("cron(0/20 8-9,17 * * ? *)", ZoneOffset.UTC, Map.of());

        assertThat(schedule.nextAfter(Instant.parse("2019-07-24T08:40:00Z")))
                .isEqualTo("2019-07-24T09:00:00Z");
        assertThat(schedule.nextAfter(Instant.parse("2019-07-24T09:40:00Z")))
                .isEqualTo("2019-07-24T17:00:00Z");
        assertThat(schedule.nextAfter(Instant.parse("2019-07-24T17:40:00Z")))
                .isEqualTo("2019-07-25T08:00:00Z");
    }

    @Test
    void aScheduleTheRunnerCannotKeep_isRefusedNamingIt() {
        assertThatThrownBy(() -> ReconcileSchedule.of("cron(0 6 ? * MON-FRI *)", LONDON, Map.of()))
                .hasMessage(
                        "the local runner cannot keep the schedule cron(0 6 ? * MON-FRI *): it runs rate(N minutes|hours|days)"
                                + " and cron(minutes hours * * ? *)");
        assertThatThrownBy(() -> ReconcileSchedule.of("cron(0 25 * * ? *)", LONDON, Map.of()))
                .hasMessage("the schedule cron(0 25 * * ? *) has an impossible field: 25");
        assertThatThrownBy(() -> ReconcileSchedule.of("rate(0 hours)", LONDON, Map.of()))
                .hasMessage("the schedule rate(0 hours) never repeats");
    }

    @Test
    void aTemplateSchedule_givesItsExpressionZoneAndInput() {
        ReconcileSchedule schedule =
                ReconcileSchedule.fromTemplate(
                        template(
                                """
                Resources:
                  ReconcileFunction:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: !Sub 'org.sendtracker.workflow.lambda.ReconcileFunction::handleRequest'
                      Events:
                        Hourly:
                          Type: ScheduleV2
                          Properties:
                            ScheduleExpression: cron(30 * * * ? *)
                            ScheduleExpressionTimezone: Europe/London
                            Input: '{"trigger": "schedule"}'
                """));

        assertThat(schedule.expression()).isEqualTo("cron(30 * * * ? *)");
        assertThat(schedule.input()).isEqualTo(Map.of("trigger", "schedule"));
        assertThat(schedule.nextAfter(Instant.parse("2019-07-24T07:31:00Z")))
                .isEqualTo("2019-07-24T08:30:00Z");
    }

    @Test
    void aTemplateWithoutASchedule_runsItHourly() {
        ReconcileSchedule schedule =
                ReconcileSchedule.fromTemplate(
                        template(
                                """
                Resources:
                  ReconcileFunction:
                    Type: AWS::Serverless::Function
                """));

        assertThat(schedule.expression()).isEqualTo("rate(1 hour)");
        assertThat(schedule.input()).isEqualTo(Map.of("source", "local.schedule"));
    }

    private static ByteArrayInputStream template(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }
}
