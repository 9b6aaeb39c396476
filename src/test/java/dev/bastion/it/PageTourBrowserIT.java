package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, done when: every page, as an admin and as a member, loads every font, stylesheet, script and
 * image it asks for (read from the browser's network log: no 4xx or 5xx), has no horizontal overflow at
 * 390 px, and is shot at 1400 px and 390 px, light and dark, into docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageTourBrowserIT extends BrowserTest {

    static final long ARIA = SsoLoginIT.ARIA;   // superuser: sees every page
    static final long IVO = IdentityBrowserIT.IVO; // a member without admin permissions

    static long trackerId;
    static long ariaUserId;

    @BeforeAll
    static void somethingOnEveryPage() throws Exception {
        long webhook = KillTrackerFixtures.webhook("7901");
        trackerId = KillTrackerFixtures.tracker("Tour tracker", webhook, null);
        ariaUserId = ((Number) Db.value("SELECT user_id FROM character_ownership WHERE character_id = ?", ARIA)).longValue();
    }

    /** Page name (the screenshot's) to path, in the order a person would visit them. */
    static Map<String, String> adminPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("home", "/index.xhtml");
        pages.put("account", "/account.xhtml");
        pages.put("killtracker-matches", "/killtracker/matches.xhtml");
        pages.put("killtracker-trackers", "/killtracker/trackers.xhtml");
        pages.put("killtracker-tracker-form", "/killtracker/tracker.xhtml?id=" + trackerId);
        pages.put("killtracker-webhooks", "/killtracker/webhooks.xhtml");
        pages.put("killtracker-test-run", "/killtracker/test.xhtml?tracker=" + trackerId);
        pages.put("admin-users", "/admin/users.xhtml");
        pages.put("admin-user", "/admin/user.xhtml?id=" + ariaUserId);
        pages.put("admin-states", "/admin/states.xhtml");
        pages.put("admin-groups", "/admin/groups.xhtml");
        pages.put("admin-requests", "/admin/requests.xhtml");
        pages.put("admin-permissions", "/admin/permissions.xhtml");
        pages.put("admin-audit", "/admin/audit.xhtml");
        pages.put("admin-kit", "/admin/kit.xhtml");
        pages.put("error-404", "/no-such-page.xhtml");
        return pages;
    }

    static Map<String, String> memberPages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("member-home", "/index.xhtml");
        pages.put("member-account", "/account.xhtml");
        pages.put("forbidden", "/admin/users.xhtml");
        return pages;
    }

    @Test
    @Order(1)
    void issue10_theLandingPageLoadsEverythingItAsksFor() throws Exception {
        tour(Map.of("landing", "/index.xhtml"));
    }

    @Test
    @Order(2)
    void issue10_everyPageAsAnAdminLoadsEverythingItAsksFor() throws Exception {
        logIn("Aria Valen");
        tour(adminPages());
        logOut();
    }

    @Test
    @Order(3)
    void issue10_everyPageAsAMemberLoadsEverythingItAsksFor() throws Exception {
        logIn("Ivo Stark");
        tour(memberPages());
        logOut();
    }

    private static void logIn(String who) {
        browser.get(Http.BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(who))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));
    }

    private static void logOut() {
        click("nav:logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    }

    /**
     * Opens each page in the four variants and collects every failed load and every page wider than a
     * phone, so that one run names all of them.
     */
    private static void tour(Map<String, String> pages) throws Exception {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            for (boolean dark : new boolean[] {false, true}) {
                Chromium.preferDark(browser, dark);
                Chromium.responses(browser); // forget what earlier pages loaded
                open(page.getValue());
                wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
                // Fonts load lazily, when text first needs them: wait until every face the page uses is in.
                browser.executeAsyncScript("var done = arguments[arguments.length - 1]; document.fonts.ready.then(function () { done(); });");
                for (String[] r : Chromium.responses(browser)) {
                    int status = Integer.parseInt(r[1]);
                    boolean thePageItself = r[0].startsWith(Http.BASE + page.getValue().replaceAll("\\?.*", ""));
                    if (status >= 400 && !thePageItself) {
                        failures.add(page.getKey() + (dark ? " (dark)" : "") + ": " + r[0] + " answered " + status);
                    }
                }
                String suffix = dark ? "-dark" : "";
                Chromium.fullPage(browser, 1400, false, page.getKey() + suffix + ".png");
                Chromium.emulate(browser, 390, 844, true);
                long overflow = Chromium.overflow(browser);
                if (overflow > 0) {
                    failures.add(page.getKey() + (dark ? " (dark)" : "") + ": " + overflow + " px wider than a 390 px phone");
                }
                Chromium.fullPage(browser, 390, true, page.getKey() + "-390" + suffix + ".png");
            }
        }
        Chromium.preferDark(browser, false);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    @Order(4)
    void issue10_onAPhoneTheSidebarIsADrawerBehindTheMenuButton() throws Exception {
        logIn("Aria Valen");
        Chromium.emulate(browser, 390, 844, true);
        open("/index.xhtml");
        String right = "return document.getElementById('sidebar').getBoundingClientRect().right";
        assertTrue(((Number) browser.executeScript(right)).doubleValue() <= 0, "the sidebar is out of sight");
        browser.findElement(By.cssSelector("label.b-menu-button")).click();
        wait.until(d -> ((Number) browser.executeScript(right)).doubleValue() > 200);
        assertTrue(browser.findElement(By.id("nav-users")).isDisplayed(), "the admin section is in the drawer");
        Thread.sleep(300); // the drawer slides in
        Chromium.screenshot(browser, "menu-390.png");
        Chromium.stopEmulating(browser);
        logOut();
    }

    @Test
    @Order(5)
    void issue10_theThemeFollowsTheBrowserUntilChosenAndTheChoiceFollowsTheUser() throws Exception {
        logIn("Ivo Stark");
        open("/account.xhtml");
        assertEquals("auto", browser.findElement(By.tagName("html")).getAttribute("data-theme"));
        click("theme-form:theme-dark");
        wait.until(d -> "dark".equals(browser.findElement(By.tagName("html")).getAttribute("data-theme")));
        assertEquals("dark", Db.value("SELECT p.theme FROM user_preference p JOIN character_ownership o ON o.user_id = p.user_id "
                + "WHERE o.character_id = ?", IVO));
        // Another browser (no cookie): the account remembers.
        browser.manage().deleteAllCookies();
        logIn("Ivo Stark");
        assertEquals("dark", browser.findElement(By.tagName("html")).getAttribute("data-theme"));
        click("theme-form:theme-auto");
        wait.until(d -> "auto".equals(browser.findElement(By.tagName("html")).getAttribute("data-theme")));
        logOut();
    }
}
