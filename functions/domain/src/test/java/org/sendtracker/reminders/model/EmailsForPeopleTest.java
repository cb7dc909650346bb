package org.sendtracker.reminders.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sendtracker.testing.EmailsForPeople;

/**
 * The check every test applies to every email refuses what the tracker used to send: codes, the
 * inspection's id in a sentence, no greeting, nothing to do, a text part that differs.
 */
class EmailsForPeopleTest {

    @Test
    void anEmailReadingLikeSystemOutput_isRefused_namingEachRuleItBreaks() {
        String subject = "[Cumbria] Written Statement of Action submission due in 5 working days";
        String text =
                """
                Written Statement of Action submission is due on 21 August 2019 for Cumbria (inspection cumbria-2019-03-18, LASEND_2016). Missing [3, 4, 5].

                Open the inspection: https://tracker.example/inspections/cumbria-2019-03-18
                """;
        String html =
                """
                <html><body><p>Written Statement of Action submission is due on 21 August 2019.</p>
                <p><a href="https://tracker.example/inspections/cumbria-2019-03-18">Open the inspection</a></p></body></html>""";

        assertThat(EmailsForPeople.problems(subject, text, html))
                .containsExactly(
                        "it names the framework by its code LASEND_2016",
                        "it shows the inspection id cumbria-2019-03-18 outside its link",
                        "it prints a list as code: [3, 4, 5]",
                        "its plain text does not start with a greeting by name (\"Dear Jo,\")",
                        "it does not say what to do (a \"What to do\" section)",
                        "its plain text and HTML differ:\n"
                                + "  text: Written Statement of Action submission is due on 21 August 2019 for Cumbria (inspection cumbria-2019-03-18, LASEND_2016). Missing [3, 4, 5]. Open the inspection: https://tracker.example/inspections/cumbria-2019-03-18\n"
                                + "  html: Written Statement of Action submission is due on 21 August 2019. Open the inspection: https://tracker.example/inspections/cumbria-2019-03-18");
        assertThatThrownBy(() -> EmailsForPeople.check(subject, text, html))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith(
                        "the email \"" + subject + "\" is not written for people:\n- ");
    }

    @Test
    void anEmailWithoutAPlainTextPart_isRefused() {
        assertThat(EmailsForPeople.problems("s", null, "<p>x</p>"))
                .containsExactly("it has no plain-text part");
    }
}
