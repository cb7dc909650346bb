package org.sendtracker.local.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.sendtracker.local.LocalSettings;
import org.sendtracker.local.LocalSystem;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.testing.EmailsForPeople;

/**
 * The whole local system, as {@code ./run-local} starts it (demo data included), on a temporary
 * {@code DATA_DIR} and a free port: started once for all the browser tests and stopped after the
 * last. The system points the AWS SDK at itself through system properties; they are put back as
 * they were when it stops, so other tests in the same JVM are not left talking to a stopped server.
 */
final class RunningSystem
        implements ParameterResolver, ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static final List<String> SDK_PROPERTIES =
            List.of(
                    "aws.endpointUrlDynamoDb",
                    "aws.endpointUrlSesV2",
                    "aws.endpointUrlSfn",
                    "aws.region",
                    "aws.accessKeyId",
                    "aws.secretAccessKey");

    private final LocalSystem system;
    private final Path dataDir;
    private final Map<String, String> previous;

    private RunningSystem(LocalSystem system, Path dataDir, Map<String, String> previous) {
        this.system = system;
        this.dataDir = dataDir;
        this.previous = previous;
    }

    /**
     * For {@code @ExtendWith}: resolves {@link RunningSystem} parameters to the one shared system.
     */
    public RunningSystem() {
        this(null, null, null);
    }

    static RunningSystem start() {
        return start(Map.of());
    }

    /**
     * A system of its own (close it after use), e.g. {@code sendtracker.local.clock-start} fixed so
     * the README's screenshots show the same dates whenever they are taken.
     */
    static RunningSystem start(Map<String, Object> properties) {
        Map<String, String> previous = new LinkedHashMap<>();
        SDK_PROPERTIES.forEach(name -> previous.put(name, System.getProperty(name)));
        try {
            Path dataDir = Files.createTempDirectory("sendtracker-browser-");
            return new RunningSystem(
                    LocalSystem.start(new LocalSettings(0, dataDir), true, properties),
                    dataDir,
                    previous);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(String path) {
        return system.uri().resolve(path);
    }

    LocalSystem system() {
        return system;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningSystem.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSystem.class, key -> start(), RunningSystem.class);
    }

    /**
     * Stops the system, having checked that every email it sent (the demo's and the tests') is
     * written for people (docs/emails.md).
     */
    @Override
    public void close() {
        try {
            system.context()
                    .getBean(Outbox.class)
                    .messages()
                    .forEach(m -> EmailsForPeople.check(m.subject(), m.text(), m.html()));
        } finally {
            closeSystem();
        }
    }

    private void closeSystem() {
        system.close();
        previous.forEach(
                (name, value) -> {
                    if (value == null) {
                        System.clearProperty(name);
                    } else {
                        System.setProperty(name, value);
                    }
                });
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
