package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EffectivePermissionsTest {

    static Map.Entry<EffectivePermissions.Source, Collection<String>> from(String kind, String name, String... codes) {
        return Map.entry(new EffectivePermissions.Source(kind, name), List.of(codes));
    }

    @Test
    void permissionsComeFromUserGroupsAndStateTogether() {
        EffectivePermissions p = EffectivePermissions.of(false, List.of(
                from("granted", "directly", "portal.view_audit_log"),
                from("state", "Member", "memberaudit.basic_access"),
                from("group", "Recruitment", "memberaudit.finder_access")));
        assertTrue(p.has(Permission.PORTAL_VIEW_AUDIT_LOG));
        assertTrue(p.has(Permission.MEMBERAUDIT_BASIC_ACCESS));
        assertTrue(p.has(Permission.MEMBERAUDIT_FINDER_ACCESS));
        assertFalse(p.has(Permission.PORTAL_MANAGE_USERS));
        assertEquals(3, p.all().size());
    }

    @Test
    void everySourceOfAPermissionIsNamed() {
        EffectivePermissions p = EffectivePermissions.of(false, List.of(
                from("state", "Member", "memberaudit.basic_access"),
                from("group", "Recruitment", "memberaudit.basic_access")));
        assertEquals("group Recruitment, state Member", p.sourcesOf(Permission.MEMBERAUDIT_BASIC_ACCESS));
    }

    @Test
    void aSuperuserHoldsEverything() {
        EffectivePermissions p = EffectivePermissions.of(true, List.of());
        for (Permission each : Permission.values()) {
            assertTrue(p.has(each), each.code());
        }
        assertEquals("superuser", p.sourcesOf(Permission.CAPTRACK_ADMIN_ACCESS));
    }

    @Test
    void codesNoLongerKnownAreIgnored() {
        EffectivePermissions p = EffectivePermissions.of(false, List.of(from("state", "Guest", "oldmodule.gone")));
        assertTrue(p.all().isEmpty());
    }

    @Test
    void nobodyHoldsNothing() {
        assertFalse(EffectivePermissions.none().has(Permission.MEMBERAUDIT_BASIC_ACCESS));
        assertFalse(EffectivePermissions.none().hasAny(Permission.PORTAL_ADMIN));
    }

    @Test
    void permissionCodesAreUniqueAndRoundTrip() {
        for (Permission p : Permission.values()) {
            assertEquals(p, Permission.ofCode(p.code()).orElseThrow());
        }
        assertEquals("captrack.basic_access", Permission.CAPTRACK_BASIC_ACCESS.code());
    }
}
