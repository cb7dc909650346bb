package org.sendtracker.local.ses;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmlWriterTest {

    private static OutboxMessage aMessage(String subject, String text, String html) {
        return new OutboxMessage(
                "test-1",
                Instant.parse("2030-06-03T09:00:00Z"),
                "SEND tracker <reminders@sendtracker.example>",
                List.of("lead.officer@cumbria.example", "\"Brown, Zoë\" <dcs@cumbria.example>"),
                List.of(),
                List.of("audit@cumbria.example"),
                List.of("team@cumbria.example"),
                subject,
                text,
                html);
    }

    private static String written(OutboxMessage message) {
        return new String(EmlWriter.write(message), StandardCharsets.US_ASCII);
    }

    @Test
    void textAndHtml_areAlternatives_plainestFirst_inBase64_withCrlfLineBreaks() {
        OutboxMessage message =
                aMessage(
                        "WSoA due",
                        "Dear Lead Officer,\nThe WSoA is due on 21 August 2019.\n",
                        "<p>The WSoA is due on <strong>21 August 2019</strong>.</p>");

        assertThat(written(message))
                .isEqualTo(
                        """
                Date: Mon, 3 Jun 2030 10:00:00 +0100\r
                From: SEND tracker <reminders@sendtracker.example>\r
                To: lead.officer@cumbria.example,\r
                 =?UTF-8?B?QnJvd24sIFpvw6s=?= <dcs@cumbria.example>\r
                Bcc: audit@cumbria.example\r
                Reply-To: team@cumbria.example\r
                Subject: WSoA due\r
                Message-ID: <test-1@outbox.sendtracker.local>\r
                MIME-Version: 1.0\r
                Content-Type: multipart/alternative; boundary="=_alternative_test-1"\r
                \r
                --=_alternative_test-1\r
                Content-Type: text/plain; charset=UTF-8\r
                Content-Transfer-Encoding: base64\r
                \r
                RGVhciBMZWFkIE9mZmljZXIsDQpUaGUgV1NvQSBpcyBkdWUgb24gMjEgQXVndXN0IDIwMTkuDQo=\r
                --=_alternative_test-1\r
                Content-Type: text/html; charset=UTF-8\r
                Content-Transfer-Encoding: base64\r
                \r
                PHA+VGhlIFdTb0EgaXMgZHVlIG9uIDxzdHJvbmc+MjEgQXVndXN0IDIwMTk8L3N0cm9uZz4uPC9w\r
                Pg==\r
                --=_alternative_test-1--\r
                """);
    }

    @Test
    void textAlone_isASinglePartMessage() {
        String eml = written(aMessage("WSoA due", "Due soon", null));

        assertThat(eml)
                .endsWith(
                        """
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=UTF-8\r
                Content-Transfer-Encoding: base64\r
                \r
                RHVlIHNvb24=\r
                """);
    }

    @Test
    void aLongAsciiSubject_isFoldedAtSpaces_toLinesOfAtMost78() {
        String subject =
                "Reminder: the Written Statement of Action for Cumbria is due in five working days on Wednesday";

        assertThat(EmlWriter.subject(subject))
                .isEqualTo(
                        """
                Reminder: the Written Statement of Action for Cumbria is due in five\r
                 working days on Wednesday""");
    }

    @Test
    void aSubjectWithAControlCharacter_isEncodedRatherThanBreakingTheHeader() {
        assertThat(EmlWriter.subject("WSoA due\r\nBcc: everyone@example.com"))
                .doesNotContain("\r\nBcc");
    }
}
