package org.sendtracker.reports.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendtracker.inspection.application.InspectionService;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.report.application.ProgressReportService;
import org.sendtracker.report.model.IssuedReport;
import org.sendtracker.reports.testing.Lancashire;
import org.sendtracker.reports.testing.ReportsStack;
import org.sendtracker.shared.Actor;

/**
 * The reports function through its Lambda entry point, fed the {@code events/reports-*.json}
 * samples as API Gateway delivers them: the progress report as a PDF whose text a reader can search
 * (read back with PDFBox's text stripper), as a page, and an issued copy that stays as it was
 * issued when the record changes afterwards.
 */
class ReportsFunctionHandlerTest {

    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();

    static ReportsStack stack;
    static ReportsFunctionHandler handler;

    @BeforeAll
    static void start() {
        stack = new ReportsStack();
        Lancashire.record(stack, stack.plans());
        handler = new ReportsFunctionHandler(stack.context);
    }

    @AfterAll
    static void stop() {
        handler.close();
        stack.close();
    }

    @Test
    void thePdf_namesEveryWeakness_everyMeasure_andTheRagOfEach() {
        // given the sample: an officer's browser asking for the PDF of June to September 2018
        APIGatewayV2HTTPEvent event = signedIn(event("reports-get-progress-report-pdf.json"));

        // when the reports function gets it
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        // then it is a PDF, base64-encoded for API Gateway, offered as a download
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("application/pdf");
        assertThat(header(response, "Content-Disposition"))
                .isEqualTo(
                        "attachment; filename=\"lancashire-2017-11-13-progress-report-2018-06-01-to-2018-09-30.pdf\"");
        assertThat(response.getIsBase64Encoded()).isTrue();
        String text = pdfText(Base64.getDecoder().decode(response.getBody()));
        // whose text holds every area of weakness with its RAG, and every measure
        Lancashire.WEAKNESSES.forEach(title -> assertThat(text).contains(title));
        Lancashire.MEASURES.forEach(name -> assertThat(text).contains(name));
        assertThat(rating(text, "1. Timeliness and quality of EHC plans"))
                .contains("On track")
                .contains("Green");
        assertThat(rating(text, "2. Waiting times for autism assessment"))
                .contains("Delayed")
                .contains("Red");
        assertThat(rating(text, "3. Co-production with parents and carers"))
                .contains("Not started")
                .contains("Amber");
        assertThat(squeeze(text))
                .contains("Audit every EHC plan issued late")
                .contains("Statutory deadlines")
                .contains("Written Statement of Action")
                .contains("1 June 2018 to 30 September 2018");
        // and its text is set in the bundled font, embedded: no standard font without a file
        assertThat(textFonts(Base64.getDecoder().decode(response.getBody())))
                .isNotEmpty()
                .allMatch(font -> font.contains("DejaVuSans") && font.endsWith(" embedded"));
    }

    /** The fonts the PDF's pages use, by name, "embedded" when they are. */
    private static Set<String> textFonts(byte[] pdf) {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? " embedded" : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    @Test
    void thePage_showsTheSameReport_withEachChartAsAnImage_andALinkToThePdf() {
        APIGatewayV2HTTPEvent event = signedIn(event("reports-get-progress-report.json"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        String html = response.getBody();
        Lancashire.WEAKNESSES.forEach(title -> assertThat(html).contains(title));
        Lancashire.MEASURES.forEach(name -> assertThat(html).contains(name));
        assertThat(html)
                .contains("<img class=\"app-report__chart\" src=\"data:image/svg+xml;base64,")
                .contains("alt=\"Line chart of EHC plans issued within 20 weeks (%): baseline 31")
                // each figure with its unit, as the plan page gives it
                .contains("Baseline 31% (")
                .contains(", target 60%")
                .contains("Baseline 74 weeks (")
                .contains(", target 18 weeks")
                // and in the table of its values
                .contains("govuk-table__cell--numeric\">74 weeks</td>")
                .contains("/static/report.css")
                .contains("/inspections/lancashire-2017-11-13/progress-report.pdf?from=")
                .contains("Issue this report to a board")
                .doesNotContain("<script");
    }

    @Test
    void badDates_areA400Page_sayingWhatIsWrong() {
        APIGatewayV2HTTPEvent event = signedIn(event("reports-get-progress-report.json"));
        event.setRawQueryString("from=2018-02-30&to=soon");
        event.setQueryStringParameters(Map.of("from", "2018-02-30", "to", "soon"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody())
                .contains("dates are not right")
                .contains("30 February 2018 does not exist")
                .contains("must be a date in the form YYYY-MM-DD");
    }

    @Test
    void aPeriodEndingBeforeTheInspectionWasNotified_isA400Page_namingTheDay() {
        // it answered 200 with a report of nothing "awaiting its report" (a probe, stop 27)
        APIGatewayV2HTTPEvent event = signedIn(event("reports-get-progress-report.json"));
        event.setRawQueryString("from=2017-01-01&to=2017-03-31");
        event.setQueryStringParameters(Map.of("from", "2017-01-01", "to", "2017-03-31"));

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getBody())
                .contains("The period ends before this inspection was notified (6 November 2017)");
    }

    @Test
    void someoneWhoCannotReadTheArea_getsTheUnknownInspectionAnswer() {
        String session = stack.idToken(ReportsStack.STRANGER);
        APIGatewayV2HTTPEvent hidden =
                withSession(event("reports-get-progress-report-pdf.json"), session);
        APIGatewayV2HTTPEvent unknown =
                withSession(event("reports-get-progress-report-pdf.json"), session);
        unknown.setRawPath("/inspections/nowhere-2017-11-13/progress-report.pdf");
        unknown.getRequestContext()
                .getHttp()
                .setPath("/inspections/nowhere-2017-11-13/progress-report.pdf");

        APIGatewayV2HTTPResponse hiddenResponse =
                handler.handleRequest(hidden, new MockLambdaContext());
        APIGatewayV2HTTPResponse unknownResponse =
                handler.handleRequest(unknown, new MockLambdaContext());

        assertThat(hiddenResponse.getStatusCode()).isEqualTo(404);
        assertThat(unknownResponse.getStatusCode()).isEqualTo(404);
        assertThat(hiddenResponse.getBody().replace("lancashire", "nowhere"))
                .isEqualTo(unknownResponse.getBody());
    }

    @Test
    void notSignedIn_isSentToSignIn() {
        APIGatewayV2HTTPEvent event = event("reports-get-progress-report.json");
        event.setCookies(null);

        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new MockLambdaContext());

        assertThat(response.getStatusCode()).isEqualTo(303);
        assertThat(header(response, "Location")).startsWith("/sign-in?returnTo=");
    }

    @Test
    void issuingToABoardThePlanDoesNotHave_namesTheBoardsItHas_inWords() {
        ProgressReportService reports = stack.context.getBean(ProgressReportService.class);
        InspectionService inspections = stack.context.getBean(InspectionService.class);

        var refused =
                reports.issue(
                        inspections.find(Lancashire.INSPECTION).orElseThrow(),
                        Map.of("board", "no-such-board", "from", "2018-06-01", "to", "2018-09-30"),
                        "issue-test-unknown-board",
                        new Actor(ReportsStack.OFFICER.subject(), "Rae Porter"));

        assertThat(refused.refusal().orElseThrow().errors("board"))
                .singleElement()
                .satisfies(
                        error ->
                                assertThat(error.message())
                                        .startsWith(
                                                "There is no board 'no-such-board' on this"
                                                        + " inspection's plan. Choose one of its"
                                                        + " boards: ")
                                        .contains("(send-improvement-board)")
                                        .doesNotContain("["));
    }

    @Test
    void anIssuedReport_staysAsIssued_afterTheRecordChanges() {
        // given the report for June to September 2018 issued to the improvement board
        ProgressReportService reports = stack.context.getBean(ProgressReportService.class);
        InspectionService inspections = stack.context.getBean(InspectionService.class);
        IssuedReport issued =
                reports.issue(
                                inspections.find(Lancashire.INSPECTION).orElseThrow(),
                                Map.of(
                                        "board",
                                        "send-improvement-board",
                                        "from",
                                        "2018-06-01",
                                        "to",
                                        "2018-09-30"),
                                "issue-test-1",
                                new Actor(ReportsStack.OFFICER.subject(), "Rae Porter"))
                        .orElseThrow();
        assertThat(issued.number()).isEqualTo(1);

        // when a later monitoring visit rates the second area of weakness on track
        Lancashire.record(
                inspections,
                Map.of(
                        "type",
                        "MONITORING_VISIT",
                        "on",
                        "2018-09-20",
                        "statuses",
                        Map.of("1", "COMPLETE", "2", "ON_TRACK", "3", "ON_TRACK")));

        // then the issued copy (the sample event) still reads as it was issued
        APIGatewayV2HTTPResponse copy =
                handler.handleRequest(
                        signedIn(event("reports-get-issued-report-pdf.json")),
                        new MockLambdaContext());
        assertThat(copy.getStatusCode()).as(copy.getBody()).isEqualTo(200);
        String issuedText = pdfText(Base64.getDecoder().decode(copy.getBody()));
        assertThat(squeeze(issuedText))
                .contains("Issued to SEND Improvement Board")
                .contains("by Rae Porter");
        assertThat(rating(issuedText, "2. Waiting times for autism assessment"))
                .contains("Delayed")
                .contains("Red");
        assertThat(reports.issued(inspections.find(Lancashire.INSPECTION).orElseThrow(), "1"))
                .contains(issued);
        // and so does its page (the other sample), with the link to that copy's PDF
        APIGatewayV2HTTPResponse page =
                handler.handleRequest(
                        signedIn(event("reports-get-issued-report.json")), new MockLambdaContext());
        assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(200);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.getBody())
                .contains("Issued to SEND Improvement Board")
                .contains(
                        "/inspections/lancashire-2017-11-13/progress-reports/1/progress-report.pdf");
        // while the live report for the same period shows the change
        APIGatewayV2HTTPResponse live =
                handler.handleRequest(
                        signedIn(event("reports-get-progress-report-pdf.json")),
                        new MockLambdaContext());
        assertThat(
                        rating(
                                pdfText(Base64.getDecoder().decode(live.getBody())),
                                "2. Waiting times for autism assessment"))
                .contains("On track")
                .contains("Green");
    }

    @Test
    void everySampleEventOfTheReportsFunction_isExercised() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS_DIR)) {
            assertThat(
                            files.map(f -> f.getFileName().toString())
                                    .filter(name -> name.startsWith("reports-")))
                    .containsExactlyInAnyOrder(
                            "reports-get-progress-report-pdf.json",
                            "reports-get-progress-report.json",
                            "reports-get-issued-report.json",
                            "reports-get-issued-report-pdf.json");
        }
    }

    private static String pdfText(byte[] pdf) {
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rating line under an area of weakness's heading: "RAG rating: On track, since … Green"
     * (the tag's word may come before or after the sentence in the extracted text).
     */
    private static String rating(String text, String heading) {
        String squeezed = squeeze(text);
        int at = squeezed.indexOf(heading + " RAG rating: ");
        assertThat(at).as("the rating of " + heading).isNotNegative();
        return squeezed.substring(at, Math.min(squeezed.length(), at + heading.length() + 70));
    }

    /** Text with every run of white space as one space: line breaks fall where the page ends. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static APIGatewayV2HTTPEvent signedIn(APIGatewayV2HTTPEvent event) {
        return signedIn(event, ReportsStack.OFFICER);
    }

    /** The sample with a fresh session of {@code user}'s where it has its placeholder. */
    private static APIGatewayV2HTTPEvent signedIn(APIGatewayV2HTTPEvent event, DemoUser user) {
        return withSession(event, stack.idToken(user));
    }

    private static APIGatewayV2HTTPEvent withSession(APIGatewayV2HTTPEvent event, String session) {
        assertThat(event.getCookies()).hasSize(1);
        assertThat(event.getCookies().get(0)).startsWith("sendtracker_session=<");
        event.setCookies(List.of("sendtracker_session=" + session));
        return event;
    }

    private static APIGatewayV2HTTPEvent event(String file) {
        try {
            return EVENTS.readValue(EVENTS_DIR.resolve(file).toFile(), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read events/" + file, e);
        }
    }

    private static String header(APIGatewayV2HTTPResponse response, String name) {
        Map<String, String> headers = response.getHeaders();
        return headers == null
                ? null
                : headers.entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(name))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
    }
}
