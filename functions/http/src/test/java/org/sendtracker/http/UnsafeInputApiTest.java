package org.sendtracker.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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

/**
 * Input that reaches other systems (reminder emails, calendar feeds, CSV, logs, DynamoDB keys) is
 * refused when it could do harm there: a control or text direction character in any text field,
 * field name or query parameter, an email address that is more (or other) than one mailbox, a key
 * longer than any email has. Each gets a 400 with a message saying what is wrong, and changes
 * nothing.
 */
class UnsafeInputApiTest {

    private static final String NOT_AN_ADDRESS =
            "Enter an email address in the correct format, like name@example.gov.uk";
    private static final String MORE_THAN_ONE =
            "Enter one email address only: add a contact for each further address";
    private static final String NOT_ONLY_THE_ADDRESS =
            "Enter the email address only, like name@example.gov.uk, without a name, angle brackets or a comment";

    static ApiStack api;
    static String awaiting;
    static String area;

    @BeforeAll
    static void start() {
        api = ApiStack.start();
        awaiting = ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);
        area = awaiting.substring(0, awaiting.length() - "-2019-03-18".length());
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    record BadRequest(
            String name, Function<ApiStack, ApiStack.Response> send, String field, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                // text fields, through the one reader every body goes through
                bad(
                        "area name with a right-to-left override",
                        newArea("Durham\\u202E", "jo@durham.gov.uk"),
                        "name",
                        "The area's name must not contain control characters or text direction controls (U+202E at character 7)"),
                bad(
                        "contact name over two lines",
                        api ->
                                api.post(
                                        "/api/areas",
                                        """
                        {"id":"durham","name":"Durham","contacts":[{"name":"Jo\\nSmith","email":"jo@durham.gov.uk","role":"LEAD_OFFICER"}]}"""),
                        "contacts[0].name",
                        "The contact's name must be on one line"),
                bad(
                        "role with a NUL",
                        api ->
                                api.post(
                                        "/api/areas",
                                        """
                        {"id":"durham","name":"Durham","contacts":[{"name":"Jo","email":"jo@durham.gov.uk","role":"LEAD_OFFICER\\u0000"}]}"""),
                        "contacts[0].role",
                        "The contact's role must not contain control characters or text direction controls (U+0000 at character 13)"),
                bad(
                        "event note with a NUL",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false,"
                                        + "\"note\":\"Late\\u0000\"}"),
                        "note",
                        "The note must not contain control characters or text direction controls (U+0000 at character 5)"),
                bad(
                        "event note with an ANSI escape",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false,"
                                        + "\"note\":\"\\u001B[31mLate\"}"),
                        "note",
                        "The note must not contain control characters or text direction controls (U+001B at character 1)"),
                bad(
                        "weakness title with a right-to-left isolate",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\","
                                        + "\"wsoaRequired\":true,\"weaknesses\":[\"Leadership\",\"EHC\\u2067plans\"]}"),
                        "weaknesses[1]",
                        "Each of the areas of weakness must not contain control characters or text direction controls (U+2067 at character 4)"),
                bad(
                        "event type with an escape",
                        event("{\"type\":\"REPORT_RECEIVED\\u001B\",\"on\":\"2019-05-14\"}"),
                        "type",
                        "The event type must not contain control characters or text direction controls (U+001B at character 16)"),
                bad(
                        "a field name with an escape",
                        event(
                                "{\"type\":\"REPORT_RECEIVED\",\"on\":\"2019-05-14\",\"wsoaRequired\":false,"
                                        + "\"x\\u001B\":1}"),
                        "x\\u001B",
                        "A field's name must not contain control characters or text direction controls (U+001B at character 2)"),
                // email addresses
                bad(
                        "email with a display name",
                        newArea("Durham", "Jo Smith <jo@durham.gov.uk>"),
                        "contacts[0].email",
                        NOT_ONLY_THE_ADDRESS),
                bad(
                        "email with a comment",
                        newArea("Durham", "jo@durham.gov.uk (Jo)"),
                        "contacts[0].email",
                        NOT_ONLY_THE_ADDRESS),
                bad(
                        "two emails with a comma",
                        newArea("Durham", "jo@durham.gov.uk, sam@durham.gov.uk"),
                        "contacts[0].email",
                        MORE_THAN_ONE),
                bad(
                        "two emails with a semicolon",
                        newArea("Durham", "jo@durham.gov.uk;sam@durham.gov.uk"),
                        "contacts[0].email",
                        MORE_THAN_ONE),
                bad(
                        "a group of addresses",
                        newArea("Durham", "team: jo@durham.gov.uk;"),
                        "contacts[0].email",
                        MORE_THAN_ONE),
                bad(
                        "email with a header after a line break",
                        newArea("Durham", "jo@durham.gov.uk\\r\\nBcc: all@durham.gov.uk"),
                        "contacts[0].email",
                        "The contact's email address must be on one line"),
                bad(
                        "email with a right-to-left override",
                        newArea("Durham", "jo@durham.gov.uk\\u202E"),
                        "contacts[0].email",
                        "The contact's email address must not contain control characters or text direction controls (U+202E at character 17)"),
                bad(
                        "email with a quoted local part",
                        newArea("Durham", "\\\"jo smith\\\"@durham.gov.uk"),
                        "contacts[0].email",
                        NOT_AN_ADDRESS),
                bad(
                        "email to a domain literal",
                        newArea("Durham", "jo@[192.0.2.1]"),
                        "contacts[0].email",
                        NOT_AN_ADDRESS),
                bad(
                        "email on a single-label domain",
                        newArea("Durham", "jo@localhost"),
                        "contacts[0].email",
                        NOT_AN_ADDRESS),
                bad(
                        "replacing contacts with a named address",
                        api ->
                                api.put(
                                        "/api/areas/" + area,
                                        """
                        {"name":"%s","contacts":[{"name":"Jo","email":"Jo <jo@durham.gov.uk>","role":"LEAD_OFFICER"}]}"""
                                                .formatted(area)),
                        "contacts[0].email",
                        NOT_ONLY_THE_ADDRESS),
                bad(
                        "renaming with a line break",
                        api ->
                                api.put(
                                        "/api/areas/" + area,
                                        """
                        {"name":"%s\\nBcc","contacts":[]}"""
                                                .formatted(area)),
                        "name",
                        "The area's name must be on one line"),
                // the address: ids and query parameters
                bad(
                        "areaId with an escape",
                        api -> api.get("/api/inspections?areaId=%1B%5B31mcumbria"),
                        null,
                        "The query parameter 'areaId' must not contain control characters or text direction controls (U+001B at character 1)"),
                bad(
                        "inspections of an areaId that is not an id",
                        api -> api.get("/api/inspections?areaId=BAD"),
                        "areaId",
                        "The area must be an area id such as cumbria"),
                bad(
                        "inspections of two areaIds at once",
                        api -> api.get("/api/inspections?areaId=cumbria&areaId=lancashire"),
                        "areaId",
                        "Give areaId once: the query gives it 2 times"),
                // joined by a comma, they read as one value that is not a date or an id
                bad(
                        "a progress report from two days",
                        api ->
                                api.get(
                                        "/api/inspections/cumbria-2019-03-18/progress-report?from=2019-01-01&from=2019-02-01"),
                        "from",
                        "Give from once: the query gives it 2 times"),
                bad(
                        "undelivered emails of two areaIds at once",
                        api -> api.get("/api/emails/undelivered?areaId=cumbria&areaId=lancashire"),
                        "areaId",
                        "Give areaId once: the query gives it 2 times"),
                bad(
                        "deadlines for an areaId with an override",
                        api -> api.get("/api/deadlines?areaId=cumbria%E2%80%AE"),
                        null,
                        "The query parameter 'areaId' must not contain control characters or text direction controls (U+202E at character 8)"),
                bad(
                        "a query parameter's name with a NUL",
                        api -> api.get("/api/deadlines?area%00Id=cumbria"),
                        null,
                        "A query parameter's name must not contain control characters or text direction controls (U+0000 at character 5)"),
                bad(
                        "an inspection id over two lines",
                        api -> api.get("/api/inspections/cumbria%0A-2019-03-18"),
                        null,
                        "The address must be on one line"),
                // what goes into a DynamoDB key
                bad(
                        "dealt-with key longer than DynamoDB takes",
                        api ->
                                api.post(
                                        "/api/emails/dealt-with",
                                        "{\"inspectionId\":\""
                                                + awaiting
                                                + "\",\"key\":\"REMINDER#"
                                                + "x".repeat(1100)
                                                + "\"}"),
                        "key",
                        "The email's key must be 200 characters or fewer: give it as the list of undelivered emails does"),
                bad(
                        "dealt-with key with a NUL",
                        api ->
                                api.post(
                                        "/api/emails/dealt-with",
                                        "{\"inspectionId\":\""
                                                + awaiting
                                                + "\",\"key\":\"REMINDER#\\u0000\"}"),
                        "key",
                        "The email's key must not contain control characters or text direction controls (U+0000 at character 10)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInput_getsA400SayingWhatIsWrong_andChangesNothing(BadRequest request) {
        // given everything as it stands
        String before = everything();

        // when the bad request is sent
        ApiStack.Response response = request.send().apply(api);

        // then it is refused, with a message for the field
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(body.get("message").asText()).isEqualTo(request.message());
        if (request.field() != null) {
            assertThat(body.at("/errors/0/field").asText()).isEqualTo(request.field());
        }
        // and nothing changed
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aPageAddressWithAControlCharacter_getsTheServicesErrorPage() {
        ApiStack.Response page = api.request("GET", "/?areaId=%1B", null, "Accept", "text/html");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Sorry, the service could not read that request");
    }

    @Test
    void aBodyWhoseBytesAreNotUtf8_isRefused_notStoredAsReplacementCharacters() {
        String id = ApiFixtures.uniqueAreaId("latin");
        byte[] prefix =
                ("{\"id\":\"" + id + "\",\"name\":\"Cumbria ").getBytes(StandardCharsets.UTF_8);
        byte[] suffix = "\",\"contacts\":[]}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 2 + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xFF; // not UTF-8 (Windows-1252 would read "ÿþ")
        body[prefix.length + 1] = (byte) 0xFE;
        System.arraycopy(suffix, 0, body, prefix.length + 2, suffix.length);

        ApiStack.Response refused =
                api.send(
                        HttpRequest.newBuilder(api.uri("/api/areas"))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                .header("Content-Type", "application/json")
                                .header("Authorization", ApiStack.OFFICER_BEARER)
                                .build());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains("holds characters that could not be read (U+FFFD at character 9)");
        assertThat(api.get("/api/areas/" + id).status()).isEqualTo(404);
    }

    @Test
    void aNoteOverSeveralLines_withTabs_isKeptAsWritten() {
        String inspection = ApiFixtures.aCumbriaLikeInspectionAwaitingReport(api);

        JsonNode recorded =
                ApiFixtures.record(
                        api,
                        inspection,
                        """
                {"type":"REPORT_RECEIVED","on":"2019-05-14","wsoaRequired":false,"note":"Letter received.\\r\\nActions:\\t1. share"}""");

        assertThat(recorded.at("/events/1/summary").asText())
                .endsWith("Note: Letter received.\r\nActions:\t1. share");
    }

    @Test
    void anAddressOfOneMailbox_inAnyCase_isTaken() {
        ApiStack.Response created =
                api.post(
                        "/api/areas",
                        """
                {"id":"%s","name":"Mailbox","contacts":[{"name":"Jo","email":"Jo.O'Neil+send@North-Cumbria.nhs.uk","role":"NHS_LEAD"}]}"""
                                .formatted(ApiFixtures.uniqueAreaId("mailbox")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/contacts/0/email").asText())
                .isEqualTo("Jo.O'Neil+send@North-Cumbria.nhs.uk");
    }

    private static String everything() {
        return String.join(
                "\n",
                List.of(
                        api.get("/api/inspections/" + awaiting).body(),
                        api.get("/api/areas/" + area).body(),
                        api.get("/api/areas").body(),
                        api.get("/api/deadlines?from=2019-01-01&to=2023-12-31").body()));
    }

    private static Arguments bad(
            String name, Function<ApiStack, ApiStack.Response> send, String field, String message) {
        return arguments(new BadRequest(name, send, field, message));
    }

    private static Function<ApiStack, ApiStack.Response> newArea(String name, String email) {
        return api ->
                api.post(
                        "/api/areas",
                        """
                {"id":"durham","name":"%s","contacts":[{"name":"Jo","email":"%s","role":"LEAD_OFFICER"}]}"""
                                .formatted(name, email));
    }

    private static Function<ApiStack, ApiStack.Response> event(String body) {
        return api -> api.post("/api/inspections/" + awaiting + "/events", body);
    }
}
