package org.sendtracker.local.ses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendtracker.local.clock.LocalApp;
import org.sendtracker.local.dynamodb.EmbeddedDynamoDb;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.BadRequestException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/** The real SES v2 client, pointed at the local endpoint, sending into the outbox. */
class SesV2EndpointTest {

    private static final String SUBJECT =
            "Written Statement of Action due in 5 working days — Cumbria’s “SEND” partnership";
    private static final String TEXT = "Dear Lead Officer,\nThe WSoA is due on 21 August 2019.\n";
    private static final String HTML =
            "<p>Dear Lead Officer,</p><p>The WSoA is due on <strong>21&nbsp;August 2019</strong>. £0 — café</p>";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir Path dataDir;

    private static SesV2Client sesAt(LocalApp app) {
        return SesV2Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.EU_WEST_2)
                .credentialsProvider(
                        StaticCredentialsProvider.create(
                                AwsBasicCredentials.create("local", "local")))
                .endpointOverride(app.uri("/local/ses"))
                .build();
    }

    private static Consumer<SendEmailRequest.Builder> aWsoaReminder() {
        return email ->
                email.fromEmailAddress("SEND tracker <reminders@sendtracker.example>")
                        .destination(
                                to ->
                                        to.toAddresses("lead.officer@cumbria.example")
                                                .ccAddresses("Zoë Brown <dcs@cumbria.example>"))
                        .content(
                                content ->
                                        content.simple(
                                                message ->
                                                        message.subject(
                                                                        subject ->
                                                                                subject.data(
                                                                                                SUBJECT)
                                                                                        .charset(
                                                                                                "UTF-8"))
                                                                .body(
                                                                        body ->
                                                                                body.text(
                                                                                                text ->
                                                                                                        text
                                                                                                                .data(
                                                                                                                        TEXT))
                                                                                        .html(
                                                                                                html ->
                                                                                                        html
                                                                                                                .data(
                                                                                                                        HTML)))));
    }

    private static LocalApp startedAt(Path dataDir, String now) {
        LocalApp app = LocalApp.start(dataDir);
        app.post("/local/clock", "{\"now\":\"" + now + "\"}");
        return app;
    }

    /**
     * The production {@code AwsClients} builds its {@code SesV2Client} with no endpoint of its own;
     * the local runner reaches it only through the SDK's {@code aws.endpointUrlSesV2} setting, path
     * included.
     */
    @Test
    void theApplicationsOwnSesClient_reachesTheOutbox_throughTheSdksEndpointSetting() {
        int port = EmbeddedDynamoDb.freePort();
        System.setProperty("aws.endpointUrlSesV2", "http://localhost:" + port + "/local/ses");
        try (LocalApp app = LocalApp.start(dataDir, port)) {
            String id =
                    app.context().getBean(SesV2Client.class).sendEmail(aWsoaReminder()).messageId();

            assertThat(app.get("/local/outbox/" + id).status()).isEqualTo(200);
        } finally {
            System.clearProperty("aws.endpointUrlSesV2");
        }
    }

    @Test
    void aSentEmail_isListedInTheOutbox_withItsBodiesAndTheSimulatedTime() throws Exception {
        try (LocalApp app = startedAt(dataDir, "2030-01-07T09:00:00Z");
                SesV2Client ses = sesAt(app)) {
            String id = ses.sendEmail(aWsoaReminder()).messageId();

            JsonNode outbox = json.readTree(app.get("/local/outbox").body());

            assertThat(outbox).hasSize(1);
            JsonNode message = outbox.get(0);
            assertThat(message.get("sentAt").asText()).startsWith("2030-01-07T09:00:");
            assertThat(message)
                    .isEqualTo(
                            json.valueToTree(
                                    Map.of(
                                            "id",
                                            id,
                                            "sentAt",
                                            message.get("sentAt").asText(),
                                            "from",
                                            "SEND tracker <reminders@sendtracker.example>",
                                            "to",
                                            List.of("lead.officer@cumbria.example"),
                                            "cc",
                                            List.of("Zoë Brown <dcs@cumbria.example>"),
                                            "bcc",
                                            List.of(),
                                            "replyTo",
                                            List.of(),
                                            "subject",
                                            SUBJECT,
                                            "text",
                                            TEXT,
                                            "html",
                                            HTML)));
            assertThat(app.get("/local/outbox/" + id).body())
                    .isEqualTo(json.writeValueAsString(message));
        }
    }

    @Test
    void aSentEmail_isAnEmlFileAMailClientOpens() throws Exception {
        try (LocalApp app = startedAt(dataDir, "2030-01-07T09:00:00Z");
                SesV2Client ses = sesAt(app)) {
            String id = ses.sendEmail(aWsoaReminder()).messageId();

            LocalApp.Response response = app.get("/local/outbox/" + id + ".eml");

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.contentType()).isEqualTo("message/rfc822");
            assertThat(response.body())
                    .isEqualTo(Files.readString(dataDir.resolve("outbox/" + id + ".eml")));
            Eml eml = Eml.parse(response.body());
            assertThat(eml.headers())
                    .matches(
                            """
                    Date: Mon, 7 Jan 2030 09:00:0\\d \\+0000\r
                    From: SEND tracker <reminders@sendtracker.example>\r
                    To: lead.officer@cumbria.example\r
                    Cc: =\\?UTF-8\\?B\\?Wm/DqyBCcm93bg==\\?= <dcs@cumbria.example>\r
                    Subject: =\\?UTF-8\\?B\\?V3JpdHRlbiBTdGF0ZW1lbnQgb2YgQWN0aW9uIGR1ZSBpbiA1\\?=\r
                     =\\?UTF-8\\?B\\?IHdvcmtpbmcgZGF5cyDigJQgQ3VtYnJpYeKAmXMg4oCcU0VO\\?=\r
                     =\\?UTF-8\\?B\\?ROKAnSBwYXJ0bmVyc2hpcA==\\?=\r
                    Message-ID: <%s@outbox.sendtracker.local>\r
                    MIME-Version: 1.0\r
                    Content-Type: multipart/alternative; boundary="=_alternative_%s"\r
                    """
                                    .formatted(id, id));
            assertThat(
                            EncodedWords.decode(
                                    eml.headers()
                                            .lines()
                                            .filter(
                                                    l ->
                                                            l.startsWith("Subject: ")
                                                                    || l.startsWith(" "))
                                            .map(
                                                    l ->
                                                            l.startsWith(" ")
                                                                    ? "\r\n" + l
                                                                    : l.substring(
                                                                            "Subject: ".length()))
                                            .reduce("", String::concat)))
                    .isEqualTo(SUBJECT);
            assertThat(eml.parts())
                    .containsExactly(
                            new Eml.Part(
                                    "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n",
                                    TEXT.replace("\n", "\r\n")),
                            new Eml.Part(
                                    "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n",
                                    HTML));
        }
    }

    @Test
    void theOutbox_survivesARestart() {
        String id;
        try (LocalApp app = startedAt(dataDir, "2030-01-07T09:00:00Z");
                SesV2Client ses = sesAt(app)) {
            id = ses.sendEmail(aWsoaReminder()).messageId();
        }

        try (LocalApp restarted = LocalApp.start(dataDir)) {
            assertThat(restarted.get("/local/outbox").body()).contains("\"id\":\"" + id + "\"");
            assertThat(restarted.get("/local/outbox/" + id).status()).isEqualTo(200);
            assertThat(restarted.get("/local/outbox/" + id + ".eml").body())
                    .contains("Message-ID: <" + id + "@outbox.sendtracker.local>");
        }
    }

    @Test
    void theOutbox_listsNewestFirst_andFiltersByRecipient() throws Exception {
        try (LocalApp app = startedAt(dataDir, "2030-01-07T09:00:00Z");
                SesV2Client ses = sesAt(app)) {
            String first = ses.sendEmail(aWsoaReminder()).messageId();
            String second =
                    ses.sendEmail(
                                    aWsoaReminder()
                                            .andThen(
                                                    email ->
                                                            email.destination(
                                                                    to ->
                                                                            to.toAddresses(
                                                                                    "nhs.lead@cumbria.example"))))
                            .messageId();

            assertThat(json.readTree(app.get("/local/outbox").body()).findValuesAsText("id"))
                    .containsExactly(second, first);
            assertThat(
                            json.readTree(
                                            app.get("/local/outbox?to=NHS.Lead@cumbria.example")
                                                    .body())
                                    .findValuesAsText("id"))
                    .containsExactly(second);
            assertThat(
                            json.readTree(app.get("/local/outbox?to=dcs@cumbria.example").body())
                                    .findValuesAsText("id"))
                    .containsExactly(first);
        }
    }

    @Test
    void delete_emptiesTheOutbox_inMemoryAndOnDisk() throws Exception {
        try (LocalApp app = startedAt(dataDir, "2030-01-07T09:00:00Z");
                SesV2Client ses = sesAt(app)) {
            ses.sendEmail(aWsoaReminder());

            assertThat(app.delete("/local/outbox").status()).isEqualTo(204);

            assertThat(app.get("/local/outbox").body()).isEqualTo("[]");
            try (var files = Files.list(dataDir.resolve("outbox"))) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void anUnknownMessage_is404() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            assertThat(app.get("/local/outbox/nope.eml").body())
                    .isEqualTo(
                            "{\"status\":404,\"error\":\"Not Found\",\"message\":\"There is no message 'nope' in the outbox\"}");
            assertThat(app.get("/local/outbox/nope").status()).isEqualTo(404);
        }
    }

    @Test
    void rawContent_isKeptAsSent_withTheDateAndMessageIdSesWouldAdd() throws Exception {
        String mime =
                "From: reminders@sendtracker.example\r\nTo: \"Brown, Zoë\" <dcs@cumbria.example>, lead@cumbria.example\r\n"
                        + "Subject: =?UTF-8?Q?Caf=C3=A9_review?=\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nHello\r\n";
        try (LocalApp app = startedAt(dataDir, "2030-06-03T09:00:00Z");
                SesV2Client ses = sesAt(app)) {
            String id =
                    ses.sendEmail(
                                    email ->
                                            email.content(
                                                    c ->
                                                            c.raw(
                                                                    raw ->
                                                                            raw.data(
                                                                                    SdkBytes
                                                                                            .fromUtf8String(
                                                                                                    mime)))))
                            .messageId();

            assertThat(app.get("/local/outbox/" + id + ".eml").body())
                    .matches(
                            "Date: Mon, 3 Jun 2030 10:00:0\\d \\+0100\r\nMessage-ID: <"
                                    + id
                                    + "@outbox.sendtracker.local>\r\n"
                                    + Pattern.quote(mime));
            JsonNode message = json.readTree(app.get("/local/outbox/" + id).body());
            assertThat(message.get("from").asText()).isEqualTo("reminders@sendtracker.example");
            assertThat(json.convertValue(message.get("to"), List.class))
                    .containsExactly(
                            "\"Brown, Zoë\" <dcs@cumbria.example>", "lead@cumbria.example");
            assertThat(message.get("subject").asText()).isEqualTo("Café review");
            assertThat(message.get("text").isNull()).isTrue();
        }
    }

    @Test
    void aMessageWithNoRecipients_isABadRequestException() {
        try (LocalApp app = LocalApp.start(dataDir);
                SesV2Client ses = sesAt(app)) {
            assertThatThrownBy(
                            () ->
                                    ses.sendEmail(
                                            aWsoaReminder()
                                                    .andThen(email -> email.destination(d -> {}))))
                    .isInstanceOf(BadRequestException.class)
                    .hasMessageStartingWith(
                            "The message has no recipients: give at least one address in "
                                    + "Destination.ToAddresses, CcAddresses or BccAddresses (Service: SesV2, Status Code: 400,");
            assertThat(app.get("/local/outbox").body()).isEqualTo("[]");
        }
    }

    @Test
    void anAddressThatIsNotOne_isABadRequestException() {
        try (LocalApp app = LocalApp.start(dataDir);
                SesV2Client ses = sesAt(app)) {
            assertThatThrownBy(
                            () ->
                                    ses.sendEmail(
                                            aWsoaReminder()
                                                    .andThen(
                                                            email ->
                                                                    email.destination(
                                                                            d ->
                                                                                    d.toAddresses(
                                                                                            "lead officer")))))
                    .isInstanceOf(BadRequestException.class)
                    .extracting(e -> ((BadRequestException) e).awsErrorDetails().errorMessage())
                    .isEqualTo(
                            "Destination.ToAddresses[0] is not a 7-bit ASCII email address: 'lead officer'");
        }
    }

    @Test
    void templateContent_isABadRequestException_sayingWhatIsSupported() {
        try (LocalApp app = LocalApp.start(dataDir);
                SesV2Client ses = sesAt(app)) {
            assertThatThrownBy(
                            () ->
                                    ses.sendEmail(
                                            aWsoaReminder()
                                                    .andThen(
                                                            email ->
                                                                    email.content(
                                                                            c ->
                                                                                    c.template(
                                                                                            t ->
                                                                                                    t
                                                                                                            .templateName(
                                                                                                                    "wsoa"))))))
                    .isInstanceOf(BadRequestException.class)
                    .extracting(e -> ((BadRequestException) e).awsErrorDetails().errorMessage())
                    .isEqualTo(
                            "Content.Template is not supported by the local SES endpoint: send Simple or Raw content");
        }
    }

    @Test
    void aBodyThatIsNotJson_is400_inTheShapeSesUses() {
        try (LocalApp app = LocalApp.start(dataDir)) {
            LocalApp.Response response =
                    app.post("/local/ses/v2/email/outbound-emails", "{\"Content\":");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.header("x-amzn-ErrorType")).isEqualTo("BadRequestException");
            assertThat(response.header("x-amzn-RequestId")).isNotBlank();
            assertThat(response.body())
                    .isEqualTo(
                            "{\"message\":\"The request body is not valid JSON: "
                                    + "Unexpected end-of-input within/between Object entries (line 1, column 12)\"}");
        }
    }
}
