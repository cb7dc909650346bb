package org.sendtracker.infrastructure.stepfunctions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.sendtracker.workflow.application.TickInput;
import org.sendtracker.workflow.application.WorkflowSignals;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.TaskDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.TaskTimedOutException;

/**
 * The workflow's Step Functions calls: StartExecution of the inspection workflow ({@code
 * sendtracker.workflow.state-machine-arn}) and SendTaskSuccess to wake a waiting execution. The
 * client is built on the first call: a request that reads, or a tick, never pays for it
 * (docs/performance.md).
 */
@Singleton
final class StepFunctionsSignals implements WorkflowSignals {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BeanProvider<SfnClient> sfn;
    private final String stateMachineArn;

    StepFunctionsSignals(
            BeanProvider<SfnClient> sfn,
            @Value("${sendtracker.workflow.state-machine-arn:}") String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public void start(String executionName, TickInput input) {
        if (stateMachineArn.isBlank()) {
            throw new IllegalStateException(
                    "sendtracker.workflow.state-machine-arn is not set: the workflow cannot start");
        }
        try {
            sfn.get()
                    .startExecution(
                            b ->
                                    b.stateMachineArn(stateMachineArn)
                                            .name(executionName)
                                            .input(json(input)));
        } catch (ExecutionAlreadyExistsException alreadyStarted) {
            // The same name was started before: starting is idempotent by name.
        }
    }

    @Override
    public boolean wake(String taskToken) {
        try {
            sfn.get().sendTaskSuccess(b -> b.taskToken(taskToken).output("{\"woken\":true}"));
            return true;
        } catch (TaskDoesNotExistException | TaskTimedOutException | InvalidTokenException gone) {
            return false;
        }
    }

    private static String json(TickInput input) {
        try {
            return JSON.writeValueAsString(input);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + input, e);
        }
    }
}
