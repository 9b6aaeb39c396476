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

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kill tracker pages in a real headless Chromium, as the superuser: a webhook (its URL checked at its
 * field and never shown again), a tracker through the form (labels bound to their inputs, a rule refusing
 * it at the right field, lists picked by name), the tracker list with names and paging, a test run with a
 * summary of the kill and verdicts in words, and the paged matches. Screenshots go to docs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KillTrackerBrowserIT extends BrowserTest {

    static final String CAPITALS = "Browser capitals near Amamake";

    @BeforeAll
    static void logInAsTheSuperuser() {
        browser.get(Http.BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Aria Valen"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-name")));
    }

    /** The error shown at one field of a form (the page kit's field error under the input). */
    static String fieldError(String inputId) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//*[@id='" + inputId
                + "']/ancestor::div[contains(concat(' ', @class, ' '), ' b-field ') or contains(concat(' ', @class, ' '), ' b-check ')][1]"
                + "//*[contains(@class,'b-field-error')]"))).getText();
    }

    /** Picks an entry of a page-kit picker by typing part of its name. */
    static void pick(String inputId, String typed, String name) {
        field(inputId + "_input").sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//li[contains(@class,'ui-autocomplete-item') and "
                + "normalize-space(.)='" + name + "']"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-autocomplete-panel .ui-autocomplete-item")));
    }

    /** Clicks an element scrolled to the middle of the window (the form's Save bar sticks to the bottom). */
    static void clickInView(WebElement e) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    static WebElement trackerRow(String name) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[.//a[normalize-space(text())='" + name + "']]")));
    }

    @Test
    @Order(1)
    void aWebhookNeedsADiscordUrlAtItsFieldAndItsUrlIsNeverShown() throws Exception {
        open("/killtracker/webhooks.xhtml");
        field("webhook-form:name").sendKeys("Browser intel");
        field("webhook-form:url").sendKeys("https://example.com/not-a-webhook");
        click("webhook-form:save");
        assertTrue(fieldError("webhook-form:url").contains("Webhook URL: A Discord webhook URL starts with https://discord.com/api/webhooks/"),
                fieldError("webhook-form:url"));
        WebElement url = field("webhook-form:url");
        url.clear();
        url.sendKeys(Http.BASE + "/sim/discord/webhooks/7201/browser-intel-secret");
        click("webhook-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Webhook Browser intel saved"));
        String row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[.//strong[text()='Browser intel']]"))).getText();
        assertTrue(row.contains("localhost · webhook 7201 · token ••••••"), row);
        assertFalse(browser.getPageSource().contains("browser-intel-secret"), "the token is a secret");
        long id = ((Number) Db.value("SELECT webhook_id FROM notify_webhook WHERE name = 'Browser intel'")).longValue();
        open("/killtracker/webhooks.xhtml?edit=" + id);
        assertEquals("", field("webhook-form:url").getAttribute("value"), "editing does not send the URL back");
        assertFalse(browser.getPageSource().contains("browser-intel-secret"), "not even to its editor");
        Chromium.screenshot(browser, "killtracker-webhooks.png");
        field("webhook-form:notes").sendKeys("Intel channel");
        click("webhook-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Webhook Browser intel saved"));
        assertEquals(Http.BASE + "/sim/discord/webhooks/7201/browser-intel-secret",
                Db.value("SELECT url FROM notify_webhook WHERE webhook_id = ?", id), "an empty URL field keeps the URL");
        assertEquals("Intel channel", Db.value("SELECT notes FROM notify_webhook WHERE webhook_id = ?", id));
    }

    @Test
    @Order(2)
    void m12_sendTestMessageReachesDiscordWithoutLeavingThePage() throws Exception {
        open("/killtracker/webhooks.xhtml");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//tr[.//strong[text()='Browser intel']]")));
        browser.executeScript("window.notReloaded = true");
        row.findElement(By.xpath(".//button[contains(@id, ':test')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Initiated sending of 1 test message"));
        assertEquals(Boolean.TRUE, browser.executeScript("return window.notReloaded === true"), "an ajax request, not a reload");
        KillTrackerFixtures.await(15_000, () -> !KillTrackerFixtures.posts("7201").isEmpty());
        assertFalse(KillTrackerFixtures.posts("7201").isEmpty(), "the test message reached the sink");
    }

    @Test
    @Order(2)
    void deletingAWebhookAsksFirst() throws Exception {
        long id = KillTrackerFixtures.webhook("7298");
        open("/killtracker/webhooks.xhtml");
        By delete = By.xpath("//tr[.//strong[text()='it-7298']]//button[contains(@id, ':delete')]");
        wait.until(ExpectedConditions.elementToBeClickable(delete)).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertTrue(dialog.getText().contains("Delete webhook it-7298?"), dialog.getText());
        click("confirm-yes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Webhook deleted"));
        assertEquals(0, Db.count("SELECT count(*) FROM notify_webhook WHERE webhook_id = ?", id));
    }

    @Test
    @Order(3)
    void everyLabelOfTheTrackerFormIsBoundToItsInputAndTheNpcLabelTicksExactlyItsField() throws Exception {
        open("/killtracker/tracker.xhtml");
        @SuppressWarnings("unchecked")
        List<String> unbound = (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'#tracker-form label[for]')).filter(l => { const e = document.getElementById(l.htmlFor); "
                + "return !e || !['INPUT','SELECT','TEXTAREA'].includes(e.tagName); }).map(l => l.htmlFor + ': ' + l.textContent)");
        assertEquals(List.of(), unbound, "labels whose for names no input");
        long labels = (Long) browser.executeScript("return document.querySelectorAll('#tracker-form label[for]').length");
        assertTrue(labels >= 45, "every field has its label: " + labels);
        @SuppressWarnings("unchecked")
        List<String> unlabelled = (List<String>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'#tracker-form input[type=checkbox]')).filter(i => !document.querySelector('label[for=\"' + i.id + '\"]')).map(i => i.id)");
        assertEquals(List.of(), unlabelled, "checkboxes without a label");

        Map<String, Boolean> before = checkboxes();
        clickInView(browser.findElement(By.xpath("//label[normalize-space(text())='Exclude NPC kills']")));
        Map<String, Boolean> after = checkboxes();
        Map<String, Boolean> changed = new LinkedHashMap<>();
        after.forEach((id, on) -> {
            if (!on.equals(before.get(id))) {
                changed.put(id, on);
            }
        });
        assertEquals(Map.of("tracker-form:excludeNpc", true), changed, "clicking the words ticks exactly that box");

        field("tracker-form:name").sendKeys("Browser no NPC");
        new Select(field("tracker-form:webhook")).selectByVisibleText("Browser intel");
        click("tracker-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tracker Browser no NPC saved"));
        assertEquals(1, Db.count("SELECT count(*) FROM kt_tracker WHERE name = 'Browser no NPC' AND exclude_npc AND NOT require_npc"));
    }

    private static Map<String, Boolean> checkboxes() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (WebElement box : browser.findElements(By.cssSelector("#tracker-form input[type=checkbox]"))) {
            out.put(box.getAttribute("id"), box.isSelected());
        }
        return out;
    }

    @Test
    @Order(4)
    void aTrackerIsRefusedAtTheRightFieldAndSavedWithListsPickedByName() throws Exception {
        open("/killtracker/tracker.xhtml");
        field("tracker-form:name").sendKeys(CAPITALS);
        new Select(field("tracker-form:webhook")).selectByVisibleText("Browser intel");
        field("tracker-form:maxJumps_input").sendKeys("5");
        pick("tracker-form:victim_ship_groups", "Dreadn", "Dreadnought");
        pick("tracker-form:exclude_attacker_alliances", "Bastion Dem", "Bastion Demo Alliance");
        click("tracker-form:save");
        String error = fieldError("tracker-form:origin");
        assertEquals("Origin solar system: 'Require max jumps' needs an Origin solar system to work", error);
        String messages = field("messages").getText();
        assertTrue(messages.contains("Origin solar system: 'Require max jumps'"), messages);
        assertFalse(messages.contains("j_idt") || messages.contains("tracker-form:"), "no component IDs in the messages: " + messages);
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field("tracker-form:origin_input"));
        Chromium.screenshot(browser, "killtracker-tracker-form.png");
        assertEquals(0, Db.count("SELECT count(*) FROM kt_tracker WHERE name = ?", CAPITALS), "nothing saved");

        pick("tracker-form:origin", "Amama", "Amamake");
        click("tracker-form:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tracker " + CAPITALS + " saved"));
        assertEquals(1, Db.count("SELECT count(*) FROM audit_entry WHERE action = 'tracker.create' AND target = ?",
                "tracker " + CAPITALS), "the change is audited");
    }

    @Test
    @Order(4)
    void aRefusedFormNamesEachProblemByItsFieldsLabelNotByAComponentId() throws Exception {
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        HttpResponse<String> r = aria.submit("/killtracker/tracker.xhtml", "tracker-form", "tracker-form:save", Map.of(
                "tracker-form:name", "Browser refused", "tracker-form:maxJumps_input", "3", "tracker-form:maxJumps_hinput", "3"));
        assertEquals(200, r.statusCode(), "the form stays, with the problems");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("ui-messages-error-summary\">([^<]*)<").matcher(r.body());
        List<String> messages = new java.util.ArrayList<>();
        while (m.find()) {
            messages.add(m.group(1).replace("&#39;", "'"));
        }
        assertEquals(List.of("Webhook: Choose the webhook this tracker posts to.",
                "Origin solar system: 'Require max jumps' needs an Origin solar system to work"), messages);
        assertEquals(0, Db.count("SELECT count(*) FROM kt_tracker WHERE name = 'Browser refused'"));
    }

    @Test
    @Order(5)
    void aTrackersClauseListShowsNamesNotIds() throws Exception {
        open("/killtracker/trackers.xhtml");
        field("trackers:tracker-table:globalFilter").sendKeys("Browser capitals");
        String clauses = wait.until(d -> {
            try {
                List<WebElement> rows = d.findElements(By.cssSelector("#trackers\\:tracker-table tbody tr"));
                return rows.size() == 1 && rows.get(0).getText().contains(CAPITALS)
                        ? rows.get(0).findElement(By.className("kt-clauses")).getText().replaceAll("\\s+", " ") : null;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return null; // the search re-rendered the table meanwhile
            }
        });
        long alliance = ((Number) Db.value("SELECT id FROM eve_organization WHERE name = 'Bastion Demo Alliance'")).longValue();
        assertTrue(clauses.contains("Exclude attacker alliances = Bastion Demo Alliance"), clauses);
        assertTrue(clauses.contains("Origin solar system = 0.4 Amamake"), clauses);
        assertTrue(clauses.contains("Require max jumps = 5 jumps"), clauses);
        assertTrue(clauses.contains("Require victim ship groups = Dreadnought"), clauses);
        assertFalse(clauses.contains(String.valueOf(alliance)), "no alliance ID: " + clauses);
        assertFalse(clauses.contains("30002537"), "no system ID: " + clauses);
        Chromium.screenshot(browser, "killtracker-trackers.png");
    }

    @Test
    @Order(5)
    void anEditedTrackerShowsItsListsByNameAndKeepsThemWhenSavedAgain() throws Exception {
        long id = ((Number) Db.value("SELECT tracker_id FROM kt_tracker WHERE name = ?", CAPITALS)).longValue();
        String entries = "SELECT string_agg(list || '=' || ref_id, ',' ORDER BY list, ref_id) FROM kt_tracker_entry WHERE tracker_id = ?";
        Object before = Db.value(entries, id);
        assertTrue(String.valueOf(before).contains("VICTIM_SHIP_GROUPS=485"), String.valueOf(before));
        open("/killtracker/tracker.xhtml?id=" + id);
        assertEquals(CAPITALS, field("tracker-title").getText());
        assertTrue(field("tracker-form:origin").getText().contains("Amamake")
                || "Amamake".equals(field("tracker-form:origin_input").getAttribute("value")), "the origin by name");
        assertTrue(field("tracker-form:exclude_attacker_alliances").getText().contains("Bastion Demo Alliance"),
                field("tracker-form:exclude_attacker_alliances").getText());
        assertTrue(field("tracker-form:victim_ship_groups").getText().contains("Dreadnought"));
        clickInView(field("tracker-form:save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tracker " + CAPITALS + " saved"));
        assertEquals(before, Db.value(entries, id), "saving the form again keeps every list");
        assertEquals(30002537, ((Number) Db.value("SELECT origin_solar_system_id FROM kt_tracker WHERE tracker_id = ?", id)).intValue());
        assertEquals(5, ((Number) Db.value("SELECT max_jumps FROM kt_tracker WHERE tracker_id = ?", id)).intValue());
    }

    @Test
    @Order(6)
    void aTrackerIsCopiedDisabledAndCanBeEnabled() throws Exception {
        open("/killtracker/trackers.xhtml");
        trackerRow(CAPITALS).findElement(By.xpath(".//button[contains(@id, ':copy')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Copied as '" + CAPITALS + " (copy)' (disabled until you enable it)"));
        WebElement copy = trackerRow(CAPITALS + " (copy)");
        assertTrue(copy.getText().contains("Disabled"), copy.getText());
        assertTrue(copy.getText().contains("Require max jumps = 5 jumps"), copy.getText());
        copy.findElement(By.xpath(".//button[contains(@id, ':enable')]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 tracker enabled."));
    }

    @Test
    @Order(7)
    void deletingATrackerAsksFirst() throws Exception {
        open("/killtracker/trackers.xhtml");
        trackerRow(CAPITALS + " (copy)").findElement(By.xpath(".//button[contains(@id, ':delete')]")).click();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        assertTrue(dialog.getText().contains("Delete tracker " + CAPITALS + " (copy)?"), dialog.getText());
        click("confirm-no");
        assertEquals(1, Db.count("SELECT count(*) FROM kt_tracker WHERE name = ?", CAPITALS + " (copy)"), "kept when the admin says no");
        trackerRow(CAPITALS + " (copy)").findElement(By.xpath(".//button[contains(@id, ':delete')]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
        click("confirm-yes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Tracker deleted."));
        assertEquals(0, Db.count("SELECT count(*) FROM kt_tracker WHERE name = ?", CAPITALS + " (copy)"));
    }

    @Test
    @Order(8)
    void anUnknownTrackerIsA404WithTheErrorPage() throws Exception {
        open("/killtracker/tracker.xhtml?id=999999");
        assertEquals("Not found · Bastion", browser.getTitle());
        assertTrue(field("not-found").getText().contains("There is no tracker 999999."), field("not-found").getText());
        assertTrue(browser.findElements(By.id("tracker-form")).isEmpty(), "nothing of the form");
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        for (String id : List.of("999999", "abc")) {
            HttpResponse<String> r = aria.get("/killtracker/tracker.xhtml?id=" + id);
            assertEquals(404, r.statusCode(), id);
            assertTrue(r.body().contains("class=\"error-box\""), r.body());
            assertFalse(r.body().contains("tracker-form"), "no half-built form");
        }
        assertEquals(404, aria.get("/killtracker/webhooks.xhtml?edit=999999").statusCode());
    }

    private static void runTestOf(long killmailId) {
        WebElement id = field("test-run:killmail_input");
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE); // clear() does not reach PrimeFaces' number widget
        id.sendKeys(String.valueOf(killmailId));
        click("test-run:run");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("kill-summary")));
    }

    /** Whether every tracker's box is ticked (or every one unticked), once the list has been re-rendered. */
    private static boolean boxes(boolean ticked) {
        try {
            List<WebElement> all = browser.findElements(By.cssSelector("#test-run\\:trackers input[type=checkbox]"));
            return !all.isEmpty() && all.stream().allMatch(b -> b.isSelected() == ticked);
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return false;
        }
    }

    private static void tick(String trackerName) {
        WebElement label = browser.findElement(By.xpath("//table[@id='test-run:trackers']//label[normalize-space(text())='"
                + trackerName + "']"));
        WebElement box = browser.findElement(By.id(label.getAttribute("for")));
        if (!box.isSelected()) {
            label.click();
        }
    }

    @Test
    @Order(9)
    void aTestRunSummarisesTheKillAndShowsMatchAndNoMatchInWords() throws Exception {
        long killmailId = KillTrackerFixtures.publish(10000101);
        long allKills = ((Number) Db.value("SELECT tracker_id FROM kt_tracker WHERE name = 'All kills'")).longValue();
        long capitals = ((Number) Db.value("SELECT tracker_id FROM kt_tracker WHERE name = ?", CAPITALS)).longValue();
        open("/killtracker/test.xhtml");
        click("test-run:select-all");
        wait.until(d -> boxes(true));
        click("test-run:select-none");
        wait.until(d -> boxes(false));
        tick("All kills");
        tick(CAPITALS);
        runTestOf(killmailId);

        String summary = field("kill-summary").getText();
        for (String name : List.of("Lex Luthor", "LexCorp", "LexGlobal", "Svipul", "Haras", "3 pilots", "Bruce Wayne", "10.00k ISK", "EVE")) {
            assertTrue(summary.contains(name), name + " in " + summary);
        }
        assertFalse(summary.contains("1011") || summary.contains("34562") || summary.contains("30003087"), "no IDs: " + summary);

        WebElement match = field("result-" + allKills);
        assertTrue(match.getAttribute("class").contains("kt-result-match"), match.getAttribute("class"));
        assertTrue(match.getText().contains("MATCH"), match.getText());
        WebElement noMatch = field("result-" + capitals);
        assertTrue(noMatch.getAttribute("class").contains("kt-result-nomatch"), noMatch.getAttribute("class"));
        assertTrue(noMatch.getText().contains("No match"), noMatch.getText());
        String verdicts = noMatch.getText();
        assertTrue(verdicts.contains("Require max jumps failed"), verdicts);
        assertTrue(verdicts.contains("from the origin; limit 5 jumps"), verdicts);
        assertTrue(verdicts.contains("Require victim ship groups failed none listed; the killmail has Svipul"), verdicts);
        assertTrue(verdicts.contains("Exclude attacker alliances passed none listed; the killmail has Wayne Enterprise"), verdicts);
        assertFalse(verdicts.contains("null") || verdicts.contains("[") || verdicts.contains("34562"), verdicts);
        browser.executeScript("arguments[0].scrollIntoView()", noMatch);
        Chromium.screenshot(browser, "killtracker-test-run.png");
    }

    @Test
    @Order(10)
    void aTestRunForAnUnknownKillmailSaysSo() throws Exception {
        open("/killtracker/test.xhtml?tracker=" + Db.value("SELECT tracker_id FROM kt_tracker WHERE name = 'All kills'"));
        WebElement id = field("test-run:killmail_input");
        id.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        id.sendKeys("999999999");
        click("test-run:run");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("test-run:error")));
        String error = field("test-run:error").getText();
        assertTrue(error.contains("zKillboard does not know killmail 999999999"), error);
    }

    @Test
    @Order(11)
    void item9_aTestRunPostsNothingToDiscordUnlessTheAdminTicksIt() throws Exception {
        long killmailId = KillTrackerFixtures.publish(10000101);
        String queued = "SELECT count(*) FROM notify_outbox WHERE source LIKE 'Test run of tracker%, killmail ' || ?";
        open("/killtracker/test.xhtml?tracker=" + Db.value("SELECT tracker_id FROM kt_tracker WHERE name = 'All kills'"));
        assertFalse(browser.findElement(By.id("test-run:post")).isSelected(), "unticked by default");
        runTestOf(killmailId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test-run:outcome"), "MATCH"));
        assertFalse(field("test-run:outcome").getText().contains("Posted to Discord"));
        assertEquals(0, Db.count(queued, String.valueOf(killmailId)), "nothing queued for Discord");
        // Ticked on purpose (by its label's words), the match is posted like a real one.
        assertFalse(browser.findElement(By.id("test-run:post")).isSelected(), "still unticked after the run");
        browser.findElement(By.xpath("//label[@for='test-run:post']")).click();
        assertTrue(browser.findElement(By.id("test-run:post")).isSelected());
        click("test-run:run");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("test-run:outcome"), "Posted to Discord"));
        assertEquals(1, Db.count(queued, String.valueOf(killmailId)));
    }

    @Test
    @Order(12)
    void theTrackerListPagesAt25Rows() throws Exception {
        long webhook = ((Number) Db.value("SELECT webhook_id FROM notify_webhook WHERE name = 'Browser intel'")).longValue();
        String prefix = "Browser paging " + System.nanoTime() + " ";
        for (int i = 1; i <= 26; i++) {
            KillTrackerFixtures.tracker(prefix + String.format("%02d", i), webhook, "enabled = false");
        }
        open("/killtracker/trackers.xhtml");
        field("trackers:tracker-table:globalFilter").sendKeys(prefix.strip());
        wait.until(d -> d.findElement(By.id("trackers:tracker-table")).getText().contains("1–25 of 26"));
        assertEquals(25, browser.findElements(By.cssSelector("#trackers\\:tracker-table tbody tr")).size());
        browser.findElement(By.cssSelector("#trackers\\:tracker-table .ui-paginator-next")).click();
        wait.until(d -> d.findElement(By.id("trackers:tracker-table")).getText().contains("26–26 of 26"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#trackers\\:tracker-table tbody tr"));
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getText().contains(prefix + "26"), rows.get(0).getText());
    }

    @Test
    @Order(13)
    void matchesArePagedAt25RowsWithNamesAndLinks() throws Exception {
        long webhook = ((Number) Db.value("SELECT webhook_id FROM notify_webhook WHERE name = 'Browser intel'")).longValue();
        String name = "Browser matches " + System.nanoTime();
        long tracker = KillTrackerFixtures.tracker(name, webhook, "min_attackers = 3, max_attackers = 3");
        long first = 0;
        for (int i = 0; i < 26; i++) {
            long id = KillTrackerFixtures.publish(10000101);
            first = first == 0 ? id : first;
        }
        String count = "SELECT count(*) FROM kt_match WHERE tracker_id = ?";
        KillTrackerFixtures.await(90_000, () -> Db.count(count, tracker) >= 26);
        long total = Db.count(count, tracker);
        assertTrue(total >= 26, "the feed matched " + total);

        open("/killtracker/matches.xhtml?tracker=" + tracker);
        assertEquals(25, browser.findElements(By.cssSelector("#matches\\:match-table tbody tr")).size());
        String table = field("matches:match-table").getText();
        assertTrue(table.contains("1–25 of " + total), table);
        WebElement row = browser.findElement(By.cssSelector("#matches\\:match-table tbody tr"));
        String text = row.getText();
        for (String part : List.of("Svipul", "Haras", "3 pilots", "10.00k ISK", name, "zKillboard")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        assertTrue(row.findElement(By.partialLinkText("zKillboard")).getAttribute("href").startsWith("https://zkillboard.com/kill/"));
        assertEquals("https://evemaps.dotlan.net/system/Haras", row.findElement(By.linkText("Haras")).getAttribute("href"));
        Chromium.screenshot(browser, "killtracker-matches.png");

        browser.findElement(By.cssSelector("#matches\\:match-table .ui-paginator-next")).click();
        wait.until(d -> d.findElement(By.id("matches:match-table")).getText().contains("26–" + total + " of " + total));
        assertEquals(total - 25, browser.findElements(By.cssSelector("#matches\\:match-table tbody tr")).size());
        assertTrue(browser.getPageSource().contains("/kill/" + first + "/"), "the oldest match is on the last page");
    }
}
