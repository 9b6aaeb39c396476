package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill tracker admin pages in a real headless Chromium, as the superuser: a webhook with URL
 * validation, a tracker through the form (a form rule refusing it first, then autocomplete for the
 * origin), the tracker list, and a test run against a published killmail. Screenshots go to docs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillTrackerBrowserIT extends BrowserTest {

    @BeforeAll
    static void logInAsTheSuperuser() {
        browser.get(Http.BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Aria Valen"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-name")));
    }

    @Test
    @Order(1)
    void aWebhookNeedsADiscordUrl() throws Exception {
        open("/killtracker/webhooks.xhtml");
        field("webhook-form:name").sendKeys("Browser intel");
        field("webhook-form:url").sendKeys("https://example.com/not-a-webhook");
        click("webhook-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "A Discord webhook URL starts with https://discord.com/api/webhooks/"));
        WebElement url = field("webhook-form:url");
        url.clear();
        url.sendKeys(Http.BASE + "/sim/discord/webhooks/7201/browser-intel");
        click("webhook-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Webhook Browser intel saved"));
        Chromium.screenshot(browser, "killtracker-webhooks.png");
        String table = field("webhooks:webhook-table").getText();
        assertTrue(table.contains("Browser intel"), table);
    }

    @Test
    @Order(2)
    void m12_sendTestMessageReachesDiscord() throws Exception {
        open("/killtracker/webhooks.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[.//strong[text()='Browser intel']]")));
        row.findElement(By.xpath(".//button[contains(@id, ':test')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Initiated sending of 1 test message"));
        KillTrackerFixtures.await(15_000, () -> !KillTrackerFixtures.posts("7201").isEmpty());
        assertEquals("Test message from Killtracker.",
                KillTrackerFixtures.posts("7201").get(0).getJsonObject("payload").getString("content"));
    }

    @Test
    @Order(3)
    void aTrackerIsCheckedByTheFormRulesAndSavedWithAnAutocompletedOrigin() throws Exception {
        open("/killtracker/tracker.xhtml");
        field("tracker-form:name").sendKeys("Browser capitals near Amamake");
        new Select(field("tracker-form:webhook")).selectByVisibleText("Browser intel");
        field("tracker-form:maxJumps_input").sendKeys("5");
        WebElement groups = field("tracker-form:victim_ship_groups_input");
        groups.sendKeys("Dreadn");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'Dreadnought (485)')]"))).click();
        click("tracker-form:save");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracker-form:problems")));
        assertTrue(field("tracker-form:problems").getText().contains("'Require max jumps' needs an Origin solar system to work"));
        Chromium.screenshot(browser, "killtracker-tracker-form.png");
        assertEquals(0, Db.count("SELECT count(*) FROM kt_tracker WHERE name = 'Browser capitals near Amamake'"), "nothing saved");

        WebElement origin = field("tracker-form:origin_input");
        origin.sendKeys("Amama");
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'Amamake (30002537)')]"))).click();
        click("tracker-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tracker Browser capitals near Amamake saved"));
        String list = field("trackers:tracker-table").getText();
        assertTrue(list.contains("Origin solar system = Amamake"), list);
        assertTrue(list.contains("Require max jumps = 5"), list);
        assertTrue(list.contains("Require victim ship groups = Dreadnought"), list);
        assertEquals(1, Db.count("SELECT count(*) FROM audit_entry WHERE action = 'tracker.create' "
                + "AND target = 'tracker Browser capitals near Amamake'"), "the change is audited");
        Chromium.screenshot(browser, "killtracker-trackers.png");
    }

    @Test
    @Order(4)
    void aTrackerIsCopiedDisabledAndCanBeEnabled() {
        open("/killtracker/trackers.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[.//strong[text()='Browser capitals near Amamake']]")));
        row.findElement(By.xpath(".//button[contains(@id, ':copy')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Copied as 'Browser capitals near Amamake (copy)' (disabled until you enable it)"));
        WebElement copy = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tr[.//strong[text()='Browser capitals near Amamake (copy)']]")));
        assertTrue(copy.getText().contains("Require max jumps = 5"), copy.getText());
        copy.findElement(By.xpath(".//button[contains(@id, ':enable')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 tracker enabled."));
    }

    @Test
    @Order(5)
    void aTestRunShowsEveryClauseOfEachTracker() throws Exception {
        long killmailId = KillTrackerFixtures.publish(10000101);
        open("/killtracker/test.xhtml");
        for (WebElement box : browser.findElements(By.cssSelector("#test-run\\:trackers input[type=checkbox]"))) {
            String label = browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
            if (label.startsWith("All kills") || label.startsWith("Browser capitals near Amamake")) {
                box.click();
            }
        }
        WebElement id = field("test-run:killmail_input");
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // clear() does not reach PrimeFaces' number widget
        id.sendKeys(String.valueOf(killmailId));
        click("test-run:run");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "All kills: MATCH"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Browser capitals near Amamake: no match"), page);
        assertTrue(page.contains("Require max jumps FAILED"), page);
        assertTrue(page.contains("Require victim ship groups FAILED"), page);
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.xpath(
                "//*[contains(text(), 'Browser capitals near Amamake: no match')]")));
        Chromium.screenshot(browser, "killtracker-test-run.png");
    }

    @Test
    @Order(6)
    void aTestRunForAnUnknownKillmailSaysSo() throws Exception {
        open("/killtracker/test.xhtml?tracker=" + Db.value("SELECT tracker_id FROM kt_tracker WHERE name = 'All kills'"));
        WebElement id = field("test-run:killmail_input");
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // clear() does not reach PrimeFaces' number widget
        id.sendKeys("999999999");
        click("test-run:run");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("test-run:error")));
        String error = field("test-run:error").getText();
        assertTrue(error.contains("zKillboard does not know killmail 999999999"), error);
    }

    @Test
    @Order(6)
    void item9_aTestRunPostsNothingToDiscordUnlessTheAdminTicksIt() throws Exception {
        long killmailId = KillTrackerFixtures.publish(10000101);
        String queued = "SELECT count(*) FROM notify_outbox WHERE source LIKE 'Test run of tracker%, killmail ' || ?";
        open("/killtracker/test.xhtml?tracker=" + Db.value("SELECT tracker_id FROM kt_tracker WHERE name = 'All kills'"));
        assertFalse(browser.findElement(By.id("test-run:post_input")).isSelected(), "unticked by default");
        WebElement id = field("test-run:killmail_input");
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        id.sendKeys(String.valueOf(killmailId));
        click("test-run:run");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "All kills: MATCH"));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("(posted to Discord)"));
        assertEquals(0, Db.count(queued, String.valueOf(killmailId)), "nothing queued for Discord");
        // Ticked on purpose, the match is posted like a real one.
        assertFalse(browser.findElement(By.id("test-run:post_input")).isSelected(), "still unticked after the run");
        browser.findElement(By.cssSelector("#test-run\\:post .ui-chkbox-box")).click();
        wait.until(d -> d.findElement(By.id("test-run:post_input")).isSelected());
        click("test-run:run");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "All kills: MATCH (posted to Discord)"));
        assertEquals(1, Db.count(queued, String.valueOf(killmailId)));
    }

    @Test
    @Order(7)
    void recentMatchesAreListed() throws Exception {
        open("/killtracker/matches.xhtml");
        assertTrue(field("match-table").isDisplayed());
        Chromium.screenshot(browser, "killtracker-matches.png");
    }
}
