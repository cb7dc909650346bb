package org.sendtracker.local.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code ./run-local} starts without a screen of logging errors. The runner's classpath holds the
 * functions' {@code log4j2.properties} (JSON lines for Lambda) but not the JSON layout it names;
 * DynamoDB Local's Log4j must not read it there. In a fresh JVM, because Log4j configures itself
 * once per JVM.
 */
class LocalLogsTest {

    @Test
    void dynamoDbLocal_onTheRunnersClasspath_startsWithoutLoggingErrors() throws Exception {
        assertThat(LocalLogsTest.class.getClassLoader().getResource("log4j2.properties"))
                .as("the functions' Log4j configuration is on this classpath, as on the runner's")
                .isNotNull();
        Path log = Files.createTempFile("dynamodb-local-start", ".log");
        Process jvm =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                "-Dsqlite4java.library.path="
                                        + System.getProperty("sqlite4java.library.path"),
                                StartDynamoDbLocal.class.getName())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        boolean ended = jvm.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            jvm.destroyForcibly().waitFor();
        }
        String output = Files.readString(log);
        Files.delete(log);

        assertThat(ended).as("the JVM ended by itself:\n" + output).isTrue();
        assertThat(jvm.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("DynamoDB Local answered at http://127.0.0.1:")
                .doesNotContain("ERROR")
                .doesNotContain("Exception");
    }
}
