package org.sendtracker.local.dynamodb;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * DynamoDB Local as a real HTTP server on a loopback port, so the real AWS SDK client talks to it
 * exactly as it talks to AWS. In memory for tests; file-backed ({@code dbPath}) for the local
 * runner, so data survives a restart. Needs {@code sqlite4java.library.path} set to the folder
 * holding {@code libsqlite4java-linux-amd64.so} (the build copies it to {@code target/native}).
 */
public final class EmbeddedDynamoDb implements AutoCloseable {

    private static final String LOG4J_CONFIGURATION = "log4j2.configurationFile";
    private static final String OWN_LOG4J_CONFIGURATION =
            "org/sendtracker/local/dynamodb/log4j2-local.properties";
    private static final String JSON_LAYOUT =
            "org.apache.logging.log4j.layout.template.json.JsonTemplateLayout";

    private final DynamoDBProxyServer server;
    private final int port;

    private EmbeddedDynamoDb(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static EmbeddedDynamoDb inMemory() {
        return start(null, freePort());
    }

    public static EmbeddedDynamoDb fileBacked(Path directory, int port) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
        return start(directory, port);
    }

    private static EmbeddedDynamoDb start(Path directory, int port) {
        if (System.getProperty("sqlite4java.library.path") == null) {
            throw new IllegalStateException(
                    "set -Dsqlite4java.library.path to the folder holding libsqlite4java-linux-amd64.so");
        }
        useOwnLog4jConfigurationWhereJsonLayoutIsMissing();
        List<String> args =
                new ArrayList<>(List.of("-port", String.valueOf(port), "-disableTelemetry"));
        if (directory == null) {
            args.add("-inMemory");
        } else {
            args.addAll(List.of("-dbPath", directory.toAbsolutePath().toString(), "-sharedDb"));
        }
        try {
            DynamoDBProxyServer server =
                    ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
            server.start();
            return new EmbeddedDynamoDb(server, port);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "DynamoDB Local did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /**
     * DynamoDB Local logs through Log4j 2, which would pick up the functions' {@code
     * log4j2.properties} (JSON lines for Lambda) wherever a function jar is on the classpath, as on
     * the local runner's. Without the JSON layout library (the runner does not carry it) that file
     * fails with a screen of errors. Where the layout is missing and nobody chose a configuration,
     * Log4j reads this module's plain one. Where the layout is present (the functions' own tests),
     * nothing changes.
     */
    private static void useOwnLog4jConfigurationWhereJsonLayoutIsMissing() {
        if (System.getProperty(LOG4J_CONFIGURATION) != null) {
            return;
        }
        try {
            Class.forName(JSON_LAYOUT, false, EmbeddedDynamoDb.class.getClassLoader());
        } catch (ClassNotFoundException missing) {
            System.setProperty(LOG4J_CONFIGURATION, OWN_LOG4J_CONFIGURATION);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }
}
