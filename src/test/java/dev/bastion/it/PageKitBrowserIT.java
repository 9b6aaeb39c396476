package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page kit's own test, on its gallery (/admin/kit.xhtml): each piece does what docs/ui.md says, and
 * each is shot into docs/screenshots/kit-*.png for that document.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PageKitBrowserIT extends BrowserTest {

    @BeforeAll
    static void logIn() {
        browser.get(Http.BASE + "/login");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.partialLinkText("Aria Valen"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("nav:logout")));
    }

    private static void shoot(String css, String name) throws Exception {
        WebElement piece = browser.findElement(By.cssSelector(css));
        Path dir = Path.of(System.getProperty("bastion.screenshots.dir", "docs/screenshots"));
        Files.createDirectories(dir);
        Files.copy(piece.getScreenshotAs(OutputType.FILE).toPath(), dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    @Order(1)
    void entityLabelsShowPicturesAndNamesNeverBareIds() throws Exception {
        open("/admin/kit.xhtml");
        String labels = browser.findElement(By.id("kit-labels")).getText().replaceAll("\\s+", " ");
        assertTrue(labels.contains("0.9 Jita"), "a system with its security as the client shows it: " + labels);
        assertTrue(labels.contains("The Forge") && labels.contains("Rifter") && labels.contains("Aria Valen"), labels);
        assertTrue(labels.contains("Unknown alliance"), "an id nobody named reads as what it is: " + labels);
        assertFalse(labels.matches("(?s).*\\b30000142\\b.*"), labels);
        List<WebElement> pictures = browser.findElements(By.cssSelector("#kit-labels img.b-entity-img"));
        assertEquals(5, pictures.size(), "type, alliance, corporation, character and the unknown alliance have pictures");
        shoot(".kit-labels", "kit-entity.png");
    }

    @Test
    @Order(2)
    void timesAndIskHaveOneFormat() throws Exception {
        open("/admin/kit.xhtml");
        String values = browser.findElement(By.id("kit-values")).getText().replaceAll("\\s+", " ");
        assertTrue(values.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d EVE · 3 h ago .*"), values);
        assertTrue(values.matches(".*\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d EVE · 1\\.23b.*"), "seconds where asked, no relative: " + values);
        assertTrue(values.contains("1.23b ISK") && values.contains("-45.00k ISK"), values);
        String datetime = browser.findElement(By.cssSelector("#kit-values time")).getAttribute("datetime");
        assertTrue(datetime.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), "machine-readable UTC: " + datetime);
        shoot(".kit-values", "kit-values.png");
    }

    @Test
    @Order(3)
    void thePickerFindsByNameAndTheCheckboxLabelTicksItsBox() throws Exception {
        open("/admin/kit.xhtml");
        browser.findElement(By.id("kit:system_input")).sendKeys("Jit");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#kit\\:system_panel .ui-autocomplete-item"))).click();
        assertEquals("Jita", browser.findElement(By.id("kit:system_input")).getAttribute("value"));
        // Clicking the words of the label ticks exactly its box.
        browser.findElement(By.cssSelector("label[for='kit:excludeNpc']")).click();
        assertTrue(browser.findElement(By.id("kit:excludeNpc")).isSelected());
        for (WebElement label : browser.findElements(By.cssSelector("#kit label[for]"))) {
            String target = label.getAttribute("for");
            assertEquals(1, browser.findElements(By.id(target)).size(), "label '" + label.getText() + "' points at " + target);
        }
        shoot(".kit-form", "kit-form.png");
        click("kit:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved"));
        String saved = browser.findElement(By.id("messages")).getText();
        assertTrue(saved.contains("system 30000142") && saved.contains("exclude NPC kills true"), saved);
    }

    @Test
    @Order(4)
    void thePickerAsksEsiForAnExactNameBastionHasNeverSeen() throws Exception {
        long id = 99_400_000L + System.currentTimeMillis() % 100_000;
        String name = "Outer Ring Unknowns " + id;
        Db.update("INSERT INTO sim_alliance (alliance_id, name, ticker, founded) VALUES (?, ?, 'ORU', now())", id, name);
        assertEquals(0, Db.count("SELECT count(*) FROM eve_entity WHERE entity_id = ?", id), "not known to Bastion yet");
        open("/admin/kit.xhtml");
        browser.findElement(By.id("kit:alliances_input")).sendKeys(name);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#kit\\:alliances_panel"), name));
        browser.findElement(By.cssSelector("#kit\\:alliances_panel .ui-autocomplete-item")).click();
        click("kit:save");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved: 1 alliances"));
        assertEquals(name, Db.value("SELECT name FROM eve_entity WHERE entity_id = ?", id), "remembered: its label shows the name");
    }

    @Test
    @Order(5)
    void theLazyTablePagesAt25AndSearchesOnTheServer() throws Exception {
        open("/admin/kit.xhtml");
        assertEquals(25, browser.findElements(By.cssSelector("#kit\\:rows_data > tr")).size());
        assertTrue(browser.findElement(By.cssSelector("#kit\\:rows .ui-paginator-current")).getText().contains("1–25 of 60"));
        shoot(".kit-table", "kit-table.png");
        browser.findElement(By.id("kit:rows:globalFilter")).sendKeys("row 5");
        wait.until(d -> browser.findElements(By.cssSelector("#kit\\:rows_data > tr")).size() == 11);
        assertTrue(browser.findElement(By.cssSelector("#kit\\:rows .ui-paginator-current")).getText().contains("of 11"));
        browser.findElement(By.id("kit:rows:globalFilter")).sendKeys("xyz");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("kit:rows"), "No row matches"));
    }

    @Test
    @Order(6)
    void aDestructiveActionAsksFirstAndNoChangesNothing() throws Exception {
        open("/admin/kit.xhtml");
        click("kit:delete");
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        assertTrue(dialog.getText().contains("It is gone for good"), dialog.getText());
        shoot(".ui-confirm-dialog", "kit-confirm.png");
        click("confirm-no");
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertFalse(browser.findElement(By.id("messages")).getText().contains("Deleted"));
        click("kit:delete");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
        click("confirm-yes");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Deleted"));
    }

    @Test
    @Order(7)
    void theEmptyStateSaysWhatToDo() throws Exception {
        open("/admin/kit.xhtml");
        assertTrue(browser.findElement(By.cssSelector(".kit-empty")).getText().contains("Create one with New tracker"));
        shoot(".kit-empty", "kit-empty.png");
        shoot(".b-sidebar", "kit-sidebar.png");
    }
}
