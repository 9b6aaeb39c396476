package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Item 6: the admin forms whose actions sat behind request-scoped state that was gone on the postback.
 * A real headless Chromium adds a member to a group through the page (picked by name) and finds a user by
 * character name with the users table's own search (issue 10).
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
        // The group's member count links to its own paged member table.
        click("groups:group-table:" + rowOf("groups:group-table", "Scouts") + ":show-members");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("members"), "Members of Scouts"));

        pick("members:new-member", "Kael", KAEL);
        click("members:add-member");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Member added to Scouts."));
        String members = browser.findElement(By.id("members:member-table")).getText();
        assertTrue(members.contains(KAEL), "Scouts should list the new member: " + members);
    }

    @Test
    void issue10_searchOnUsersFiltersTheTableAndThePagingSaysHowMany() throws Exception {
        open("/admin/users.xhtml");
        // The full list first: Aria is there before the search narrows it.
        String all = browser.findElement(By.id("users:user-table")).getText();
        assertTrue(all.contains("Aria Valen"), all);
        long users = Long.parseLong(browser.findElement(By.cssSelector("[id='users:user-table'] .ui-paginator-current"))
                .getText().replaceAll(".* of (\\d+) users", "$1"));
        assertTrue(users >= 2, "Aria and Kael at least: " + users);

        // The table's own search box, answered by the database (the global filter of the lazy table).
        field("users:user-table:globalFilter").sendKeys(KAEL);

        // The ajax update replaces the table: wait by locator, which tolerates the replaced element.
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("users:user-table"), "Aria Valen")));
        String table = browser.findElement(By.id("users:user-table")).getText();
        assertTrue(table.contains(KAEL), table);
        assertFalse(table.contains("Ivo Stark"), table);
        assertEquals("1–1 of 1 users", browser.findElement(By.cssSelector("[id='users:user-table'] .ui-paginator-current")).getText());
        Chromium.screenshot(browser, "admin-users-search.png");

        field("users:user-table:globalFilter").sendKeys("no such pilot");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users:user-table"), "No user matches"));
    }

    /** Types into a b:picker and chooses the suggestion with that label, as a person would. */
    static void pick(String pickerId, String typed, String label) {
        field(pickerId + "_input").sendKeys(typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id='" + pickerId + "_panel'] li[data-item-label='"
                + label + "']"))).click();
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
