package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Item 6: the admin forms whose actions sat behind request-scoped state that was gone on the postback.
 * A real headless Chromium adds a member to a group through the page and finds a user by character name.
 */
class AdminFormsBrowserIT extends BrowserTest {

    /** Kael Dorn logs in once so that he is a user the admin can find and add; nobody else uses him. */
    static final String KAEL = "Kael Dorn";

    @BeforeAll
    static void kaelLogsInThenTheSuperuser() throws Exception {
        Http.awaitReady();
        logInAs(KAEL);
        click("nav:logout");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        logInAs("Aria Valen");
    }

    @Test
    void item6_anAdminAddsAMemberToAGroupThroughThePage() {
        open("/admin/groups.xhtml");
        click("groups:group-table:" + rowOf("groups:group-table", "Scouts") + ":edit");
        wait.until(d -> "Scouts".equals(d.findElement(By.id("groups:name")).getAttribute("value")));

        click("groups:new-member");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#groups\\:new-member_items li[data-label='" + KAEL + "']"))).click();
        click("groups:add-member");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Member added."));
        String scouts = browser.findElements(By.cssSelector("[id='groups:group-table'] tbody tr")).get(rowOf("groups:group-table", "Scouts")).getText();
        assertTrue(scouts.contains(KAEL), "Scouts should list the new member: " + scouts);
    }

    @Test
    void item6_anAdminFindsAUserByCharacterName() {
        open("/admin/users.xhtml");
        // The full list first: Aria is there before the search narrows it.
        String all = browser.findElement(By.id("users:user-table")).getText();
        assertTrue(all.contains("Aria Valen"), all);

        field("users:query").sendKeys(KAEL);
        click("users:search");

        // The ajax update replaces the table: wait by locator, which tolerates the replaced element.
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("users:user-table"), "Aria Valen")));
        String table = browser.findElement(By.id("users:user-table")).getText();
        assertTrue(table.contains(KAEL), table);
        assertFalse(table.contains("Ivo Stark"), table);
    }

    private static void logInAs(String characterName) {
        browser.get(Http.BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText(characterName))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-name")));
    }

    /** The index of the table row whose text names {@code text}. */
    private static int rowOf(String tableId, String text) {
        List<WebElement> rows = browser.findElements(By.cssSelector("[id='" + tableId + "'] tbody tr"));
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(text)) {
                return i;
            }
        }
        return fail("No row of " + tableId + " names " + text + ": " + browser.findElement(By.tagName("main")).getText());
    }
}
