package org.budgetwatch.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
