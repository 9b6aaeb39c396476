package dev.bastion.it;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Debian's headless Chromium for the browser tests, and screenshots into docs/screenshots. */
final class Chromium {

    private Chromium() {
    }

    static ChromeDriver start() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        // Without the background-networking flags Chromium keeps trying hosts this closed network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("chromium"));
        // The console log, so that tests can see Content-Security-Policy violations, and the network log
        // (DevTools events), so that they can see every font, stylesheet, script and image a page loads.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL", "performance", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    /** The URL and status of every response the browser received since the last call (4xx/5xx included). */
    static java.util.List<String[]> responses(WebDriver browser) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        for (org.openqa.selenium.logging.LogEntry e : browser.manage().logs().get("performance")) {
            jakarta.json.JsonObject message = jakarta.json.Json.createReader(new java.io.StringReader(e.getMessage()))
                    .readObject().getJsonObject("message");
            if ("Network.responseReceived".equals(message.getString("method", ""))) {
                jakarta.json.JsonObject response = message.getJsonObject("params").getJsonObject("response");
                out.add(new String[] {response.getString("url"), String.valueOf(response.getInt("status"))});
            }
        }
        return out;
    }

    /** Renders as if the operating system preferred a dark (or light) colour scheme. */
    static void preferDark(ChromeDriver browser, boolean dark) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /**
     * Lays the page out as a screen of this size would (a phone when {@code mobile}: the page's viewport meta
     * applies). Through DevTools, because a desktop window cannot be made narrower than about 500 px.
     */
    static void emulate(ChromeDriver browser, int width, int height, boolean mobile) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    static void stopEmulating(ChromeDriver browser) {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }

    /** How many px the page is wider than the screen it is laid out for (0 when it fits). */
    static long overflow(ChromeDriver browser) {
        return ((Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
    }

    /** A screenshot of the whole page at this width, as tall as the page is. */
    static void fullPage(ChromeDriver browser, int width, boolean mobile, String name) throws Exception {
        emulate(browser, width, 900, mobile);
        long height = ((Number) browser.executeScript("return Math.max(document.documentElement.scrollHeight, "
                + "document.body.scrollHeight)")).longValue();
        emulate(browser, width, (int) Math.min(Math.max(height, 600), 8000), mobile);
        screenshot(browser, name);
        stopEmulating(browser);
    }

    static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Path.of(System.getProperty("bastion.screenshots.dir", "docs/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
