package org.sendtracker.local.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The accessibility checks a browser test makes on the pages it visits ({@link
 * AccessibilityBrowserTest}, {@link ImprovementPlanBrowserTest}): each page at 320, 375 and 1280
 * CSS pixels wide, saved as a screenshot, with axe-core's serious and critical violations and any
 * sideways scrolling (WCAG 1.4.10, reflow) collected by page and width, then asserted once at the
 * end, so that one run names every page with a problem.
 */
final class AccessibilityScan {

    /** A small phone (WCAG 1.4.10's reflow width), a common phone, and a laptop. */
    private static final int[] WIDTHS = {320, 375, 1280};

    private final Browser browser;
    private final String screenshotPrefix;
    private final Map<String, List<String>> found = new LinkedHashMap<>();

    AccessibilityScan(Browser browser, String screenshotPrefix) {
        this.browser = browser;
        this.screenshotPrefix = screenshotPrefix;
    }

    /** axe and the sideways-scroll check on the current page at each width, ending at 1280. */
    void scan(String name) {
        for (int width : WIDTHS) {
            browser.width(width);
            scanAt(name + "@" + width);
        }
    }

    /** No serious or critical axe violation and no sideways scrolling on any page scanned. */
    void assertNoProblems() {
        Map<String, List<String>> problems = new LinkedHashMap<>(found);
        problems.values().removeIf(List::isEmpty);
        assertThat(problems)
                .as("serious or critical axe violations and sideways scrolling, by page and width")
                .isEmpty();
    }

    private void scanAt(String name) {
        browser.screenshot(screenshotPrefix + name);
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
        String overflow = browser.sidewaysOverflow();
        if (!overflow.isEmpty()) {
            problems.add("scrolls sideways: " + overflow);
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
