package dev.bastion.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Item 5: a production start is refused without the SSO callback and without the contact CCP asks for. */
class ProductionSettingsTest {

    static final Optional<String> CALLBACK = Optional.of("https://auth.example.org/sso/callback");
    static final Optional<String> CONTACT = Optional.of("ops@example.org");

    @Test
    void item5_productionStartsWithCallbackAndContact() {
        assertEquals(List.of(), ProductionSettings.problems(false, CALLBACK, CONTACT));
        assertEquals(List.of(), ProductionSettings.problems(false, CALLBACK, Optional.of("https://example.org/contact")));
    }

    @Test
    void item5_productionWithoutCallbackUrlIsRefused() {
        List<String> problems = ProductionSettings.problems(false, Optional.empty(), CONTACT);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("bastion.sso.callback-url is not set"), problems.get(0));
        assertEquals(1, ProductionSettings.problems(false, Optional.of("  "), CONTACT).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sso/callback", "auth.example.org/sso/callback", "https://auth.example.org/callback", "ftp://x.org/sso/callback"})
    void item5_aCallbackThatIsNotBastionsAbsoluteCallbackIsRefused(String callback) {
        List<String> problems = ProductionSettings.problems(false, Optional.of(callback), CONTACT);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("must be the absolute address of Bastion's /sso/callback"), problems.get(0));
    }

    @Test
    void item5_productionWithoutEsiContactIsRefused() {
        List<String> problems = ProductionSettings.problems(false, CALLBACK, Optional.empty());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("bastion.esi.user-agent.contact is not set"), problems.get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bob", "ops at example dot org", "@example", "mailto"})
    void item5_aContactThatIsNeitherMailNorUrlIsRefused(String contact) {
        List<String> problems = ProductionSettings.problems(false, CALLBACK, Optional.of(contact));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("must be an e-mail address or an http(s) URL"), problems.get(0));
    }

    @Test
    void item5_bothMissingAreBothReported() {
        assertEquals(2, ProductionSettings.problems(false, Optional.empty(), Optional.empty()).size());
    }

    @Test
    void theSimulatorNeedsNeither() {
        assertEquals(List.of(), ProductionSettings.problems(true, Optional.empty(), Optional.empty()));
    }
}
