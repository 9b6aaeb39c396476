package dev.bastion.identity.model;

import dev.bastion.platform.Refusal;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Item 3 of issue 9: no one grants what they do not hold. */
class GrantRuleTest {

    static EffectivePermissions holding(String... codes) {
        return EffectivePermissions.of(false, List.<Map.Entry<EffectivePermissions.Source, Collection<String>>>of(
                Map.entry(new EffectivePermissions.Source("granted", "directly"), List.of(codes))));
    }

    static final EffectivePermissions GROUP_MANAGER = holding("portal.manage_groups");
    static final EffectivePermissions SUPERUSER = EffectivePermissions.of(true, List.of());

    @Test
    void item3_whatIsCarriedMustBeASubsetOfWhatIsHeld() {
        assertEquals(Set.of(Permission.PORTAL_VIEW_AUDIT_LOG),
                GrantRule.missing(GROUP_MANAGER, List.of("portal.manage_groups", "portal.view_audit_log")));
        assertTrue(GrantRule.missing(GROUP_MANAGER, List.of("portal.manage_groups")).isEmpty());
        assertTrue(GrantRule.missing(GROUP_MANAGER, List.of()).isEmpty(), "a group carrying nothing is anyone's to manage");
    }

    @Test
    void item3_superusersHoldEverything() {
        assertTrue(GrantRule.missing(SUPERUSER, List.of("portal.view_audit_log", "killtracker.admin_access")).isEmpty());
        assertTrue(GrantRule.missing(EffectivePermissions.everything(), List.of("portal.manage_users")).isEmpty());
    }

    @Test
    void item3_codesBastionNoLongerKnowsGiveNothingAndNeedNothing() {
        assertTrue(GrantRule.missing(GROUP_MANAGER, List.of("retired.permission")).isEmpty());
    }

    @Test
    void item3_theRefusalNamesWhatIsMissing() {
        Refusal e = assertThrows(Refusal.class, () -> GrantRule.requireHeld(GROUP_MANAGER,
                List.of("portal.view_audit_log"), "change the group Auditors"));
        assertEquals("You cannot change the group Auditors: you do not hold portal.view_audit_log, and nobody may hand "
                + "out a permission they do not hold themselves.", e.getMessage());
    }

    @Test
    void item3_onlySuperusersChangeSuperusers() {
        EffectivePermissions userManager = holding("portal.manage_users");
        assertThrows(Refusal.class, () -> GrantRule.requireSuperuserToChange(userManager, true, "deactivate Aria"));
        assertDoesNotThrow(() -> GrantRule.requireSuperuserToChange(userManager, false, "deactivate Dax"));
        assertDoesNotThrow(() -> GrantRule.requireSuperuserToChange(SUPERUSER, true, "deactivate Aria"));
    }

    @Test
    void item3_nobodyDecidesTheirOwnRequest() {
        assertThrows(Refusal.class, () -> GrantRule.requireNotOwnRequest(7, 7));
        assertDoesNotThrow(() -> GrantRule.requireNotOwnRequest(7, 8));
    }

    @Test
    void item3_aChangeMustNotLeaveTheActorHoldingMore() {
        Set<Permission> before = GROUP_MANAGER.all();
        assertThrows(Refusal.class, () -> GrantRule.requireNoGain(before,
                holding("portal.manage_groups", "portal.view_audit_log"), "delete the state Suspended"));
        assertDoesNotThrow(() -> GrantRule.requireNoGain(before, holding(), "delete the state Member"));
        assertDoesNotThrow(() -> GrantRule.requireNoGain(SUPERUSER.all(), SUPERUSER, "save the state Blue"));
    }
}
