package dev.bastion.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real headless Chromium logs in through the simulated EVE SSO picker, uses the account page and the
 * admin console, and screenshots each page into docs/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityBrowserIT extends BrowserTest {

    static final long IVO = 2_112_000_014L;

    @Test
    @Order(1)
    void aMemberLogsInThroughTheSsoPickerAndSeesTheirAccount() throws Exception {
        open("/");
        click("login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Ivo Stark \u2014 Void Lantern Logistics"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-name")));
        assertEquals("Ivo Stark", browser.findElement(By.id("my-name")).getText(), "login lands on the home dashboard");
        assertEquals("Member", browser.findElement(By.id("home-state")).getText());
        open("/account.xhtml");
        assertEquals("Member", browser.findElement(By.id("my-state")).getText());
        assertEquals("valid", browser.findElement(By.cssSelector("[id$='token-status']")).getText());

        // Join an open group with a click.
        WebElement join = browser.findElement(By.cssSelector("[id^='join-groups:joinable-table:0:join']"));
        join.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "You joined"));
        Chromium.screenshot(browser, "account.png");
    }

    @Test
    @Order(2)
    void aMemberWithoutPermissionSeesA403() throws Exception {
        open("/admin/users.xhtml");
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Not allowed"));
        Chromium.screenshot(browser, "forbidden.png");
        click("nav:logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
    }

    @Test
    @Order(3)
    void theSuperuserUsesEveryAdminPage() throws Exception {
        browser.get(Http.BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Aria Valen"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-name")));
        open("/account.xhtml");
        assertTrue(browser.findElement(By.id("superuser-note")).isDisplayed());

        open("/admin/users.xhtml");
        assertTrue(browser.findElement(By.id("users:user-table")).getText().contains("Ivo Stark"));
        Chromium.screenshot(browser, "admin-users.png");

        browser.findElement(By.linkText("Ivo Stark")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("user-name")));
        assertTrue(browser.findElement(By.id("user-permissions:permissions")).getText().contains("memberaudit.basic_access"));
        Chromium.screenshot(browser, "admin-user.png");
    }

    @Test
    @Order(4)
    void issue10_aStatesMembersShowNamesAndTheEditorTakesThemByName() throws Exception {
        // Finn flies for Lone Drifter Corp: once he has logged in, Bastion knows the corporation by name.
        new WebSession().loginOk(CharacterOwnershipIT.FINN);
        open("/admin/states.xhtml");
        String member = stateRow("Member");
        assertTrue(member.contains("Alliances: Bastion Demo Alliance"), member);
        // The editor below the table starts as "New state"; members are picked by name, never typed as IDs.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("states:name"))).sendKeys("Allies of Convenience");
        browser.findElement(By.id("states:priority_input")).sendKeys("60");
        AdminFormsBrowserIT.pick("states:corporations", "Lone Dri", "Lone Drifter Corp");
        click("states:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "State Allies of Convenience saved"));
        String row = stateRow("Allies of Convenience");
        assertTrue(row.contains("Corporations: Lone Drifter Corp"), row);
        assertFalse(row.matches("(?s).*\\d{6,}.*") || member.matches("(?s).*\\d{6,}.*"), "no raw EVE IDs: " + row + member);
        Chromium.screenshot(browser, "admin-states.png");
    }

    /** The text of the states table's row of that state, as one line. */
    static String stateRow(String state) {
        return browser.findElements(By.cssSelector("[id='states:state-table'] tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector("td:nth-child(2) strong")).getText().equals(state))
                .map(r -> r.getText().replaceAll("\\s+", " ")) // a label (picture + name) is its own box: read as one line
                .findFirst().orElseThrow(() -> new AssertionError("no state " + state));
    }

    @Test
    @Order(5)
    void theSuperuserSeesGroupMembersInTheirOwnTable() throws Exception {
        open("/admin/groups.xhtml");
        WebElement capitals = browser.findElements(By.cssSelector("[id='groups:group-table'] tbody tr")).stream()
                .filter(r -> r.getText().contains("Capital Pilots")).findFirst().orElseThrow();
        assertTrue(capitals.getText().matches("(?s).*\\b[1-9]\\d* members?\\b.*"), "Ivo joined it: " + capitals.getText());
        capitals.findElement(By.cssSelector("a[id$='show-members']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members:member-table"), "Ivo Stark"));
        Chromium.screenshot(browser, "admin-group-members.png");
        open("/admin/groups.xhtml");
        click("groups:group-table:0:edit");
        wait.until(d -> !d.findElement(By.id("groups:name")).getAttribute("value").isEmpty());
        Chromium.screenshot(browser, "admin-groups.png");

        open("/admin/requests.xhtml");
        Chromium.screenshot(browser, "admin-requests.png");

        open("/admin/permissions.xhtml");
        assertTrue(browser.findElement(By.id("grants:grant-table")).getText().contains("memberaudit.basic_access"));
        Chromium.screenshot(browser, "admin-permissions.png");
    }

    @Test
    @Order(6)
    void issue10_theAuditLogShowsPhrasesNotCodes() throws Exception {
        open("/admin/audit.xhtml");
        String log = browser.findElement(By.id("audit:audit-table")).getText();
        assertTrue(log.contains("State created"), log);
        assertTrue(log.contains("User's state changed"), "Finn moved to the new state: " + log);
        for (String code : new String[] {"state.created", "user.login", "user.state", "group.member.added"}) {
            assertFalse(log.contains(code), code + " is a code, not words: " + log);
        }
        // A filter by action, in words too.
        click("audit:action");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='audit:action_items'] li[data-label='State created']"))).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:audit-table"), "User's state changed")));
        assertTrue(browser.findElement(By.id("audit:audit-table")).getText().contains("Allies of Convenience"));
        Chromium.screenshot(browser, "admin-audit.png");

        // A user's page links to what they changed: the log of one actor.
        open("/admin/user.xhtml?id=" + Db.userOf(SsoLoginIT.ARIA));
        click("audit-by");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit"), "Only the changes made by Aria Valen"));
        java.util.List<String> who = browser.findElements(By.cssSelector("[id='audit:audit-table'] tbody td.b-col-who")).stream()
                .map(WebElement::getText).toList();
        assertFalse(who.isEmpty());
        assertTrue(who.stream().allMatch(w -> w.contains("Aria Valen")), who.toString());
    }
}
