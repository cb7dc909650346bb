package org.sendtracker.local.stepfunctions.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every golden case of the conformance suite on this engine and asserts its expected file. */
class ConformanceTest {

    @TestFactory
    Stream<DynamicTest> everyCase_matchesItsExpectedFile() {
        return ConformanceCase.all().stream()
                .map(
                        testCase ->
                                DynamicTest.dynamicTest(
                                        testCase.key(),
                                        () -> {
                                            // given the case's definition, input and scripted tasks
                                            // when it runs on this engine
                                            var actual = LocalEngineRunner.run(testCase);
                                            // then status, output or error and cause, invocations
                                            // and engine time match
                                            assertThat(
                                                            ComparableResult.of(
                                                                    actual, testCase, Set.of()))
                                                    .isEqualTo(
                                                            ComparableResult.of(
                                                                    testCase.expected(),
                                                                    testCase,
                                                                    Set.of()));
                                        }));
    }
}
