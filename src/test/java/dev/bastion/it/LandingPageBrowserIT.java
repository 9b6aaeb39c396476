package dev.bastion.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The landing page in a real headless Chromium; its screenshot goes to docs/screenshots. */
class LandingPageBrowserIT extends BrowserTest {

    @Test
    void landingPageShowsWhatBastionIsTheDemoBannerAndTheLoadedMap() throws Exception {
        browser.get(Http.BASE + "/");
        WebDriverWait firstStart = new WebDriverWait(browser, Duration.ofSeconds(90)); // the map may still be loading
        firstStart.until(ExpectedConditions.presenceOfElementLocated(By.id("universe-summary")));
        assertTrue(browser.findElement(By.id("demo-banner")).getText().contains("DEMO"));
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Bastion"));
        assertTrue(browser.findElement(By.id("universe-summary")).getText().contains("8437 solar systems"));
        screenshot("landing.png");
    }

    static void screenshot(String name) throws Exception {
        Chromium.screenshot(browser, name);
    }
}
