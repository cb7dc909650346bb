package org.sendtracker.local.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through the system's chromedriver (never a downloaded
 * browser: both paths are given, so Selenium Manager is not consulted), with helpers that speak in
 * GOV.UK form terms. Without chromium the tests are skipped locally, but fail when {@code CI} is
 * set: a CI that silently skipped its browser tests would be lying.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final RunningSystem system;
    private final Path profile;

    private Browser(ChromeDriver driver, RunningSystem system, Path profile) {
        this.driver = driver;
        this.system = system;
        this.profile = profile;
    }

    /** A browser signed in as the demo administrator, through the local provider's pages. */
    static Browser open(RunningSystem system) {
        return open(system, true);
    }

    static Browser open(RunningSystem system, boolean javascript) {
        Browser browser = openSignedOut(system, javascript);
        browser.signIn("admin");
        return browser;
    }

    /** A browser nobody has signed in with yet. */
    static Browser openSignedOut(RunningSystem system, boolean javascript) {
        requireChromium();
        try {
            Path profile = Files.createTempDirectory("sendtracker-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--user-data-dir=" + profile,
                    "--window-size=1280,1024",
                    "--lang=en-GB");
            if (!javascript) {
                options.setExperimentalOption(
                        "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(CHROMEDRIVER.toFile())
                            .usingAnyFreePort()
                            .build();
            return new Browser(new ChromeDriver(service, options), system, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing =
                "The browser tests need Debian's chromium and chromium-driver ("
                        + CHROMIUM
                        + ", "
                        + CHROMEDRIVER
                        + "): apt-get install chromium chromium-driver";
        if (!present && System.getenv("CI") != null) {
            Assertions.fail(missing);
        }
        Assumptions.assumeTrue(present, missing + ". Skipped here; they fail on CI.");
    }

    void get(String path) {
        driver.get(system.uri(path).toString());
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String title() {
        return driver.getTitle();
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return one(css).getText();
    }

    String mainText() {
        return text("main");
    }

    void type(String id, String text) {
        WebElement field = byId(id);
        field.clear();
        field.sendKeys(text);
    }

    /** A GOV.UK date input: {@code id-day}, {@code id-month}, {@code id-year}. */
    void date(String id, LocalDate date) {
        date(
                id,
                String.valueOf(date.getDayOfMonth()),
                String.valueOf(date.getMonthValue()),
                String.valueOf(date.getYear()));
    }

    void date(String id, String day, String month, String year) {
        type(id + "-day", day);
        type(id + "-month", month);
        type(id + "-year", year);
    }

    String value(String id) {
        return byId(id).getAttribute("value");
    }

    void choose(String radioId) {
        driver.findElement(By.cssSelector("label[for='" + radioId + "']")).click();
    }

    boolean isChosen(String radioId) {
        return byId(radioId).isSelected();
    }

    void select(String id, String value) {
        new Select(byId(id)).selectByValue(value);
    }

    /** Clicks the submit button inside {@code containerCss} and waits for the next page. */
    void submit(String containerCss) {
        navigateBy(() -> one(containerCss + " button[type=submit]").click());
    }

    /** Clicks the element {@code css} selects and waits for the next page. */
    void click(String css) {
        navigateBy(() -> one(css).click());
    }

    void clickLink(String text) {
        navigateBy(() -> driver.findElement(By.linkText(text)).click());
    }

    /**
     * Runs {@code action} and waits until a new document has replaced the current one and finished
     * loading. The old document is marked through a window property a new page cannot carry, rather
     * than by waiting for an element to go stale: mid-navigation chromedriver may answer a stale
     * element with an "unhandled inspector error" instead of a stale-element error, which a
     * staleness wait does not expect (it failed CI once, between a form post and its redirect).
     */
    private void navigateBy(Runnable action) {
        String marker = "sendtracker-" + System.nanoTime();
        script("window.__sendtrackerPage = arguments[0]", marker);
        action.run();
        new WebDriverWait(driver, WAIT)
                .ignoring(WebDriverException.class)
                .until(
                        d ->
                                !marker.equals(script("return window.__sendtrackerPage"))
                                        && "complete".equals(script("return document.readyState")));
    }

    /** The error summary's links: {@code href → message}. */
    List<String[]> errorSummary() {
        return all(".govuk-error-summary__list a").stream()
                .map(
                        link ->
                                new String[] {
                                    link.getAttribute("href").replaceAll("^.*#", "#"),
                                    link.getText()
                                })
                .toList();
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Signs in as a person would: the tracker sends the browser to the local provider, which sends
     * it back.
     */
    void signIn(String user) {
        get("/sign-in");
        navigateBy(() -> driver.findElement(By.id("user-" + user)).click());
        if (driver.findElements(By.cssSelector(".app-header__account form[action='/sign-out']"))
                .isEmpty()) {
            throw new IllegalStateException(
                    "signing in as "
                            + user
                            + " ended on "
                            + driver.getCurrentUrl()
                            + ": "
                            + driver.getTitle());
        }
    }

    /**
     * Makes the page {@code width} CSS pixels wide (the window is resized until the page's viewport
     * reports that width, since the window's frame takes a share that differs between builds).
     */
    void width(int width) {
        new WebDriverWait(driver, WAIT)
                .until(
                        d -> {
                            long inner = ((Number) script("return window.innerWidth")).longValue();
                            if (inner == width) {
                                return true;
                            }
                            Dimension window = driver.manage().window().getSize();
                            driver.manage()
                                    .window()
                                    .setSize(
                                            new Dimension(
                                                    (int) (window.getWidth() + width - inner),
                                                    1024));
                            return false;
                        });
    }

    /**
     * How the page overflows its viewport sideways, or an empty string when it does not: the
     * document's scroll width against its client width (the viewport less any scroll bar), and the
     * elements reaching past its right edge (the deepest first few), so a failure says what to fix.
     */
    String sidewaysOverflow() {
        return (String)
                script(
                        """
                        var root = document.documentElement;
                        if (root.scrollWidth <= root.clientWidth) { return ''; }
                        var wide = [];
                        document.querySelectorAll('body *').forEach(function (el) {
                          var box = el.getBoundingClientRect();
                          if (box.right > root.clientWidth + 0.5 && box.width > 0
                              && !el.querySelector('*')) {
                            wide.push(el.tagName.toLowerCase()
                                + (el.id ? '#' + el.id : '')
                                + (el.className && el.className.baseVal === undefined
                                    ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '')
                                + ' (right edge ' + Math.round(box.right) + ')');
                          }
                        });
                        return 'scrollWidth ' + root.scrollWidth + ' > clientWidth ' + root.clientWidth
                            + ': ' + wide.slice(0, 5).join(', ');
                        """);
    }

    /**
     * Saves the whole page (not just the window), as wide as the window is now, as {@code
     * target/screenshots/<name>.png}.
     */
    Path screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        try {
            script("window.scrollTo(0, 0)");
            long height =
                    ((Number)
                                    script(
                                            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                            .longValue();
            driver.manage()
                    .window()
                    .setSize(
                            new Dimension(
                                    window.getWidth(),
                                    (int) Math.min(Math.max(height, 800), 12000)));
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * Saves the current page, 1000 pixels wide and at most {@code maxHeight} tall, from its top or
     * from the element {@code fromCss} selects, as {@code docs/screenshots/<name>.png} in the
     * source tree: the README's tour shows what the tests saw, so its pictures stay current
     * whenever the suite runs.
     */
    Path docsScreenshot(String name, int maxHeight, String fromCss) {
        Dimension window = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(1000, 800));
            script(
                    "var style = document.createElement('style'); style.textContent = '::-webkit-scrollbar{display:none}';"
                            + " document.head.appendChild(style)");
            for (int settle = 0; settle < 2; settle++) {
                // the window's height counts its frame, so measure again once the page has the new
                // size
                long height =
                        ((Number)
                                        script(
                                                "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight"))
                                .longValue();
                driver.manage()
                        .window()
                        .setSize(
                                new Dimension(
                                        1000, (int) Math.min(Math.max(height, 400), maxHeight)));
            }
            if (fromCss == null) {
                script("window.scrollTo(0, 0)");
            } else {
                script("arguments[0].scrollIntoView(true)", one(fromCss));
            }
            byte[] png = driver.getScreenshotAs(OutputType.BYTES);
            Path file = docsScreenshots().resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    Path docsScreenshot(String name, int maxHeight) {
        return docsScreenshot(name, maxHeight, null);
    }

    /**
     * {@code docs/screenshots} of the checkout the tests run in (Maven runs them from the module's
     * directory).
     */
    private static Path docsScreenshots() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("run-local"))
                    && Files.isDirectory(dir.resolve("docs"))) {
                return dir.resolve("docs").resolve("screenshots");
            }
        }
        throw new IllegalStateException(
                "No checkout (a directory with run-local and docs/) above "
                        + Path.of("").toAbsolutePath());
    }

    /**
     * Shows {@code html} (a page the test wrote, e.g. a calendar feed as a calendar app lists it).
     */
    void show(String html) {
        driver.get(
                "data:text/html;charset=utf-8;base64,"
                        + Base64.getEncoder()
                                .encodeToString(html.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * axe-core's findings on the current page. axe opens a blank tab of its own to finish its run;
     * on a loaded machine Chromium's renderer can time out loading it ("switchToWindow failed",
     * "Timed out receiving message from renderer"), which says nothing about the page. Then the
     * stray tab is closed, the page's own is selected again and axe runs once more; a second
     * failure is reported as it is.
     */
    Results axe() {
        String page = driver.getWindowHandle();
        try {
            return new AxeBuilder().analyze(driver);
        } catch (RuntimeException rendererTimedOut) {
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(page)) {
                    driver.switchTo().window(handle).close();
                }
            }
            driver.switchTo().window(page);
            try {
                return new AxeBuilder().analyze(driver);
            } catch (RuntimeException again) {
                again.addSuppressed(rendererTimedOut);
                throw again;
            }
        }
    }

    /**
     * The violations a person would be blocked or badly hindered by: axe's serious and critical.
     */
    static List<Rule> seriousOrCritical(Results results) {
        return results.getViolations().stream()
                .filter(
                        rule ->
                                "serious".equals(rule.getImpact())
                                        || "critical".equals(rule.getImpact()))
                .toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
