package org.budgetwatch.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real headless Chromium (the system's chromium and chromedriver, as Debian installs them; .ci/run
 * installs both). Where they are missing the test is skipped and says why.
 */
final class SearchPageBrowser implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private SearchPageBrowser(ChromeDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    static void assumeChromium() {
        Optional<String> browser = first(BROWSERS);
        Optional<String> driver = first(DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            String reason = "Skipping the browser test: no Chromium and chromedriver found (looked for " + BROWSERS + " and " + DRIVERS
                    + "); install them with: apt-get install chromium chromium-driver";
            System.out.println(reason);
            Assumptions.abort(reason);
        }
    }

    static SearchPageBrowser open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(first(BROWSERS).orElseThrow());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1400,1000", "--lang=zh-CN");
        // the page's console, so that a test sees what a developer's console would (a missing favicon is SEVERE there)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(first(DRIVERS).orElseThrow()))
                .usingAnyFreePort().build();
        return new SearchPageBrowser(new ChromeDriver(service, options));
    }

    /** Opens the page, types the words into the search box and submits, as a reader would. */
    void search(String pageUrl, String words) {
        driver.get(pageUrl);
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.clear();
        box.sendKeys(words);
        driver.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("results"), "data-query", words));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li")));
    }

    void openFirstDocument() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#results a.doc-link"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-view .table-block")));
    }

    /** Opens a search by its address, as a bookmark would: the page loads afresh and shows its results and facets. */
    void visitSearch(String url) {
        driver.get(url);
        driver.navigate().refresh();
        wait.ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#results li")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#facets ul")));
    }

    void openDocument(String pageUrl, String documentId) {
        driver.get(pageUrl + "#/doc/" + documentId);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#document-view .doc-header h1")));
    }

    boolean isDisplayed(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Where an element's top is in the window: 0 is the top edge; past the window's height means scrolled out of view. */
    long viewportTop(String selector) {
        return ((Number) driver.executeScript("return Math.round(document.querySelector(arguments[0]).getBoundingClientRect().top)", selector)).longValue();
    }

    long windowHeight() {
        return ((Number) driver.executeScript("return window.innerHeight")).longValue();
    }

    String text(String selector) {
        return String.join("\n", driver.findElements(By.cssSelector(selector)).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).toList());
    }

    List<String> texts(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    /** The first entry of the document's list of findings is clicked; answers the note it jumped to and where that note is. */
    WebElement jumpToFirstFinding() {
        WebElement entry = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#finding-index a.jump")));
        String target = entry.getAttribute("data-target");
        entry.click();
        return wait.until(d -> {
            WebElement note = d.findElement(By.id(target));
            long top = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top", note)).longValue();
            return top >= 0 && top < windowHeight() ? note : null;
        });
    }

    /** Follows a finding's rule link and answers the explanation the page shows. */
    String followRuleLink(WebElement note) {
        note.findElement(By.cssSelector("a.rule-link")).click();
        return wait.until(d -> {
            String text = text("#rule-view dd.checks");
            return text.isBlank() ? null : text;
        });
    }

    /** Facet values shown for one dimension, with their counts. */
    java.util.Map<String, Long> facet(String dimension) {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (WebElement link : driver.findElements(By.cssSelector("#facets ul[data-facet='" + dimension + "'] a"))) {
            List<WebElement> spans = link.findElements(By.tagName("span"));
            counts.put(spans.get(0).getText(), Long.parseLong(spans.get(1).getText()));
        }
        return counts;
    }

    /** The count shown beside a result type tab, e.g. 核查问题 (3). */
    long typeCount(String type) {
        String text = driver.findElement(By.cssSelector("#types a[data-type='" + type + "']")).getText();
        return Long.parseLong(text.replaceAll(".*\\((\\d+)\\).*", "$1"));
    }

    /** Console messages at SEVERE (failed requests such as a missing favicon, script errors). */
    List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    List<WebElement> highlightedFindings() {
        return wait.until(d -> {
            List<WebElement> cells = d.findElements(By.cssSelector("#document-view td.finding")).stream().filter(WebElement::isDisplayed).toList();
            return cells.isEmpty() ? null : cells;
        });
    }

    List<String> findingNotes() {
        return driver.findElements(By.cssSelector("#document-view .finding-note")).stream().map(WebElement::getText).toList();
    }

    /** Saves what the reader sees, scrolled to the first cell highlighted for an error or a warning. */
    Path screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        List<WebElement> highlighted = driver.findElements(By.cssSelector("#document-view td.finding.ERROR, #document-view td.finding.WARNING"));
        if (!highlighted.isEmpty()) {
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", highlighted.get(0));
        }
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    private static Optional<String> first(List<String> candidates) {
        return Stream.of(candidates.toArray(String[]::new)).filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
