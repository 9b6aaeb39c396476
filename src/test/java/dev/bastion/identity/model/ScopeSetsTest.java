package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScopeSetsTest {

    static final ScopeSet AUDIT = new ScopeSet("member-audit", List.of("esi-skills.read_skills.v1", "esi-assets.read_assets.v1"));

    @Test
    void withNoModuleSetsEveryRoundTripAsksForTheLoginScopesOnly() {
        ScopeSets sets = ScopeSets.of(List.of("publicData"), List.of());

        assertEquals(new ScopeSet("identity", List.of("publicData")), sets.identity());
        assertEquals(Optional.of(sets.identity()), sets.named(null));
        assertEquals(Optional.of(sets.identity()), sets.named(" "));
        assertEquals(Optional.of(sets.identity()), sets.named("identity"));
        assertEquals(List.of("publicData"), sets.union());
    }

    @Test
    void aModulesSetIsFoundByItsNameAndAddsItsScopesToWhatCcpMustAllow() {
        ScopeSets sets = ScopeSets.of(List.of("publicData"), List.of(AUDIT));

        assertEquals(Optional.of(AUDIT), sets.named("member-audit"));
        assertEquals(Optional.empty(), sets.named("capital-watch"));
        assertEquals(List.of("publicData", "esi-skills.read_skills.v1", "esi-assets.read_assets.v1"), sets.union());
        assertEquals(List.of("identity", "member-audit"), sets.all().stream().map(ScopeSet::name).toList());
    }

    @Test
    void twoSetsOfOneNameAreRefusedAndNoModuleMayReplaceIdentitysSet() {
        assertThrows(IllegalArgumentException.class, () -> ScopeSets.of(List.of("publicData"), List.of(AUDIT, AUDIT)));
        assertThrows(IllegalArgumentException.class, () -> ScopeSets.of(List.of("publicData"),
                List.of(new ScopeSet("identity", List.of("esi-wallet.read_character_wallet.v1")))));
    }

    @Test
    void aSetNeedsAPlainNameAndAtLeastOneWellFormedScope() {
        assertThrows(IllegalArgumentException.class, () -> new ScopeSet("Member Audit", List.of("publicData")));
        assertThrows(IllegalArgumentException.class, () -> new ScopeSet("a&b", List.of("publicData")));
        assertThrows(IllegalArgumentException.class, () -> new ScopeSet("audit", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ScopeSet("audit", List.of("publicData esi-x.v1")));
        assertEquals(List.of("publicData"), new ScopeSet("audit", List.of("publicData", "publicData")).scopes());
    }

    @Test
    void aGrantServesASetWhenItCarriesEveryScopeOfIt() {
        assertTrue(AUDIT.grantedBy(List.of("publicData", "esi-assets.read_assets.v1", "esi-skills.read_skills.v1")));
        assertFalse(AUDIT.grantedBy(List.of("publicData", "esi-skills.read_skills.v1")));
    }
}
