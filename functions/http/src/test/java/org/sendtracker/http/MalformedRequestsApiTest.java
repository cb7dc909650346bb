package org.sendtracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendtracker.http.testing.ApiFixtures;
import org.sendtracker.http.testing.ApiStack;
import org.sendtracker.http.testing.Json;

/**
 * Bad input of every kind gets a 4xx with a JSON body that says what is wrong, never a 500, and
 * changes nothing: no version moves, no audit entry is added, nothing is created
 * (docs/domain-rules.md §3).
 */
class MalformedRequestsApiTest {

    static ApiStack api;

    /**
     * An inspection awaiting its report, for event bodies that are well-formed enough to reach the
     * fields.
     */
    static String awaiting;

    static String awaitingArea;

    /** An inspection in REVISIT, with three areas of weakness, for revisit outcomes. */
    static String inRevisit;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        awaiting = ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);
        awaitingArea = awaiting.substring(0, awaiting.length() - "-2019-03-18".length());
        inRevisit = ApiFixtures.aCumbriaLikeInspectionInRevisit(api);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** One bad request: what is sent, the status it must get, and the exact message it must say. */
    record BadRequest(
            String name, Function<ApiStack, ApiStack.Response> send, int status, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                // bodies that are not a JSON object
                bad(
                        "malformed JSON",
                        event("{\"type\":\"REPORT_RECEIVED\",\"on\":"),
                        400,
                        "The request body is not valid JSON: it ends in the middle of the object (line 1, column 32)"),
                bad(
                        "JSON array",
                        event("[{\"type\":\"REPORT_RECEIVED\"}]"),
                        400,
                        "The request body must be a JSON object"),
                bad("JSON null", event("null"), 400, "The request body must be a JSON object"),
                bad("empty body", event(""), 400, "The request body is empty: send a JSON object"),
                bad(
                        "duplicate field",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"on\":\"2019-05-15\"}"),
                        400,
                        "The request body is not valid JSON: Duplicate field 'on' (line 1, column 49)"),
                bad(
                        "two JSON objects",
                        event("{} {}"),
                        400,
                        "The request body is not valid JSON: there is more after the first JSON value (line 1, column 4)"),
                bad(
                        "oversized body (> 64 KB)",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"note\":\""
                                        + "x".repeat(70_000)
                                        + "\"}"),
                        413,
                        "The request body is larger than 64 KB"),
                bad(
                        "an address too long to read (the server answers 413 for it too)",
                        api -> api.get("/api/inspections/" + "a".repeat(9_000)),
                        413,
                        "The request's address or headers are too long"),
                // fields of the wrong type or value
                bad(
                        "string for boolean",
                        report("\"wsoaRequired\":\"yes\""),
                        400,
                        "'wsoaRequired' must be true or false"),
                bad(
                        "number for date",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"on\":20190514,\"wsoaRequired\":false}"),
                        400,
                        "The date the report was received must be a date in the form YYYY-MM-DD, for example 2019-05-14"),
                bad(
                        "object for weaknesses",
                        report("\"wsoaRequired\":true,\"weaknesses\":{\"1\":\"Leadership\"}"),
                        400,
                        "Areas of weakness must be a list of text"),
                bad(
                        "number for event type",
                        event("{\"type\":7,\"on\":\"2019-05-14\"}"),
                        400,
                        "The event type must be text"),
                bad(
                        "missing event type",
                        event("{\"on\":\"2019-05-14\"}"),
                        400,
                        "Enter the event type"),
                bad(
                        "unknown event type",
                        event("{\"type\":\"REPORT_RECIEVED\",\"on\":\"2019-05-14\"}"),
                        400,
                        "'REPORT_RECIEVED' is not an event of a local area SEND inspection (2016 framework): send one of "
                                + "REPORT_RECEIVED (Report received), WSOA_SUBMITTED (WSoA submitted), WSOA_DECISION (WSoA decision), "
                                + "MONITORING_VISIT (DfE and NHS England monitoring visit), REVISIT_NOTIFIED (Revisit notified), "
                                + "REVISIT_OUTCOME (Revisit outcome), APP_SUBMITTED (Accelerated Progress Plan submitted), "
                                + "PROGRESS_REVIEW_HELD (Formal progress review held) or DEADLINE_OVERRIDDEN (Deadline overridden)"),
                bad(
                        "unknown field",
                        report("\"wsoaRequired\":false,\"recievedOn\":\"2019-05-14\""),
                        400,
                        "'recievedOn' is not a field here; expected one of [illustrative, note, on, outcome, publishedOn, weaknesses, wsoaRequired]"),
                bad(
                        "2019-02-30",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-02-30\",\"wsoaRequired\":false}"),
                        400,
                        "The date the report was received must be a real date (30 February 2019 does not exist)"),
                bad(
                        "published before received",
                        event(
                                """
                        {"type":"REPORT_RECEIVED","on":"2019-05-14","publishedOn":"2019-05-13","wsoaRequired":false}"""),
                        400,
                        "The date the report was published must be on or after the date it was received"),
                bad(
                        "report before the inspection ended",
                        event(
                                """
                        {"type":"REPORT_RECEIVED","on":"2019-03-20","wsoaRequired":false}"""),
                        400,
                        "The report cannot have been received before the inspection ended (22 March 2019)"),
                bad(
                        "event before the notification",
                        event(
                                """
                        {"type":"REPORT_RECEIVED","on":"2019-03-01","wsoaRequired":false}"""),
                        400,
                        "The date the report was received cannot be before 11 March 2019, the date of the notification"),
                bad(
                        "future date",
                        event(
                                """
                        {"type":"REPORT_RECEIVED","on":"2026-11-24","wsoaRequired":false}"""),
                        400,
                        "The date the report was received must be today or in the past"),
                bad(
                        "WSoA required without weaknesses",
                        report("\"wsoaRequired\":true"),
                        400,
                        "Enter the areas of significant weakness the WSoA must address (1 to 30)"),
                bad(
                        "unknown weakness in revisit outcome",
                        api ->
                                api.post(
                                        "/api/inspections/" + inRevisit + "/events",
                                        """
                        {"type":"REVISIT_OUTCOME","on":"2021-04-20","sufficientProgress":{"1":true,"2":true,"3":true,"7":true}}"""),
                        400,
                        "There is no area of weakness '7'; this inspection has 3"),
                bad(
                        "revisit outcome missing a weakness",
                        api ->
                                api.post(
                                        "/api/inspections/" + inRevisit + "/events",
                                        """
                        {"type":"REVISIT_OUTCOME","on":"2021-04-20","sufficientProgress":{"1":true,"3":true}}"""),
                        400,
                        "Give a judgement for every area of weakness: there is none for area of weakness 2"),
                // headers
                bad(
                        "no bearer token",
                        api ->
                                api.request(
                                        "POST",
                                        "/api/inspections/" + awaiting + "/events",
                                        "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false}",
                                        "Content-Type",
                                        "application/json",
                                        "Authorization",
                                        ""),
                        401,
                        "Sign in first: send a bearer token from the identity provider (Authorization: Bearer ...)"),
                bad(
                        "a name in X-Actor instead of a token",
                        api ->
                                api.request(
                                        "POST",
                                        "/api/inspections/" + awaiting + "/events",
                                        "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false}",
                                        "Content-Type",
                                        "application/json",
                                        "Authorization",
                                        "",
                                        "X-Actor",
                                        "Test Officer"),
                        401,
                        "Sign in first: send a bearer token from the identity provider (Authorization: Bearer ...)"),
                bad(
                        "bad If-Match",
                        api ->
                                api.post(
                                        "/api/inspections/" + awaiting + "/events",
                                        "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false}",
                                        "If-Match",
                                        "version one"),
                        400,
                        "The If-Match header must be the version from the ETag, for example \"3\""),
                bad(
                        "stale If-Match",
                        api ->
                                api.post(
                                        "/api/inspections/" + awaiting + "/events",
                                        "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false}",
                                        "If-Match",
                                        "\"7\""),
                        412,
                        "The record has changed since version 7 (it is now version 1): reload it and try again"),
                bad(
                        "wrong content type",
                        api ->
                                api.post(
                                        "/api/inspections/" + awaiting + "/events",
                                        "<event type=\"REPORT_RECEIVED\"/>",
                                        "Content-Type",
                                        "application/xml"),
                        415,
                        "This address does not take a request body of type 'application/xml': send JSON (Content-Type: application/json)"),
                bad(
                        "event without a content type",
                        api ->
                                api.request(
                                        "POST",
                                        "/api/inspections/" + awaiting + "/events",
                                        "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false}"),
                        415,
                        "This address does not take a request body without a type: send JSON (Content-Type: application/json)"),
                bad(
                        "empty body without a content type",
                        api -> api.request("POST", "/api/inspections/" + awaiting + "/events", ""),
                        400,
                        "The request body is empty: send a JSON object"),
                bad(
                        "area replacement without a content type",
                        api ->
                                api.request(
                                        "PUT",
                                        "/api/areas/" + awaitingArea,
                                        "{\"name\":\"Renamed\",\"contacts\":[]}"),
                        415,
                        "This address does not take a request body without a type: send JSON (Content-Type: application/json)"),
                bad(
                        "wrong HTTP method on an inspection",
                        api ->
                                api.request(
                                        "DELETE",
                                        "/api/inspections/" + awaiting,
                                        null,
                                        "Accept",
                                        "application/json"),
                        405,
                        "Method [DELETE] not allowed for URI [/api/inspections/"
                                + awaiting
                                + "]. Allowed methods: [HEAD, GET]"),
                bad(
                        "wrong HTTP method on events",
                        api ->
                                api.put(
                                        "/api/inspections/" + awaiting + "/events",
                                        "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false}"),
                        405,
                        "Method [PUT] not allowed for URI [/api/inspections/"
                                + awaiting
                                + "/events]. Allowed methods: [POST]"),
                // unknown ids
                bad(
                        "unknown inspection",
                        api ->
                                api.post(
                                        "/api/inspections/nowhere-2019-03-18/events",
                                        "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false}"),
                        404,
                        "There is no inspection 'nowhere-2019-03-18'"),
                bad(
                        "inspection id that is not one",
                        api -> api.get("/api/inspections/..%2F..%2Fetc"),
                        404,
                        "There is no inspection '../../etc'"),
                bad(
                        "unknown area",
                        api -> api.get("/api/areas/nowhere"),
                        404,
                        "There is no area 'nowhere'"),
                bad(
                        "inspections of an unknown area",
                        api -> api.get("/api/inspections?areaId=nowhere"),
                        404,
                        "There is no area 'nowhere'"),
                bad(
                        "inspections without an area",
                        api -> api.get("/api/inspections"),
                        400,
                        "Give the area, for example ?areaId=cumbria"),
                // creating records
                bad(
                        "inspection of an unknown area",
                        api ->
                                api.post(
                                        "/api/inspections",
                                        """
                        {"areaId":"nowhere","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}"""),
                        400,
                        "There is no area 'nowhere': register the area first"),
                bad(
                        "inspection ending before it starts",
                        api ->
                                api.post(
                                        "/api/inspections",
                                        """
                        {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-04-01","startsOn":"2019-04-08","endsOn":"2019-04-05"}"""
                                                .formatted(awaitingArea)),
                        400,
                        "The last day on site must be on or after the date inspectors arrived"),
                bad(
                        "unknown framework",
                        api ->
                                api.post(
                                        "/api/inspections",
                                        """
                        {"areaId":"%s","framework":"LASEND_2024","notifiedOn":"2019-04-01","startsOn":"2019-04-08","endsOn":"2019-04-12"}"""
                                                .formatted(awaitingArea)),
                        400,
                        "The framework must be one of LASEND_2016 (Local area SEND inspection (2016 framework))"
                                + " or AREA_SEND_2023 (Area SEND inspection (2023 framework))"),
                bad(
                        "LASEND_2016 inspection in 2023",
                        api ->
                                api.post(
                                        "/api/inspections",
                                        """
                        {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2023-01-09","startsOn":"2023-01-16","endsOn":"2023-01-20"}"""
                                                .formatted(awaitingArea)),
                        400,
                        "A local area SEND inspection (2016 framework) started between 1 May 2016 and 31 December 2022; this one started 16 January 2023"),
                bad(
                        "the same inspection twice",
                        api ->
                                api.post(
                                        "/api/inspections",
                                        """
                        {"areaId":"%s","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-18","endsOn":"2019-03-22"}"""
                                                .formatted(awaitingArea)),
                        409,
                        "An inspection of "
                                + awaitingArea
                                + " starting 18 March 2019 is already recorded as "
                                + awaiting),
                bad(
                        "area with a bad email address",
                        api ->
                                api.post(
                                        "/api/areas",
                                        """
                        {"id":"durham","name":"Durham","contacts":[{"name":"Lead","email":"lead at durham","role":"LEAD_OFFICER"}]}"""),
                        400,
                        "Enter an email address in the correct format, like name@example.gov.uk"),
                bad(
                        "the same area twice",
                        api ->
                                api.post(
                                        "/api/areas",
                                        """
                        {"id":"%s","name":"Again","contacts":[]}"""
                                                .formatted(awaitingArea)),
                        409,
                        "An area with id '" + awaitingArea + "' is already registered"),
                // deadline queries
                bad(
                        "deadlines from 2019-13-01",
                        api -> api.get("/api/deadlines?from=2019-13-01"),
                        400,
                        "The first due date must be a real date (there is no month 13)"),
                bad(
                        "deadlines to before from",
                        api -> api.get("/api/deadlines?from=2019-06-01&to=2019-05-01"),
                        400,
                        "The last due date must be on or after the first"),
                bad(
                        "deadlines with an unknown status",
                        api -> api.get("/api/deadlines?status=LATE"),
                        400,
                        "The status must be one of OPEN (Open), OVERDUE (Overdue), NOT_RECORDED (Not recorded"
                                + " yet), MET (Met), MET_LATE (Met late) or CANCELLED (No longer needed)"),
                bad(
                        "dealt-with with an empty key",
                        api ->
                                api.post(
                                        "/api/emails/dealt-with",
                                        "{\"inspectionId\":\"" + awaiting + "\",\"key\":\"\"}"),
                        400,
                        "Give the email's inspectionId and key, as GET /api/emails/undelivered lists them"),
                bad(
                        "dealt-with with an unknown field",
                        api ->
                                api.post(
                                        "/api/emails/dealt-with",
                                        "{\"inspectionId\":\""
                                                + awaiting
                                                + "\",\"key\":\"REMINDER#WSOA_SUBMISSION#2019-08-30#before-5\",\"extra\":1}"),
                        400,
                        "'extra' is not a field here; expected one of [inspectionId, key]"),
                bad(
                        "deadlines with an unknown parameter",
                        api -> api.get("/api/deadlines?colour=red"),
                        400,
                        "'colour' is not a field here; expected one of [areaId, from, limit, next, status, to]"),
                bad(
                        "deadlines over more than 15 years",
                        api -> api.get("/api/deadlines?from=2010-01-01&to=2025-01-01"),
                        400,
                        "Ask for at most 15 years of deadlines at a time"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequest_getsA4xxWithAJsonMessage_andChangesNothing(BadRequest request) {
        // given everything as it stands
        String before = everything();

        // when the bad request is sent
        ApiStack.Response response = request.send().apply(api);

        // then it is refused with the status and message it deserves
        assertThat(response.status()).as(response.body()).isEqualTo(request.status());
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("status").asInt()).isEqualTo(request.status());
        assertThat(body.get("message").asText()).isEqualTo(request.message());
        // and nothing changed
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void inspectionWithSeveralProblems_getsOneMessagePerField_andIsNotCreated() {
        // given the area's inspections as they stand
        String before = everything();

        // when an inspection is posted with a bad area id, an impossible date and dates out of
        // order
        ApiStack.Response refused =
                api.post(
                        "/api/inspections",
                        """
                {"areaId":"Not An Id","framework":"LASEND_2016","notifiedOn":"2019-03-11","startsOn":"2019-03-08","endsOn":"2019-02-30"}
                """);

        // then every problem is named against its field
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json())
                .isEqualTo(
                        Json.parse(
                                """
                {"status":400,"error":"Bad Request","message":"There are 3 problems with the request",
                 "errors":[
                   {"field":"areaId","message":"The area must be an area id such as cumbria"},
                   {"field":"endsOn","message":"The last day on site must be a real date (30 February 2019 does not exist)"},
                   {"field":"startsOn","message":"The date inspectors arrived must be on or after the date the area was notified"}]}
                """));
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void eventWithSeveralProblems_getsEveryErrorInOnePass_andIsNotRecorded() {
        // given the inspection, notified 11 March 2019, as it stands
        String before = everything();

        // when a report is posted with a malformed answer, a title given twice, a date before the
        // notification and a publication date before that
        ApiStack.Response refused =
                api.post(
                        "/api/inspections/" + awaiting + "/events",
                        """
                {"type":"REPORT_RECEIVED","on":"2019-03-01","publishedOn":"2019-02-28","wsoaRequired":"perhaps",
                 "weaknesses":["SEN support","SEN support"]}
                """);

        // then the reading's errors and the checks against the record come back together
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json())
                .isEqualTo(
                        Json.parse(
                                """
                {"status":400,"error":"Bad Request","message":"There are 4 problems with the request",
                 "errors":[
                   {"field":"wsoaRequired","message":"'wsoaRequired' must be true or false"},
                   {"field":"weaknesses","message":"Each area of weakness must have a different title"},
                   {"field":"on","message":"The date the report was received cannot be before 11 March 2019, the date of the notification"},
                   {"field":"publishedOn","message":"The date the report was published must be on or after the date it was received"}]}
                """));
        assertThat(everything()).isEqualTo(before);
    }

    private static String everything() {
        return String.join(
                "\n",
                List.of(
                        api.get("/api/inspections/" + awaiting).body(),
                        api.get("/api/inspections/" + inRevisit).body(),
                        api.get("/api/inspections?areaId=" + awaitingArea).body(),
                        api.get("/api/areas").body(),
                        api.get("/api/deadlines?from=2019-01-01&to=2023-12-31").body()));
    }

    private static Arguments bad(
            String name, Function<ApiStack, ApiStack.Response> send, int status, String message) {
        return arguments(new BadRequest(name, send, status, message));
    }

    private static Function<ApiStack, ApiStack.Response> event(String body) {
        return api -> api.post("/api/inspections/" + awaiting + "/events", body);
    }

    private static Function<ApiStack, ApiStack.Response> report(String fields) {
        return event("{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\"," + fields + "}");
    }
}
