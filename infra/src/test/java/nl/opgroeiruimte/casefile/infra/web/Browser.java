package nl.opgroeiruimte.casefile.infra.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless session of Debian's chromium, driven by its own chromedriver (the paths are set, so
 * Selenium Manager never downloads anything), with a fresh profile, in Dutch.
 */
final class Browser implements AutoCloseable {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final String base;

    Browser(int port) {
        try {
            profile = Files.createTempDirectory("casefile-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1280,900",
                "--lang=nl-NL",
                "--hide-scrollbars");
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        base = "http://localhost:" + port;
        signIn("beheerder");
    }

    /** Signs in on the local mode's login page as one of its ready users (user name = password). */
    void signIn(String user) {
        driver.get(base + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(user);
        driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, PATIENCE)
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    WebDriver driver() {
        return driver;
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Until the condition holds; an element the page replaced meanwhile (a live update) is looked up again. */
    <T> T waitFor(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    /**
     * Opens the form with this id (of the case page, the municipality or initiative page). A live update may
     * redraw the forms just as the summary is clicked (the read models follow the facts); the page leaves an
     * open form alone, so click until it is open.
     */
    Browser openForm(String formId) {
        String details = "details:has(> #" + formId + ")";
        waitFor(d -> {
            if (find(details).getAttribute("open") == null)
                find(details + " > summary").click();
            return find(details).getAttribute("open") != null ? true : null;
        });
        return this;
    }

    /** Waits until the server-sent events stream of the page is open. */
    Browser live() {
        waitFor(d -> d.findElements(By.cssSelector("[data-live-status='open']")).isEmpty() ? null : true);
        return this;
    }

    /** Whether the page, laid out at this width (a phone: 375), needs no sideways scrolling. */
    boolean fitsWithoutSidewaysScrolling(int width) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, 800));
            return (Boolean) script("return document.scrollingElement.scrollWidth <= window.innerWidth;");
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** A script that calls its last argument when done (a fetch, say); waits for it. */
    Object asyncScript(String js, Object... args) {
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        return ((JavascriptExecutor) driver).executeAsyncScript(js, args);
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /**
     * A page state: saves the whole page (the window stretched to its height) under target/screenshots and,
     * laid out at that width, checks it with axe-core against WCAG 2.2 AA (target sizes included).
     */
    Path screenshot(String name) {
        return screenshot(name, 1280);
    }

    Path screenshot(String name, int width) {
        return capture(name, width, true);
    }

    /** Saves the page as it is, unchecked: the evidence of a failing test. */
    Path evidence(String name) {
        return capture(name, 1280, false);
    }

    private Path capture(String name, int width, boolean checkAccessibility) {
        Dimension before = driver.manage().window().getSize();
        try {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number) script(
                            "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"))
                    .longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(height + 40, 8000)));
            script("window.scrollTo(0, 0);");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            if (checkAccessibility) assertAccessible(name);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(before);
        }
    }

    /** The axe-core rule sets checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA (2.2 AA holds target-size). */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    /**
     * Runs axe-core on the page as it is now and fails naming every violation: rule, impact, the elements
     * (CSS selectors) and what the rule asks.
     */
    void assertAccessible(String pageState) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        if (results.isErrored())
            throw new AssertionError("axe-core failed on " + pageState + ": " + results.getErrorMessage());
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + ": "
                        + rule.getHelp() + " " + rule.getHelpUrl());
            }
        }
        if (!violations.isEmpty())
            throw new AssertionError("accessibility violations on page state " + pageState + " (" + currentPath()
                    + "):\n  " + String.join("\n  ", violations));
    }

    /**
     * Every control shown in the part of the page {@code css} selects is a touch target of at least 44 px, as
     * docs/web.md promises (axe-core's target-size asks only 24): fields, choices, buttons and the summaries
     * that open a form at least 44 px each way; a check box or radio button at least 44 px high with its label.
     */
    void assertTargetsOfAtLeast44px(String css) {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) script(
                "const small = [];"
                        + "const visible = e => e.getClientRects().length > 0;"
                        + "for (const scope of document.querySelectorAll(arguments[0])) {"
                        + "  for (const e of scope.querySelectorAll('input, select, textarea, button, summary')) {"
                        + "    if (e.type === 'hidden' || !visible(e)) continue;"
                        + "    const box = e.type === 'checkbox' || e.type === 'radio'"
                        + "      ? document.querySelector('label[for=\"' + CSS.escape(e.id) + '\"]') : e;"
                        + "    if (!box) { small.push('#' + e.id + ' has no label'); continue; }"
                        + "    const r = box.getBoundingClientRect();"
                        + "    const wide = box === e ? r.width : 44;"
                        + "    if (r.height < 44 || wide < 44)"
                        + "      small.push((e.id ? '#' + e.id : e.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height));"
                        + "  }"
                        + "}"
                        + "return small;",
                css);
        if (!small.isEmpty())
            throw new AssertionError("targets smaller than 44 px in " + css + " (" + currentPath() + "): " + small);
    }

    /** What the page wrote to the console (errors first of all), for a failing test's report. */
    java.util.List<String> console() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a left-over temporary profile is harmless
        }
    }
}
