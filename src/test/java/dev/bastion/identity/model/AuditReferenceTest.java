package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditReferenceTest {

    @Test
    void aTrackersWebhookIsNamedByIdInItsValues() {
        assertEquals(List.of(
                        new AuditReference(AuditReference.Kind.WEBHOOK, 1, AuditReference.Field.BEFORE, "webhook=1"),
                        new AuditReference(AuditReference.Kind.WEBHOOK, 2, AuditReference.Field.AFTER, "webhook=2")),
                AuditReference.in("tracker All kills", "name=All kills, enabled=true, webhook=1, clauses=[]",
                        "name=All kills, enabled=true, webhook=2, clauses=[]"));
    }

    @Test
    void aTrackerWithoutAWebhookNamesNone() {
        assertEquals(List.of(), AuditReference.in("tracker X", null, "name=X, enabled=false, webhook=null, clauses=[]"));
    }

    @Test
    void characterAndKillmailTargetsAndSuperuserReasonsAreReferences() {
        assertEquals(List.of(new AuditReference(AuditReference.Kind.CHARACTER, 2_112_000_004L, AuditReference.Field.TARGET,
                        "character Borin Kestrel (2112000004)")),
                AuditReference.in("character Borin Kestrel (2112000004)", null, "user Borin Kestrel"));
        assertEquals(List.of(new AuditReference(AuditReference.Kind.KILLMAIL, 131_000_001L, AuditReference.Field.TARGET,
                        "killmail 131000001")),
                AuditReference.in("killmail 131000001", null, "2 trackers"));
        assertEquals(List.of(new AuditReference(AuditReference.Kind.CHARACTER, 2_112_000_001L, AuditReference.Field.AFTER,
                        "owns character 2112000001")),
                AuditReference.in("user Aria Valen", "false", "true (owns character 2112000001, listed in bastion.superusers; login)"));
    }

    @Test
    void namesThatMerelyContainDigitsAreNotReferences() {
        assertEquals(List.of(), AuditReference.in("group Wing (2)", "name=Wing 2, policy=OPEN", "user webhook=x"));
    }

    @Test
    void severalReferencesInOneValueKeepTheirOrder() {
        List<AuditReference> refs = AuditReference.in("x", "owns character 7, webhook=3", null);
        assertEquals(List.of(AuditReference.Kind.CHARACTER, AuditReference.Kind.WEBHOOK), refs.stream().map(AuditReference::kind).toList());
    }

    @Test
    void aStatesMemberListsNameEachMemberByItsId() {
        assertEquals(List.of(
                        new AuditReference(AuditReference.Kind.CORPORATION, 98_000_005L, AuditReference.Field.AFTER, "98000005"),
                        new AuditReference(AuditReference.Kind.CORPORATION, 98_000_006L, AuditReference.Field.AFTER, "98000006"),
                        new AuditReference(AuditReference.Kind.ALLIANCE, 99_000_001L, AuditReference.Field.AFTER, "99000001"),
                        new AuditReference(AuditReference.Kind.FACTION, 500_001L, AuditReference.Field.AFTER, "500001")),
                AuditReference.in("state Allies", null, "name=Allies, priority=60, public=false, characters=[], "
                        + "corporations=[98000005 98000006], alliances=[99000001], factions=[500001]"));
    }

    @Test
    void aNewUsersMainAndALoginCharacterAreReferencesWhereverTheyStand() {
        assertEquals(List.of(new AuditReference(AuditReference.Kind.CHARACTER, 2_112_000_014L, AuditReference.Field.AFTER,
                        "main Ivo Stark (2112000014)")),
                AuditReference.in("user Ivo_Stark", null, "main Ivo Stark (2112000014)"));
        assertEquals(List.of(AuditReference.Kind.CHARACTER, AuditReference.Kind.CHARACTER),
                AuditReference.in("user Aria Valen", "false", "true (owns character 2112000001, listed in bastion.superusers; "
                        + "login as Aria Valen (2112000001))").stream().map(AuditReference::kind).toList());
        assertEquals(List.of("character Aria Cynosure (2112000002)"), AuditReference.in("user Aria Valen", null,
                "false (character Aria Cynosure (2112000002) removed)").stream().map(AuditReference::text).toList());
    }
}
