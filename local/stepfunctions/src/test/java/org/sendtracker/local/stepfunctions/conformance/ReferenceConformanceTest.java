package org.sendtracker.local.stepfunctions.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sendtracker.local.stepfunctions.testing.Json;

/**
 * Runs the whole conformance suite on the reference interpreter (npm aws-local-stepfunctions,
 * through {@code conformance-js/run.mjs}) and on this engine, and compares the two results of every
 * case. Fields a case lists under {@code referenceDifferences} (with the reason) are left out;
 * engine time is not compared, as the reference's Waits and retries are overridden to 0 ms.
 */
class ReferenceConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyCase_givesTheSameResultOnTheReferenceInterpreter() {
        NodeHarness.assumeInstalled();
        NodeHarness.Outcome outcome =
                NodeHarness.run(
                        "run.mjs", List.of(ConformanceCase.SUITE.toAbsolutePath().toString()));
        assertThat(outcome.exitCode()).as("run.mjs failed: %s", outcome.stderr()).isZero();
        JsonNode reference = Json.parse(outcome.stdout());
        return ConformanceCase.all().stream()
                .map(
                        testCase ->
                                DynamicTest.dynamicTest(
                                        testCase.key(),
                                        () -> {
                                            Set<String> skipped =
                                                    new HashSet<>(Set.of("engineSeconds"));
                                            testCase.expected()
                                                    .path("referenceDifferences")
                                                    .fieldNames()
                                                    .forEachRemaining(skipped::add);
                                            JsonNode referenceResult =
                                                    reference.get(testCase.key());
                                            assertThat(referenceResult)
                                                    .as("reference result of %s", testCase)
                                                    .isNotNull();
                                            assertThat(
                                                            ComparableResult.of(
                                                                    referenceResult,
                                                                    testCase,
                                                                    skipped))
                                                    .isEqualTo(
                                                            ComparableResult.of(
                                                                    LocalEngineRunner.run(testCase),
                                                                    testCase,
                                                                    skipped));
                                        }));
    }
}
