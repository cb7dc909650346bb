package org.sendtracker.local.stepfunctions.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.ApiError;
import org.sendtracker.local.stepfunctions.ExecutionDescription;
import org.sendtracker.local.stepfunctions.SfnApiException;
import org.sendtracker.local.stepfunctions.eval.ExecutionStatus;
import org.sendtracker.local.stepfunctions.runtime.TaskTokens;

class TaskTokenTest {

    private final EngineFixture fixture = new EngineFixture();
    private final AtomicReference<String> token = new AtomicReference<>();

    TaskTokenTest() {
        fixture.functions.on(
                "notify-officer",
                payload -> {
                    token.set(payload.get("taskToken").asText());
                    return JsonNodeFactory.instance.objectNode();
                });
    }

    private String startAskingTheOfficer() {
        return fixture.start(
                fixture.machine("ask", Machines.ASK_OFFICER_WITH_ONE_HOUR_TIMEOUT),
                "case-1",
                "{\"case\": \"c-1\"}");
    }

    @Test
    void waitForTaskToken_succeeds_andResumesImmediately() {
        // given an execution waiting for the officer's answer
        String arn = startAskingTheOfficer();
        assertThat(fixture.describe(arn).waitingInState()).isEqualTo("AskOfficer");
        // when the answer arrives, without the clock moving
        fixture.engine.sendTaskSuccess(token.get(), "{\"approved\": true}");
        // then the execution has finished with the answer in its output
        ExecutionDescription done = fixture.describe(arn);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"case\":\"c-1\",\"decision\":{\"approved\":true}}");
    }

    @Test
    void waitForTaskToken_timesOut_andCatchRoutesToHandler() {
        // given an execution waiting at most an hour for the officer
        String arn = startAskingTheOfficer();
        // when an hour passes without an answer
        fixture.clock.advance(Duration.ofHours(1));
        assertThat(fixture.engine.fireDueTimers()).isEqualTo(1);
        // then the States.Timeout was caught and the handler ran
        ExecutionDescription done = fixture.describe(arn);
        assertThat(done.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(done.output()).isEqualTo("{\"case\":\"c-1\",\"error\":\"States.Timeout\"}");
    }

    @Test
    void answerAfterTheTimeout_isRefusedAsTaskTimedOut_andTheTimeoutWins() {
        // given the hour has passed but no one has fired the timers yet
        String arn = startAskingTheOfficer();
        fixture.clock.advance(Duration.ofHours(2));
        // when the late answer arrives, then it is refused
        assertThatThrownBy(() -> fixture.engine.sendTaskSuccess(token.get(), "{}"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.TASK_TIMED_OUT))
                .hasMessage("Task Timed Out: 'Provided task does not exist anymore'");
        // and the execution went the timeout way
        assertThat(fixture.describe(arn).output())
                .isEqualTo("{\"case\":\"c-1\",\"error\":\"States.Timeout\"}");
    }

    @Test
    void secondAnswerForTheSameToken_isTaskTimedOut() {
        startAskingTheOfficer();
        fixture.engine.sendTaskSuccess(token.get(), "{}");
        assertThatThrownBy(() -> fixture.engine.sendTaskSuccess(token.get(), "{}"))
                .hasMessage("Task Timed Out: 'Provided task does not exist anymore'");
    }

    @Test
    void malformedToken_isInvalidToken_andUnknownExecutionToken_isTaskDoesNotExist() {
        assertThatThrownBy(() -> fixture.engine.sendTaskSuccess("not-a-token", "{}"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.INVALID_TOKEN))
                .hasMessage("Invalid Token: 'not-a-token'");
        String tokenOfNoExecution =
                TaskTokens.issue("arn:aws:states:us-east-1:000000000000:execution:none:none", "x");
        assertThatThrownBy(() -> fixture.engine.sendTaskSuccess(tokenOfNoExecution, "{}"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.TASK_DOES_NOT_EXIST));
    }

    @Test
    void sendTaskFailure_failsTheTask_withTheGivenErrorAndCause() {
        String arn =
                fixture.start(
                        fixture.machine("ask", Machines.ASK_OFFICER_WITHOUT_TIMEOUT),
                        "case-2",
                        "{}");
        fixture.engine.sendTaskFailure(token.get(), "Officer.Rejected", "the plan is incomplete");
        ExecutionDescription done = fixture.describe(arn);
        assertThat(done.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(done.error()).isEqualTo("Officer.Rejected");
        assertThat(done.cause()).isEqualTo("the plan is incomplete");
    }

    @Test
    void answerSentFromInsideTheInvocation_isKept_andCompletesTheTask() {
        // given a function that answers its own token before it returns (in-process, same thread)
        fixture.functions.on(
                "notify-officer",
                payload -> {
                    fixture.engine.sendTaskSuccess(
                            payload.get("taskToken").asText(), "{\"approved\": false}");
                    return JsonNodeFactory.instance.objectNode();
                });
        // when the execution runs
        String arn = startAskingTheOfficer();
        // then it did not wait
        assertThat(fixture.describe(arn).output())
                .isEqualTo("{\"case\":\"c-1\",\"decision\":{\"approved\":false}}");
    }

    @Test
    void invalidOutputJson_isRefused() {
        startAskingTheOfficer();
        assertThatThrownBy(() -> fixture.engine.sendTaskSuccess(token.get(), "{not json"))
                .isInstanceOfSatisfying(
                        SfnApiException.class,
                        e -> assertThat(e.error()).isEqualTo(ApiError.INVALID_OUTPUT));
    }
}
