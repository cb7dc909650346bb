package org.sendtracker.infrastructure.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request paths read by key or index, never by {@code Scan} (docs/domain-rules.md §2): the
 * production client's interceptor refuses one at run time, and no compiled class of this module
 * calls one.
 */
class NoScanTest {

    private static final String DYNAMODB_CLIENTS =
            "software/amazon/awssdk/services/dynamodb/DynamoDb";
    private static final Set<String> SCANS = Set.of("scan", "scanPaginator");

    private LocalDynamoDb dynamo;

    @BeforeEach
    void freshTable() {
        dynamo = LocalDynamoDb.withFreshTable();
    }

    @AfterEach
    void dropTable() {
        dynamo.close();
    }

    @Test
    void scan_isRefusedByTheInterceptor_beforeItIsSent() {
        assertThatThrownBy(() -> dynamo.client.scan(b -> b.tableName(dynamo.table.value())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "Scan of "
                                + dynamo.table.value()
                                + " refused: read by key or index instead");
    }

    @Test
    void scanPaginator_isRefusedByTheInterceptor_whenItFetchesItsFirstPage() {
        assertThatThrownBy(
                        () ->
                                dynamo.client
                                        .scanPaginator(b -> b.tableName(dynamo.table.value()))
                                        .items()
                                        .iterator()
                                        .hasNext())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "Scan of "
                                + dynamo.table.value()
                                + " refused: read by key or index instead");
    }

    @Test
    void noMainClass_callsScanOnADynamoDbClient() {
        // given every class this module compiles (the adapters and their configuration)
        Map<Path, List<ClassReferences.MethodRef>> calls =
                ClassReferences.methodCallsIn(mainClasses());
        assertThat(calls).as("the main classes were found").isNotEmpty();

        // then some call DynamoDB, by query (the check sees calls), and none by scan
        assertThat(calls.values().stream().flatMap(List::stream))
                .anyMatch(
                        ref ->
                                ref.owner().startsWith(DYNAMODB_CLIENTS)
                                        && ref.name().equals("queryPaginator"))
                .noneMatch(
                        ref ->
                                ref.owner().startsWith(DYNAMODB_CLIENTS)
                                        && SCANS.contains(ref.name()));
    }

    @Test
    void onlyTheInterceptor_refersToScanRequest() {
        assertThat(
                        ClassReferences.classesReferring(
                                mainClasses(),
                                "software/amazon/awssdk/services/dynamodb/model/ScanRequest"))
                .extracting(path -> path.getFileName().toString())
                .containsExactly("NoScanInterceptor.class");
    }

    private static List<Path> mainClasses() {
        try {
            Path root =
                    Path.of(
                            NoScanInterceptor.class
                                    .getProtectionDomain()
                                    .getCodeSource()
                                    .getLocation()
                                    .toURI());
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
