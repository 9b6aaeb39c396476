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

    /** A screenshot of the whole page, not only the window: the window grows to the page's height first. */
    static void fullPage(ChromeDriver browser, int width, String name) throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
        // Grow the window until the viewport holds the whole page (its size includes more than the viewport,
        // and a taller viewport can change the layout): a few rounds settle it.
        for (int round = 0; round < 4; round++) {
            long page = ((Number) browser.executeScript("return Math.max(document.documentElement.scrollHeight, "
                    + "document.body.scrollHeight)")).longValue();
            long viewport = ((Number) browser.executeScript("return window.innerHeight")).longValue();
            if (page <= viewport || viewport >= 6000) {
                break;
            }
            int current = browser.manage().window().getSize().getHeight();
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, (int) Math.min(current + page - viewport, 6000)));
        }
        screenshot(browser, name);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    static void screenshot(WebDriver browser, String name) throws Exception {
        Path dir = Path.of(System.getProperty("bastion.screenshots.dir", "docs/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
