package org.sendtracker.area.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A contact's email address is exactly one mailbox: the address, and nothing else a parser would
 * let through.
 */
class EmailAddressTest {

    private static final String NOT_AN_ADDRESS =
            "Enter an email address in the correct format, like name@example.gov.uk";
    private static final String MORE_THAN_ONE =
            "Enter one email address only: add a contact for each further address";
    private static final String NOT_ONLY_THE_ADDRESS =
            "Enter the email address only, like name@example.gov.uk, without a name, angle brackets or a comment";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jo@cumbria.gov.uk",
                "send.lead@cumbria.gov.uk",
                "jo+reminders@nhs.net",
                "o'neil@x.gov.uk",
                "j_o-b@north-cumbria.nhs.uk",
                "JO@CUMBRIA.GOV.UK",
                "a@xn--bcher-kva.example",
                "x!#$%&*/=?^`{|}~@x.gov.uk"
            })
    void oneMailbox_isAnAddress(String address) {
        assertThat(EmailAddress.problem(address)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            two addresses with a comma          | jo@x.gov.uk, sam@x.gov.uk
            two addresses with a semicolon      | jo@x.gov.uk; sam@x.gov.uk
            a trailing semicolon                | jo@x.gov.uk;
            a quoted name with a comma          | "Smith, Jo" <jo@x.gov.uk>
            a group of one                      | team: jo@x.gov.uk;
            an empty group                      | team:;
            """)
    void moreThanOneAddress_isRefused(String name, String text) {
        assertThat(EmailAddress.problem(text)).hasValue(MORE_THAN_ONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            a display name          | Jo Smith <jo@x.gov.uk>
            angle brackets          | <jo@x.gov.uk>
            a comment               | jo@x.gov.uk (Jo Smith)
            a source route          | <@relay.example:jo@x.gov.uk>
            """)
    void anythingBesideTheAddress_isRefused(String name, String text) {
        assertThat(EmailAddress.problem(text)).hasValue(NOT_ONLY_THE_ADDRESS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            no @                                  | jo at x.gov.uk
            two @                                 | jo@@x.gov.uk
            a space                               | jo smith@x.gov.uk
            a quoted local part                   | "jo smith"@x.gov.uk
            an escaped @ in the local part        | jo\\@x@y.gov.uk
            dot-dot in the local part             | jo..smith@x.gov.uk
            a local part ending with a dot        | jo.@x.gov.uk
            a domain literal                      | jo@[192.0.2.1]
            a single-label domain                 | jo@localhost
            a label starting with a hyphen        | jo@-x.gov.uk
            a label ending with a hyphen          | jo@x-.gov.uk
            an underscore in the domain           | jo@x_y.gov.uk
            an all-digit top level                | jo@192.0.2.1
            a domain ending with a dot            | jo@x.gov.uk.
            a non-ASCII local part                | jø@x.gov.uk
            a non-ASCII domain                    | jo@bücher.example
            a local part of 65 characters         | aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@x.gov.uk
            """)
    void whatIsNotAnAddressToSendTo_isRefused(String name, String text) {
        assertThat(EmailAddress.problem(text)).hasValue(NOT_AN_ADDRESS);
    }

    @Test
    void anAddressOfMoreThan254Characters_isRefused() {
        String domain =
                "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(60);

        assertThat(EmailAddress.problem("j@" + domain)).as("254 characters").isEmpty();
        assertThat(EmailAddress.problem("jo@" + domain))
                .as("255 characters")
                .hasValue(NOT_AN_ADDRESS);
    }
}
