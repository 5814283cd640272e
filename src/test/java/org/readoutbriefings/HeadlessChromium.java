package org.readoutbriefings;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver: nothing is downloaded. Its
 * console and its network requests are read from Chrome's own logs. Where they are not installed, a test
 * using it is skipped, except in CI (CI=true), which installs them with .ci/chromium.sh and must run it.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ChromeDriver driver;

    /** Skips the calling test (fails it in CI) when Chromium or its driver is missing. */
    static void assumeInstalled() {
        boolean installed = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            fail("CI must run the browser tests: " + BROWSER + " or " + DRIVER + " is missing; .ci/chromium.sh installs them");
        }
        assumeTrue(installed, "headless Chromium is not installed (" + BROWSER + ", " + DRIVER
                + "): bash .ci/chromium.sh installs Debian's chromium and chromium-driver");
    }

    HeadlessChromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run", "--disable-extensions", "--disable-sync",
                "--disable-background-networking", "--disable-component-update");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** What the page wrote to its console since the last call, errors included (a CSP violation is one). */
    List<LogEntry> console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    /** Every URL the browser requested since the last call, from Chrome's network events. */
    List<String> requests() {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(e -> JSON.readTree(e.getMessage()).path("message"))
                .filter(m -> m.path("method").asString("").equals("Network.requestWillBeSent"))
                .map(m -> m.path("params").path("request").path("url").asString(""))
                .toList();
    }

    /** The whole page at a width, as PNG: the viewport is made as tall as the page. */
    byte[] screenshot(int width, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", mobile));
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height.intValue(), "deviceScaleFactor", 1, "mobile", mobile));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        return png;
    }

    /**
     * Saves a screenshot under target/screenshots and, when the build is given {@code -Ddocs.images=docs/images},
     * there too, for the README.
     */
    static void save(byte[] png, String name) throws IOException {
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots", name), png);
        String docs = System.getProperty("docs.images");
        if (docs != null && !docs.isBlank()) {
            Files.write(Files.createDirectories(Path.of(docs)).resolve(name), png);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
