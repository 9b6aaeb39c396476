package dev.bastion.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** A headless Chromium for one test class, with the waits every page test needs. */
abstract class BrowserTest {

    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // Ajax updates and reloads replace elements while a wait reads them: a stale element is read again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Opens a page of the test server and waits until it is rendered. */
    static void open(String path) {
        browser.get(Http.BASE + path);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    static WebElement field(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    static void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }
}
