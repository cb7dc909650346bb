package org.sendtracker.http.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.function.aws.proxy.MockLambdaContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.sendtracker.http.testing.Json;
import org.sendtracker.http.testing.LocalAws;
import org.sendtracker.http.testing.TestIdentityProvider;
import org.sendtracker.infrastructure.dynamodb.TableLayout;
import org.sendtracker.local.idp.DemoUser;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Lambda entry point fed the sample API Gateway HTTP API (payload 2.0) events in {@code
 * events/}, in the order an officer would send them: the same controllers answer as on Netty.
 */
class HttpFunctionHandlerTest {

    private static final ObjectMapper EVENTS =
            new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final Path EVENTS_DIR =
            Path.of(System.getProperty("basedir", ".")).resolve("../../events").normalize();

    /** Who the samples come from: the first administrator of this deployment. */
    private static final DemoUser JO_SMITH = TestIdentityProvider.person("Jo Smith");

    static HttpFunctionHandler handler;

    @BeforeAll
    static void start() {
        LocalAws.dynamo();
        String table = "SendTracker-" + UUID.randomUUID();
        Map<String, Object> settings = new HashMap<>(TestIdentityProvider.get().settings());
        settings.put("sendtracker.table-name", table);
        settings.put("sendtracker.first-administrator", JO_SMITH.subject());
        ApplicationContext context = ApplicationContext.run(settings);
        TableLayout.createIfMissing(context.getBean(DynamoDbClient.class), table);
        handler = new HttpFunctionHandler(context);
    }

    @AfterAll
    static void stop() {
        handler.close();
    }

    /** Each sample event, in the order it makes sense, with what its answer must hold. */
    private record Sample(String file, int status, Consumer<JsonNode> body) {}

    private static final List<Sample> IN_ORDER =
            List.of(
                    new Sample(
                            "http-post-area.json",
                            201,
                            area -> {
                                assertThat(area.get("id").asText()).isEqualTo("cumbria");
                                assertThat(area.get("contacts")).hasSize(3);
                            }),
                    new Sample(
                            "http-get-area.json",
                            200,
                            area -> {
                                assertThat(area.at("/changes/0/actor").asText())
                                        .isEqualTo("Jo Smith");
                                assertThat(area.at("/changes/0/summary").asText())
                                        .startsWith("Registered Cumbria with 3 contacts: Jo Smith");
                                assertThat(area.get("missingContacts"))
                                        .as("no open deadline needs anyone yet")
                                        .isEmpty();
                                ((ObjectNode) area).remove(List.of("changes", "missingContacts"));
                                assertThat(area)
                                        .isEqualTo(
                                                Json.parse(
                                                        """
                    {"id":"cumbria","name":"Cumbria","version":1,"contacts":[
                      {"name":"Jo Smith","email":"send.lead@cumbria.gov.uk","role":"LEAD_OFFICER"},
                      {"name":"Sam Patel","email":"dcs@cumbria.gov.uk","role":"DIRECTOR_OF_CHILDRENS_SERVICES"},
                      {"name":"Alex Brown","email":"send@northcumbriaccg.nhs.uk","role":"NHS_LEAD"}]}
                    """));
                            }),
                    new Sample(
                            "http-list-areas.json",
                            200,
                            areas -> {
                                assertThat(areas).hasSize(1);
                                assertThat(areas.at("/0/href").asText())
                                        .isEqualTo("/api/areas/cumbria");
                            }),
                    new Sample(
                            "http-put-area.json",
                            200,
                            area -> {
                                assertThat(area.get("version").asLong()).isEqualTo(2);
                                assertThat(area.get("contacts")).hasSize(4);
                                assertThat(area.at("/changes/1/summary").asText())
                                        .isEqualTo(
                                                "Added Chris Hale <chief.executive@cumbria.gov.uk> as chief executive");
                            }),
                    new Sample(
                            "http-post-inspection.json",
                            201,
                            inspection -> {
                                assertThat(inspection.get("id").asText())
                                        .isEqualTo("cumbria-2019-03-18");
                                assertThat(inspection.get("stage").asText())
                                        .isEqualTo("AWAITING_REPORT");
                                assertThat(inspection.at("/events/0/actor").asText())
                                        .isEqualTo("Jo Smith");
                            }),
                    new Sample(
                            "http-get-inspection.json",
                            200,
                            inspection -> {
                                assertThat(inspection.get("version").asLong()).isEqualTo(1);
                                assertThat(inspection.get("allowedEvents"))
                                        .isEqualTo(Json.parse("[\"REPORT_RECEIVED\"]"));
                            }),
                    new Sample(
                            "http-list-inspections.json",
                            200,
                            inspections -> {
                                assertThat(inspections).hasSize(1);
                                assertThat(inspections.at("/0/id").asText())
                                        .isEqualTo("cumbria-2019-03-18");
                            }),
                    new Sample(
                            "http-post-event.json",
                            201,
                            inspection -> {
                                assertThat(inspection.get("stage").asText()).isEqualTo("WSOA_DUE");
                                assertThat(inspection.get("version").asLong()).isEqualTo(2);
                                assertThat(inspection.get("weaknesses")).hasSize(3);
                                assertThat(inspection.at("/deadlines/0/dueOn").asText())
                                        .isEqualTo("2019-08-21");
                            }),
                    new Sample(
                            "http-get-deadlines.json",
                            200,
                            deadlines -> {
                                assertThat(deadlines).hasSize(1);
                                assertThat(deadlines.at("/0/inspectionId").asText())
                                        .isEqualTo("cumbria-2019-03-18");
                                assertThat(deadlines.at("/0/deadline/kind").asText())
                                        .isEqualTo("WSOA_SUBMISSION");
                                assertThat(deadlines.at("/0/deadline/dueOn").asText())
                                        .isEqualTo("2019-08-21");
                                assertThat(deadlines.at("/0/deadline/rule").asText())
                                        .isEqualTo("70 working days after the report was received");
                            }),
                    new Sample(
                            "http-get-undelivered-emails.json",
                            200,
                            emails -> assertThat(emails).isEmpty()),
                    new Sample(
                            "http-put-board.json",
                            201,
                            plan -> {
                                assertThat(plan.get("version").asLong()).isEqualTo(3);
                                assertThat(plan.at("/boards/0/reports"))
                                        .extracting(r -> r.get("dueOn").asText())
                                        .containsExactly(
                                                "2019-09-16",
                                                "2019-11-16",
                                                "2020-01-16",
                                                "2020-03-16");
                            }),
                    new Sample(
                            "http-post-board-report.json",
                            201,
                            plan ->
                                    assertThat(plan.at("/boards/0/reports/0/presentedOn").asText())
                                            .isEqualTo("2019-09-18")),
                    new Sample(
                            "http-post-action.json",
                            201,
                            plan ->
                                    assertThat(plan.at("/actions/0/id").asText())
                                            .isEqualTo("action-1")),
                    new Sample(
                            "http-put-action.json",
                            201,
                            plan ->
                                    assertThat(plan.at("/actions/0/statusLabel").asText())
                                            .isEqualTo("Complete (late)")),
                    new Sample(
                            "http-post-measure.json",
                            201,
                            plan ->
                                    assertThat(plan.at("/measures/0/id").asText())
                                            .isEqualTo("measure-1")),
                    new Sample(
                            "http-post-measure-value.json",
                            201,
                            plan ->
                                    assertThat(plan.at("/measures/0/values/0/value").decimalValue())
                                            .isEqualByComparingTo("52")),
                    new Sample(
                            "http-get-plan.json",
                            200,
                            plan -> {
                                assertThat(plan.get("version").asLong()).isEqualTo(8);
                                assertThat(plan.get("boards")).hasSize(1);
                                assertThat(plan.get("actions")).hasSize(1);
                                assertThat(plan.get("measures")).hasSize(1);
                            }),
                    new Sample(
                            "http-delete-measure.json",
                            200,
                            plan -> {
                                assertThat(plan.get("version").asLong()).isEqualTo(9);
                                assertThat(plan.get("measures")).isEmpty();
                            }),
                    new Sample(
                            "http-delete-action.json",
                            200,
                            plan -> assertThat(plan.get("actions")).isEmpty()),
                    new Sample(
                            "http-delete-board.json",
                            200,
                            plan -> {
                                assertThat(plan.get("version").asLong()).isEqualTo(11);
                                assertThat(plan.get("boards")).isEmpty();
                            }));

    @TestFactory
    Stream<DynamicTest> sampleEvents_inOrder_getTheAnswersTheApiGivesOnNetty() {
        Stream<DynamicTest> samples =
                IN_ORDER.stream()
                        .map(
                                sample ->
                                        DynamicTest.dynamicTest(
                                                sample.file(),
                                                () -> {
                                                    APIGatewayV2HTTPResponse response =
                                                            handle(event(sample.file()));

                                                    assertThat(response.getStatusCode())
                                                            .as(response.getBody())
                                                            .isEqualTo(sample.status());
                                                    assertThat(response.getIsBase64Encoded())
                                                            .isFalse();
                                                    sample.body()
                                                            .accept(Json.parse(response.getBody()));
                                                }));
        DynamicTest retried =
                DynamicTest.dynamicTest(
                        "http-post-event.json, invoked again (a retried invocation)",
                        () -> {
                            APIGatewayV2HTTPResponse response =
                                    handle(event("http-post-event.json"));

                            assertThat(response.getStatusCode())
                                    .as(response.getBody())
                                    .isEqualTo(200);
                            assertThat(header(response, "Idempotent-Replayed")).isEqualTo("true");
                            assertThat(Json.parse(response.getBody()).get("version").asLong())
                                    .isEqualTo(2);
                        });
        return Stream.concat(samples, Stream.of(retried));
    }

    @Test
    void everySampleEventOfTheHttpFunction_isExercised() throws IOException {
        try (Stream<Path> files = Files.list(EVENTS_DIR)) {
            assertThat(
                            files.map(f -> f.getFileName().toString())
                                    .filter(name -> name.startsWith("http-")))
                    .containsExactlyInAnyOrderElementsOf(
                            Stream.of(
                                            IN_ORDER.stream().map(Sample::file),
                                            FormPostLambdaTest.SAMPLES.stream(),
                                            CsvOnLambdaTest.SAMPLES.stream(),
                                            CalendarOnLambdaTest.SAMPLES.stream())
                                    .flatMap(s -> s)
                                    .toList());
        }
    }

    @Test
    void oversizedBody_isRefusedByTheApi_asNoServerLimitsItOnLambda() {
        // given the sample event with a note of more than 64 KB
        APIGatewayV2HTTPEvent event = event("http-post-event.json");
        event.setBody("{\"type\":\"REPORT_RECEIVED\",\"note\":\"" + "x".repeat(70_000) + "\"}");

        // when it is handled
        APIGatewayV2HTTPResponse response = handle(event);

        // then it is a bad request
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(Json.parse(response.getBody()).get("message").asText())
                .isEqualTo("The request body is larger than 64 KB");
    }

    @Test
    void aJsonBodyWithoutAContentType_isRefusedOnLambdaToo() {
        // given the sample event without its Content-Type
        APIGatewayV2HTTPEvent event = event("http-post-event.json");
        event.getHeaders().remove("content-type");

        // when it is handled
        APIGatewayV2HTTPResponse response = handle(event);

        // then it is refused as a body of another type is, before anything is recorded
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(415);
        assertThat(Json.parse(response.getBody()).get("message").asText())
                .isEqualTo(
                        "This address does not take a request body without a type: send JSON"
                                + " (Content-Type: application/json)");
    }

    @Test
    void aBrowserAskingForAnAddressNoPageAnswers_getsTheServicesNotFoundPage_onLambdaToo() {
        // given the sample GET, aimed at an address no page answers, as a browser asks for it
        APIGatewayV2HTTPEvent event = event("http-get-area.json");
        event.setRawPath("/no-such-page");
        event.getRequestContext().getHttp().setPath("/no-such-page");
        event.setPathParameters(Map.of("proxy", "no-such-page"));
        event.getHeaders()
                .put("accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        // when it is handled
        APIGatewayV2HTTPResponse response = handle(event);

        // then it is the GOV.UK page in the service's frame, not the framework's
        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Type")).startsWith("text/html");
        assertThat(response.getBody())
                .contains(
                        "<h1 class=\"govuk-heading-l\">Page not found</h1>",
                        "govuk-service-navigation");
    }

    private static APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        return handler.handleRequest(event, new MockLambdaContext());
    }

    /**
     * The sample as API Gateway passes it, with a fresh token of Jo Smith's where the sample has
     * its placeholder.
     */
    private static APIGatewayV2HTTPEvent event(String file) {
        try {
            APIGatewayV2HTTPEvent event =
                    EVENTS.readValue(
                            EVENTS_DIR.resolve(file).toFile(), APIGatewayV2HTTPEvent.class);
            assertThat(event.getHeaders().get("authorization")).as(file).startsWith("Bearer <");
            event.getHeaders().put("authorization", TestIdentityProvider.get().bearer(JO_SMITH));
            return event;
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
