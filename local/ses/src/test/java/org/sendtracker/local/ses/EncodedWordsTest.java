package org.sendtracker.local.ses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EncodedWordsTest {

    @Test
    void encode_splitsIntoWordsOfWholeCharacters_onFoldedLinesOfAtMost76() {
        String subject = "Ofsted/CQC: “revisit” notified — 10 working days’ notice for Cumbria";

        String encoded = EncodedWords.encode(subject);

        assertThat(encoded)
                .isEqualTo(
                        """
                =?UTF-8?B?T2ZzdGVkL0NRQzog4oCccmV2aXNpdOKAnSBub3RpZmllZCA=?=\r
                 =?UTF-8?B?4oCUIDEwIHdvcmtpbmcgZGF5c+KAmSBub3RpY2UgZm9yIEN1?=\r
                 =?UTF-8?B?bWJyaWE=?=""");
        assertThat(("Subject: " + encoded).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(76));
        assertThat(EncodedWords.decode(encoded)).isEqualTo(subject);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "=?UTF-8?Q?Caf=C3=A9_review?=                     | Café review",
                "=?iso-8859-1?q?caf=E9?= and =?UTF-8?B?wqM1?=     | café and £5",
                "=?UTF-8?B?Q2Fm?=\\r\\n =?UTF-8?B?w6k=?=           | Café",
                "plain text                                       | plain text",
                "=?x-no-such-charset?B?Q2Fm?=                     | =?x-no-such-charset?B?Q2Fm?="
            })
    void decode(String header, String text) {
        assertThat(EncodedWords.decode(header.replace("\\r\\n", "\r\n"))).isEqualTo(text);
    }
}
