package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 5: the Content-Security-Policy really works in Chromium: PrimeFaces pages with ajax still work
 * under it and the browser reports no violation.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    @BeforeAll
    static void logIn() throws Exception {
        Http.awaitReady();
        browser.get(Http.BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Aria Valen"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-name")));
    }

    @Test
    void item5_primeFacesAjaxWorksUnderThePolicyWithoutViolations() {
        violations(); // drop what the login pages logged
        open("/admin/groups.xhtml");
        // An ajax button (update="@form") and PrimeFaces widgets: nothing of this runs if scripts are blocked.
        click("groups:group-table:0:edit");
        wait.until(d -> !d.findElement(By.id("groups:name")).getAttribute("value").isEmpty());
        click("groups:policy");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("groups:policy_items")));

        open("/admin/users.xhtml");
        // The lazy table's own search (an ajax filter on every key) and a picker's suggestions (an ajax query).
        field("users:user-table:globalFilter").sendKeys("Aria Val");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='users:user-table'] .ui-paginator-current"),
                "1–1 of 1 users"));
        open("/admin/permissions.xhtml");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("label[for='grant:kind:2']"))).click(); // "A user"
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("grant:user_input")));
        AdminFormsBrowserIT.pick("grant:user", "Aria", "Aria Valen");

        open("/account.xhtml");
        assertEquals(List.of(), violations());
    }

    @Test
    void item5_theBrowserRefusesAnInlineScriptThePageDidNotSign() {
        open("/index.xhtml");
        violations();
        // What an injected <script> would be: Chromium must refuse it and say so.
        browser.executeScript("var s = document.createElement('script'); s.textContent = 'window.injected = 1;';"
                + "document.body.appendChild(s);");
        assertEquals(null, browser.executeScript("return window.injected === undefined ? null : window.injected;"));
        assertTrue(violations().stream().anyMatch(m -> m.contains("Content Security Policy")), "the refusal is reported");
    }

    /** The console messages about the Content-Security-Policy since the last call. */
    private static List<String> violations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }
}
