package org.sendtracker.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.ses.Outbox;
import org.sendtracker.local.workflow.LocalLambdas;

/**
 * The progress report locally as on AWS: the inspection page links to it, and template.yaml's
 * routes send the page and its PDF to the reports function's handler, which the runner calls as API
 * Gateway would (docs/progress-report.md).
 */
class ProgressReportRoutesTest {

    private static final String INSPECTION = "/inspections/testshire-2019-03-18";

    @TempDir Path dataDir;

    @Test
    void theInspectionPagesLinks_openTheReportAndItsPdf_servedByTheReportsFunction()
            throws IOException {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            // given an inspection whose report named two areas of weakness
            anInspectionWithTwoAreasOfWeakness(stack);

            // when a person follows the inspection page's two links to the report
            String inspection = stack.page(INSPECTION);
            String report = stack.page(href(inspection, "the progress report on these areas"));
            HttpResponse<byte[]> pdf = stack.download(href(inspection, "download it as a PDF"));

            // then the page and the PDF name each area of weakness and its rating
            assertThat(report)
                    .contains("1. EHC plans")
                    .contains("2. Autism assessment waiting times")
                    .contains("Not started");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow())
                    .startsWith("attachment; filename=\"testshire-2019-03-18-progress-report-");
            String text = squeeze(pdfText(pdf.body()));
            assertThat(text)
                    .contains("1. EHC plans RAG rating: Not started")
                    .contains("2. Autism assessment waiting times RAG rating: Not started")
                    .contains("Statutory deadlines");
            // and both were answered by the reports function, through its Lambda handler
            assertThat(
                            stack.system()
                                    .context()
                                    .getBean(LocalLambdas.class)
                                    .usage()
                                    .get("ReportsFunction")
                                    .invocations())
                    .isEqualTo(2);
        }
    }

    @Test
    void theReportsFunctionsAnswers_reachTheBrowserAsApiGatewayGivesThem() throws Exception {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            anInspectionWithTwoAreasOfWeakness(stack);
            HttpClient browser = HttpClient.newHttpClient(); // follows no redirect

            // a browser not signed in: sent to sign in (the HTTP function's page), to come back
            HttpResponse<String> anonymous =
                    browser.send(
                            HttpRequest.newBuilder(
                                            stack.system()
                                                    .uri()
                                                    .resolve(INSPECTION + "/progress-report.pdf"))
                                    .header("Accept", "text/html")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(303);
            assertThat(anonymous.headers().firstValue("Location").orElseThrow())
                    .startsWith("/sign-in?returnTo=");
            // a bad period: the report's own 400 page, with its security headers
            HttpResponse<byte[]> badPeriod =
                    stack.download(INSPECTION + "/progress-report?from=2019-02-30");
            assertThat(badPeriod.statusCode()).isEqualTo(400);
            assertThat(new String(badPeriod.body(), StandardCharsets.UTF_8))
                    .contains("30 February 2019 does not exist");
            assertThat(badPeriod.headers().firstValue("Content-Security-Policy")).isPresent();
            // each header once: API Gateway's payload 2.0 reads "headers" and "cookies", and has
            // no multi-value headers (the handler fills both maps)
            assertThat(badPeriod.headers().allValues("Content-Security-Policy")).hasSize(1);
            assertThat(badPeriod.headers().allValues("Content-Type")).hasSize(1);
            // an issued copy that does not exist: the same 404 as an unknown inspection's
            assertThat(stack.download(INSPECTION + "/progress-reports/7").statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void issuingAReportToABoard_emailsEachMemberTheLinkOnce_evenWhenTheRequestIsRetried() {
        try (SimulatedStack stack = new SimulatedStack(dataDir, "2019-03-11T09:00:00Z")) {
            // given a board of two of the area's contacts
            anInspectionWithTwoAreasOfWeakness(stack);
            stack.put(
                    "/api/inspections/testshire-2019-03-18/boards/improvement-board",
                    """
                    {"name":"SEND Improvement Board","kind":"IMPROVEMENT_BOARD","members":["lead@testshire.example","nhs@testshire.example"]}""");
            int before = stack.emails().size();

            // when the report is issued to it, and the request retried with the same key
            String issue =
                    """
                    {"board":"improvement-board","from":"2019-03-01","to":"2019-05-31"}""";
            stack.post("/api/inspections/testshire-2019-03-18/progress-reports", issue, "issue-1");
            stack.advanceTo("2019-05-14T10:00:00Z");
            stack.post("/api/inspections/testshire-2019-03-18/progress-reports", issue, "issue-1");
            // and the same key sent for another period: refused, naming the report it issued
            assertThatThrownBy(
                            () ->
                                    stack.post(
                                            "/api/inspections/testshire-2019-03-18/progress-reports",
                                            issue.replace("2019-03-01", "2019-04-01"),
                                            "issue-1"))
                    .hasMessageContaining("→ 409")
                    .hasMessageContaining("'issue-1' was already used for report 1");
            // and a period that has not begun: refused, as an issued report is kept for good
            assertThatThrownBy(
                            () ->
                                    stack.post(
                                            "/api/inspections/testshire-2019-03-18/progress-reports",
                                            """
                                            {"board":"improvement-board","from":"2019-06-01","to":"2019-08-31"}""",
                                            "issue-2"))
                    .hasMessageContaining("→ 400")
                    .hasMessageContaining("The period has not begun");
            stack.advanceTo("2019-05-15T10:00:00Z");

            // then each member has had one email with the link to the copy as issued (and the
            // stack checks, on closing, that every email is written for people)
            List<String> sent = stack.emails().subList(before, stack.emails().size());
            assertThat(sent.stream().map(e -> e.substring(e.indexOf('|') + 2)))
                    .filteredOn(e -> e.contains("Progress report"))
                    .containsExactlyInAnyOrder(
                            "lead@testshire.example |  | [Testshire] Progress"
                                    + " report for 1 March to 31 May 2019 issued to the SEND"
                                    + " Improvement Board",
                            "nhs@testshire.example |  | [Testshire] Progress"
                                    + " report for 1 March to 31 May 2019 issued to the SEND"
                                    + " Improvement Board");
            String text =
                    stack.system().context().getBean(Outbox.class).messages().stream()
                            .filter(m -> m.subject().contains("Progress report"))
                            .findFirst()
                            .orElseThrow()
                            .text();
            String link =
                    text.substring(text.indexOf("http://localhost:"))
                            .lines()
                            .findFirst()
                            .orElseThrow();
            assertThat(link).endsWith("/inspections/testshire-2019-03-18/progress-reports/1");
            // and the link opens the copy, through the reports function
            assertThat(stack.page(URI.create(link).getPath())).contains("SEND Improvement Board");
        }
    }

    private static void anInspectionWithTwoAreasOfWeakness(SimulatedStack stack) {
        stack.post("/api/areas", Fixtures.TESTSHIRE);
        stack.post(
                "/api/inspections",
                """
                {"areaId":"testshire","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}""");
        stack.advanceTo("2019-05-14T09:00:00Z");
        stack.post(
                "/api/inspections/testshire-2019-03-18/events",
                """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":true,"weaknesses":["EHC plans","Autism assessment waiting times"]}""");
    }

    /** The address of the page's link whose text starts with {@code text}. */
    private static String href(String page, String text) {
        Matcher link =
                Pattern.compile("<a class=\"govuk-link\" href=\"([^\"]+)\">" + Pattern.quote(text))
                        .matcher(page);
        assertThat(link.find()).as("a link \"" + text + "…\"").isTrue();
        return link.group(1);
    }

    private static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
