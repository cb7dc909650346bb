package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reminder the workflow sent: in the inspection's timeline beside the events, and in the local
 * outbox as its reader sees it.
 */
@ExtendWith(RunningSystem.class)
class EmailsBrowserTest {

    private static Browser browser;
    private static RunningSystem system;

    @BeforeAll
    static void openBrowser(RunningSystem running) {
        system = running;
        browser = Browser.open(running);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aReminderSent_appearsInTheTimelineAsDelivered_andInTheOutbox() {
        String id = Scenarios.inspectionWithAReminderSent(system);

        browser.get("/inspections/" + id);
        String timeline = browser.text(".app-timeline");
        assertThat(timeline)
                .contains(
                        "Email: [Wessex]",
                        "To lead@wessex.example",
                        "Delivered",
                        "Report received");
        assertThat(browser.all(".app-timeline__item--email")).isNotEmpty();
        browser.screenshot("inspection-timeline-with-email");

        browser.get("/outbox");
        assertThat(browser.mainText()).contains("[Wessex]", "lead@wessex.example");
        browser.screenshot("outbox");
        // the demo's fictional areas are reminded too: open Wessex's own
        String wessex =
                browser.all("main table a[href^='/outbox/']").stream()
                        .filter(link -> link.getText().startsWith("[Wessex]"))
                        .findFirst()
                        .orElseThrow()
                        .getAttribute("href");
        browser.get(URI.create(wessex).getPath());
        assertThat(browser.text("h1")).startsWith("[Wessex]");
        assertThat(browser.text(".govuk-summary-list")).contains("lead@wessex.example");
        assertThat(browser.one("iframe.app-email-frame").getAttribute("sandbox")).isEmpty();
        browser.screenshot("outbox-message");
    }
}
