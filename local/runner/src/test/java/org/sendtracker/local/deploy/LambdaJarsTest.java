package org.sendtracker.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The Lambda jars (template.yaml's {@code CodeUri}) hold what their functions run and no more
 * (docs/performance.md): a bigger jar is a slower cold start (more to download and open) and more
 * to patch. The sizes leave headroom for what is still to come (structured logging, metrics). The
 * reactor packages both functions before this module's tests run.
 */
class LambdaJarsTest {

    private static final Path ROOT = Path.of("../..");
    private static final Path HTTP = ROOT.resolve("functions/http/target/http-lambda.jar");
    private static final Path WORKFLOW =
            ROOT.resolve("functions/workflow/target/workflow-lambda.jar");
    private static final Path REPORTS = ROOT.resolve("functions/reports/target/reports-lambda.jar");
    private static final long MB = 1_000_000;
    private static final String GOVUK = "META-INF/resources/webjars/govuk-frontend/";

    @Test
    void httpJar_isAtMost25MB() throws IOException {
        assertThat(Files.size(built(HTTP))).isLessThanOrEqualTo(25 * MB);
    }

    @Test
    void workflowJar_isAtMost20MB() throws IOException {
        assertThat(Files.size(built(WORKFLOW))).isLessThanOrEqualTo(20 * MB);
    }

    /**
     * The HTTP function's code plus PDFBox, openhtmltopdf, Batik and JFreeChart: 35.8 MB when the
     * budget was set (docs/performance.md, "The reports function's jar"), which leaves room for a
     * bundled font and for the HTTP function's own growth, which this jar carries too.
     */
    @Test
    void reportsJar_isAtMost40MB() throws IOException {
        assertThat(Files.size(built(REPORTS))).isLessThanOrEqualTo(40 * MB);
    }

    @Test
    void
            everyJar_holdsItsHandlersAndTheUrlConnectionClient_butNoOtherHttpClientNorJaxbNorTestOrLocalCode()
                    throws IOException {
        for (Path jar : List.of(HTTP, WORKFLOW, REPORTS)) {
            List<String> entries = entries(jar);
            assertThat(entries)
                    .as(jar.toString())
                    .contains(
                            "software/amazon/awssdk/http/urlconnection/UrlConnectionHttpClient.class",
                            "org/sendtracker/infrastructure/snapstart/Priming.class",
                            "org/crac/Core.class")
                    .noneMatch(entry -> entry.startsWith("io/netty/"))
                    .noneMatch(entry -> entry.startsWith("software/amazon/awssdk/http/nio/"))
                    .noneMatch(entry -> entry.startsWith("software/amazon/awssdk/http/apache/"))
                    .noneMatch(entry -> entry.startsWith("org/apache/http/"))
                    .noneMatch(
                            entry ->
                                    entry.startsWith("org/glassfish/jaxb/")
                                            || entry.startsWith("jakarta/xml/bind/"))
                    .noneMatch(entry -> entry.startsWith("org/sendtracker/local/"))
                    .noneMatch(
                            entry ->
                                    entry.startsWith("org/sendtracker/")
                                            && (entry.endsWith("Test.class")
                                                    || entry.contains("/testing/")))
                    .noneMatch(entry -> entry.startsWith("META-INF/maven/"));
        }
        assertThat(entries(HTTP)).contains("org/sendtracker/http/lambda/HttpFunctionHandler.class");
        assertThat(entries(REPORTS))
                .contains(
                        "org/sendtracker/reports/lambda/ReportsFunctionHandler.class",
                        "org/jfree/chart/JFreeChart.class",
                        "org/jfree/graphics2d/svg/SVGGraphics2D.class",
                        "com/openhtmltopdf/pdfboxout/PdfRendererBuilder.class");
        assertThat(entries(WORKFLOW))
                .contains(
                        "org/sendtracker/workflow/lambda/TickFunction.class",
                        "org/sendtracker/workflow/lambda/WaitFunction.class",
                        "org/sendtracker/workflow/lambda/ReconcileFunction.class");
    }

    /**
     * ical4j's java.time zone provider stays out (docs/performance.md, "Cold starts"): registered,
     * the JDK would build it when any code first names a region zone, listing ical4j's 600 zones
     * with a random UUID each, on the cold start's path and before a SnapStart snapshot.
     */
    @Test
    void httpAndReportsJars_registerNoIcal4jZoneRulesProvider() throws IOException {
        for (Path jar : List.of(HTTP, REPORTS)) {
            assertThat(entries(jar))
                    .as(jar.toString())
                    .contains("net/fortuna/ical4j/data/CalendarOutputter.class")
                    .doesNotContain("META-INF/services/java.time.zone.ZoneRulesProvider");
        }
    }

    @Test
    void onlyTheWorkflowJar_holdsTheSesClient_forOnlyTickSendsMail() throws IOException {
        String ses = "software/amazon/awssdk/services/sesv2/SesV2Client.class";
        assertThat(entries(HTTP))
                .doesNotContain(ses)
                .noneMatch(entry -> entry.startsWith("org/sendtracker/workflow/lambda/"));
        assertThat(entries(REPORTS))
                .doesNotContain(ses)
                .noneMatch(entry -> entry.startsWith("org/sendtracker/workflow/lambda/"));
        assertThat(entries(WORKFLOW))
                .contains(ses)
                .noneMatch(entry -> entry.startsWith("org/sendtracker/http/"));
    }

    /**
     * The jars leave out the SDK classes only unused operations reach (lambda-jar-excludes.txt
     * beside each function's pom). Initializing each service client from the jar alone verifies
     * every one of its methods, so a request or response class the list wrongly dropped fails here;
     * so does a dropped class of an operation the functions call.
     */
    @Test
    void everyJar_serviceClientsAndTheOperationsCalled_loadFromTheJarAlone() throws Exception {
        List<String> common =
                List.of(
                        "software.amazon.awssdk.services.dynamodb.DefaultDynamoDbClient",
                        "software.amazon.awssdk.services.dynamodb.model.GetItemRequest$BuilderImpl",
                        "software.amazon.awssdk.services.dynamodb.model.QueryResponse$BuilderImpl",
                        "software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest$BuilderImpl",
                        "software.amazon.awssdk.services.dynamodb.transform.PutItemRequestMarshaller",
                        "software.amazon.awssdk.services.dynamodb.waiters.DefaultDynamoDbWaiter",
                        "software.amazon.awssdk.services.sfn.DefaultSfnClient",
                        "software.amazon.awssdk.services.sfn.model.StartExecutionRequest$BuilderImpl",
                        "software.amazon.awssdk.services.sfn.transform.SendTaskSuccessRequestMarshaller");
        initialize(HTTP, common);
        // the dashboard gets the inspections it shows together (DynamoDbInspections.findAll)
        initialize(
                HTTP,
                List.of(
                        "software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest$BuilderImpl",
                        "software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse$BuilderImpl",
                        "software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes$BuilderImpl",
                        "software.amazon.awssdk.services.dynamodb.transform.BatchGetItemRequestMarshaller"));
        initialize(WORKFLOW, common);
        initialize(REPORTS, common);
        initialize(
                WORKFLOW,
                List.of(
                        "software.amazon.awssdk.services.sesv2.DefaultSesV2Client",
                        "software.amazon.awssdk.services.sesv2.model.SendEmailRequest$BuilderImpl",
                        "software.amazon.awssdk.services.sesv2.transform.SendEmailRequestMarshaller"));
    }

    /**
     * The HTTP and workflow jars hold only the Commons Lang classes their libraries name (the shade
     * filters' include lists, docs/performance.md, "Lean jars"): any class of the jar that names
     * one left out (in its constant pool: as a type, in a signature, even in a string) fails here,
     * before it could fail on Lambda with a {@code NoClassDefFoundError}. A library upgrade that
     * reaches further lands here first.
     */
    @Test
    void everyJar_holdsEveryCommonsLangClassItsClassesName() throws IOException {
        Pattern named = Pattern.compile("org/apache/commons/lang3/[A-Za-z0-9_$/-]*[A-Za-z0-9_$-]");
        for (Path jar : List.of(HTTP, WORKFLOW, REPORTS)) {
            try (ZipFile zip = new ZipFile(built(jar).toFile())) {
                Set<String> missing = new TreeSet<>();
                for (ZipEntry entry : zip.stream().toList()) {
                    if (!entry.getName().endsWith(".class")) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        for (String text : constantPoolTexts(in.readAllBytes())) {
                            Matcher m = named.matcher(text);
                            while (m.find()) {
                                if (zip.getEntry(m.group() + ".class") == null) {
                                    missing.add(m.group() + " (named by " + entry.getName() + ")");
                                }
                            }
                        }
                    }
                }
                assertThat(missing).as(jar.toString()).isEmpty();
            }
        }
    }

    /**
     * Every SDK operation the project's classes name (its request type, in their constant pool) has
     * its request's builder and marshaller in the jar: calling a new operation without running
     * functions/tools/LambdaJarExcludes.java again fails here, not on Lambda with a {@code
     * NoClassDefFoundError} (the dashboard's BatchGetItem once did). A service a jar does not pack
     * at all (no request class) is not called by that function.
     */
    @Test
    void everyJar_holdsTheBuildersAndMarshallersOfEveryOperationTheProjectNames()
            throws IOException {
        Pattern request =
                Pattern.compile(
                        "software/amazon/awssdk/services/(dynamodb|sesv2|sfn)/model/([A-Za-z0-9]+Request)(?![A-Za-z0-9$])");
        for (Path jar : List.of(HTTP, WORKFLOW, REPORTS)) {
            try (ZipFile zip = new ZipFile(built(jar).toFile())) {
                Set<String> named = new TreeSet<>();
                Set<String> missing = new TreeSet<>();
                for (ZipEntry entry : zip.stream().toList()) {
                    if (!entry.getName().startsWith("org/sendtracker/")
                            || !entry.getName().endsWith(".class")) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        for (String text : constantPoolTexts(in.readAllBytes())) {
                            Matcher m = request.matcher(text);
                            while (m.find()) {
                                String service = "software/amazon/awssdk/services/" + m.group(1);
                                if (zip.getEntry(service + "/model/" + m.group(2) + ".class")
                                        == null) {
                                    // a service the function never calls is not packed at all
                                    // (SES in the HTTP function): its client is not there either
                                    continue;
                                }
                                named.add(m.group(1) + "." + m.group(2));
                                for (String needed :
                                        List.of(
                                                service + "/model/" + m.group(2) + "$BuilderImpl",
                                                service
                                                        + "/transform/"
                                                        + m.group(2)
                                                        + "Marshaller")) {
                                    if (zip.getEntry(needed + ".class") == null) {
                                        missing.add(needed + " (named by " + entry.getName() + ")");
                                    }
                                }
                            }
                        }
                    }
                }
                assertThat(named).as(jar + ": operations named").isNotEmpty();
                assertThat(missing).as(jar.toString()).isEmpty();
            }
        }
    }

    @Test
    void httpJar_holdsGovukFrontendsMinifiedStylesScriptsAndAssetsOnly() throws IOException {
        List<String> govuk =
                entries(HTTP).stream()
                        .filter(entry -> entry.startsWith(GOVUK) && !entry.endsWith("/"))
                        .toList();
        assertThat(govuk)
                .anyMatch(entry -> entry.endsWith("/dist/govuk/govuk-frontend.min.css"))
                .anyMatch(entry -> entry.endsWith("/dist/govuk/govuk-frontend.min.js"))
                .anyMatch(entry -> entry.endsWith("/dist/govuk/assets/images/favicon.svg"))
                .anyMatch(entry -> entry.contains("/dist/govuk/assets/fonts/"))
                .allMatch(
                        entry ->
                                entry.endsWith("/dist/govuk/govuk-frontend.min.css")
                                        || entry.endsWith("/dist/govuk/govuk-frontend.min.js")
                                        || entry.contains("/dist/govuk/assets/"));
    }

    /**
     * The texts of a class file's constant pool (JVMS 4.4): every class, descriptor, signature and
     * string constant it names.
     */
    private static List<String> constantPoolTexts(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        in.skipBytes(8); // magic, minor and major version
        int count = in.readUnsignedShort();
        List<String> texts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> texts.add(in.readUTF());
                case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                case 15 -> in.skipBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                case 5, 6 -> {
                    in.skipBytes(8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        return texts;
    }

    private static void initialize(Path jar, List<String> classes) throws Exception {
        try (URLClassLoader loader =
                new URLClassLoader(
                        new URL[] {built(jar).toUri().toURL()},
                        ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                assertThat(Class.forName(name, true, loader).getClassLoader())
                        .as(jar + ": " + name)
                        .isSameAs(loader);
            }
        }
    }

    private static Path built(Path jar) {
        assertThat(jar).as("build the Lambda jars first (mvn package): " + jar).exists();
        return jar;
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(built(jar).toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
