package dev.bastion.it;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;


import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(browser.findElement(By.id("permissions")).getText().contains("memberaudit.basic_access"));
        Chromium.screenshot(browser, "admin-user.png");

        open("/admin/states.xhtml");
        // The editor below the table starts as "New state".
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("states:name"))).sendKeys("Allies of Convenience");
        browser.findElement(By.id("states:priority_input")).sendKeys("60");
        browser.findElement(By.id("states:corporations")).sendKeys("98000005");
        click("states:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "State Allies of Convenience saved"));
        assertTrue(browser.findElement(By.id("states:state-table")).getText().contains("Lone Drifter Corp (98000005)"));
        Chromium.screenshot(browser, "admin-states.png");

        open("/admin/groups.xhtml");
        assertTrue(browser.findElement(By.id("groups:group-table")).getText().contains("Ivo Stark"));
        click("groups:group-table:0:edit");
        wait.until(d -> !d.findElement(By.id("groups:name")).getAttribute("value").isEmpty());
        Chromium.screenshot(browser, "admin-groups.png");

        open("/admin/requests.xhtml");
        Chromium.screenshot(browser, "admin-requests.png");

        open("/admin/permissions.xhtml");
        assertTrue(browser.findElement(By.id("grants:grant-table")).getText().contains("memberaudit.basic_access"));
        Chromium.screenshot(browser, "admin-permissions.png");

        open("/admin/audit.xhtml");
        assertTrue(browser.findElement(By.id("audit:audit-table")).getText().contains("state.created"));
        Chromium.screenshot(browser, "admin-audit.png");
    }
}
