package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * axe-core over every page, as a signed-in officer sees it and in its error states: no serious or
 * critical violation anywhere. Each page is also saved as a screenshot for a person to look at.
 */
@ExtendWith(RunningSystem.class)
class AccessibilityBrowserTest {

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
    void everyPage_hasNoSeriousOrCriticalAccessibilityViolation() {
        String reminded = Scenarios.inspectionWithAReminderSent(system);
        Map<String, List<String>> found = new LinkedHashMap<>();

        browser.get("/sign-in");
        scan("sign-in", found);
        browser.submit("main form");
        scan("sign-in-errors", found);

        for (String[] page :
                new String[][] {
                    {"dashboard-all", "/"},
                    {"areas", "/areas"},
                    {"area-cheshire-east", "/areas/cheshire-east"},
                    {"area-new-form", "/areas/new"},
                    {"area-contacts-form", "/areas/cheshire-east/contacts"},
                    {"inspection-new-form", "/inspections/new?areaId=cumbria"},
                    {"inspection-barsetshire-wsoa-due", "/inspections/barsetshire-2022-12-05"},
                    {"inspection-cumbria-history-illustrative", "/inspections/cumbria-2019-03-18"},
                    {"inspection-lancashire-closed", "/inspections/lancashire-2017-11-13"},
                    {"inspection-wessex-2023-with-email", "/inspections/" + reminded},
                    {"outbox", "/outbox"},
                    {"not-found", "/inspections/nowhere-2020-01-01"},
                    {"no-such-page", "/no-such-page"}
                }) {
            browser.get(page[1]);
            scan(page[0], found);
        }

        browser.get("/outbox");
        browser.click("main table a");
        scan("outbox-message", found);

        browser.get("/areas/new");
        browser.submit("main form");
        scan("area-new-errors", found);

        browser.get("/inspections/barsetshire-2022-12-05");
        browser.date("wsoa-submitted-on", "31", "2", "2020");
        browser.submit("#wsoa-submitted");
        assertThat(browser.errorSummary()).isNotEmpty();
        scan("inspection-wsoa-errors", found);

        found.values().removeIf(List::isEmpty);
        assertThat(found).as("serious or critical axe violations, by page").isEmpty();
    }

    private static void scan(String name, Map<String, List<String>> found) {
        browser.screenshot("a11y-" + name);
        Results results = browser.axe();
        List<String> problems = new ArrayList<>();
        for (Rule rule : Browser.seriousOrCritical(results)) {
            problems.add(
                    rule.getImpact()
                            + " "
                            + rule.getId()
                            + ": "
                            + rule.getHelp()
                            + " at "
                            + rule.getNodes().stream()
                                    .map(node -> String.valueOf(node.getTarget()))
                                    .toList());
        }
        System.out.println(
                "axe "
                        + name
                        + " ("
                        + browser.path()
                        + "): "
                        + results.getViolations().size()
                        + " violations ("
                        + results.getViolations().stream()
                                .map(r -> r.getId() + "/" + r.getImpact())
                                .toList()
                        + "), "
                        + results.getPasses().size()
                        + " rules passed");
        found.put(name + " " + browser.path(), problems);
    }
}
