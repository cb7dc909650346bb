package org.sendtracker.local.stepfunctions.asl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendtracker.local.stepfunctions.asl.fields.InvalidDefinitionException;
import org.sendtracker.local.stepfunctions.asl.task.LambdaFunction;

class DefinitionLoaderTest {

    private static String oneState(String name, String state) {
        return "{\"StartAt\":\"" + name + "\",\"States\":{\"" + name + "\":" + state + "}}";
    }

    private static String unsupportedFile(String file) throws IOException {
        return Files.readString(Path.of("src", "test", "resources", "unsupported", file));
    }

    @Test
    void aslFileWithMapState_failsToLoad_namingTheStateType() throws IOException {
        // given an ASL file with a Map state
        String definition = unsupportedFile("map-state.asl.json");
        // when / then
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage("State \"Fan\": unsupported state type \"Map\"");
    }

    @Test
    void aslFileWithItemSelector_failsToLoad_namingTheField() throws IOException {
        String definition = unsupportedFile("item-selector.asl.json");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .isInstanceOf(InvalidDefinitionException.class)
                .hasMessage("State \"Shape\": unsupported field \"ItemSelector\"");
    }

    @Test
    void heartbeatSeconds_isRefused_becauseHeartbeatsAreNotImplemented() {
        String definition =
                oneState(
                        "Ask",
                        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\","
                                + "\"HeartbeatSeconds\":60,\"End\":true}");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage("State \"Ask\": unsupported field \"HeartbeatSeconds\"");
    }

    @Test
    void parallelState_isRefused() {
        assertThatThrownBy(
                        () ->
                                DefinitionLoader.parse(
                                        oneState(
                                                "Both",
                                                "{\"Type\":\"Parallel\",\"Branches\":[],\"End\":true}")))
                .hasMessage("State \"Both\": unsupported state type \"Parallel\"");
    }

    @Test
    void unknownResource_isRefused() {
        String definition =
                oneState(
                        "Send",
                        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::sqs:sendMessage\",\"End\":true}");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage(
                        "State \"Send\": unsupported Resource \"arn:aws:states:::sqs:sendMessage\"");
    }

    @Test
    void lambdaInvokeParameterOtherThanFunctionNameAndPayload_isRefused() {
        String definition =
                oneState(
                        "Call",
                        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:states:::lambda:invoke\",\"Parameters\":"
                                + "{\"FunctionName\":\"f\",\"Payload\":{},\"Qualifier\":\"prod\"},\"End\":true}");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage(
                        "State \"Call\": unsupported field \"Parameters.Qualifier\" for Resource \"arn:aws:states:::lambda:invoke\"");
    }

    @Test
    void unknownIntrinsicFunction_isRefusedAtLoadTime() {
        String definition =
                oneState(
                        "Hash",
                        "{\"Type\":\"Pass\",\"Parameters\":{\"h.$\":\"States.Hash($.a, 'SHA-1')\"},\"End\":true}");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage(
                        "State \"Hash\": field \"Parameters\" is not supported: field \"h.$\" has an unsupported value"
                                + " \"States.Hash($.a, 'SHA-1')\": unsupported intrinsic function \"States.Hash\"");
    }

    @Test
    void jsonPathWildcard_isRefusedAtLoadTime() {
        String definition =
                oneState("All", "{\"Type\":\"Pass\",\"InputPath\":\"$.items[*]\",\"End\":true}");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage(
                        "State \"All\": field \"InputPath\" \"$.items[*]\" is not supported: this engine does not"
                                + " implement the selector [*]");
    }

    @Test
    void choiceOperatorNotImplemented_isRefused() {
        String definition =
                "{\"StartAt\":\"C\",\"States\":{\"C\":{\"Type\":\"Choice\",\"Choices\":[{\"Variable\":\"$.a\","
                        + "\"StringMatches\":\"x*\",\"Next\":\"D\"}]},\"D\":{\"Type\":\"Succeed\"}}}";
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage("State \"C\": unsupported field \"StringMatches\"");
    }

    @Test
    void topLevelFieldNotImplemented_isRefused() {
        String definition =
                "{\"QueryLanguage\":\"JSONata\",\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"}}}";
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage("unsupported top-level field \"QueryLanguage\"");
    }

    @Test
    void transitionToUnknownState_isRefused() {
        String definition = oneState("A", "{\"Type\":\"Pass\",\"Next\":\"Nowhere\"}");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage("State \"A\": transition to unknown state \"Nowhere\"");
    }

    @Test
    void unreachableState_isRefused() {
        String definition =
                "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Succeed\"},\"Orphan\":{\"Type\":\"Succeed\"}}}";
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage("State \"Orphan\" is not reachable from StartAt");
    }

    @Test
    void statesAllOutsideTheLastRetrier_isRefused() {
        String definition =
                oneState(
                        "T",
                        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\",\"Retry\":"
                                + "[{\"ErrorEquals\":[\"States.ALL\"]},{\"ErrorEquals\":[\"Boom\"]}],\"End\":true}");
        assertThatThrownBy(() -> DefinitionLoader.parse(definition))
                .hasMessage(
                        "State \"T\": \"States.ALL\" must appear alone in ErrorEquals and only in the last Retrier");
    }

    @Test
    void definitionSubstitutions_replaceTokensBeforeParsing() {
        // given a definition with a SAM-style ${...} token
        String definition =
                oneState(
                        "Call",
                        "{\"Type\":\"Task\",\"Resource\":\"${ReminderFunctionArn}\",\"End\":true}");
        // when it is loaded with a value for the token
        StateMachineDefinition loaded =
                DefinitionLoader.load(
                        definition,
                        Map.of(
                                "ReminderFunctionArn",
                                "arn:aws:lambda:eu-west-2:123456789012:function:send-reminder"));
        // then the task calls the function named in the substituted ARN
        assertThat(((TaskState) loaded.state("Call")).resource())
                .isEqualTo(new LambdaFunction("send-reminder"));
    }

    @Test
    void unresolvedSubstitution_isRefused_namingTheToken() {
        String definition =
                oneState("Call", "{\"Type\":\"Task\",\"Resource\":\"${MissingArn}\",\"End\":true}");
        assertThatThrownBy(() -> DefinitionLoader.load(definition, Map.of()))
                .hasMessage("DefinitionSubstitutions: no value for \"${MissingArn}\"");
    }

    @Test
    void retrierDefaults_areThoseOfTheSpec() {
        String definition =
                oneState(
                        "T",
                        "{\"Type\":\"Task\",\"Resource\":\"arn:aws:lambda:us-east-1:123456789012:function:f\","
                                + "\"Retry\":[{\"ErrorEquals\":[\"Boom\"]}],\"End\":true}");
        Retrier retrier =
                ((TaskState) DefinitionLoader.parse(definition).state("T")).retriers().get(0);
        assertThat(retrier)
                .isEqualTo(new Retrier(new ErrorEquals(List.of("Boom")), 1, 3, 2.0, null));
    }
}
