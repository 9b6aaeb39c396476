package dev.bastion.identity.web;

import dev.bastion.identity.model.AuditReference;
import dev.bastion.identity.model.AuditReference.Field;
import dev.bastion.identity.web.AuditText.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditTextTest {

    private static List<Segment> after(String value) {
        return AuditText.of(value, AuditReference.in("x", null, value), Field.AFTER);
    }

    @Test
    void aWebhookIdBecomesItsLabelBetweenTheWords() {
        assertEquals(List.of(Segment.words("name=All kills, enabled=true, "), Segment.words("webhook "),
                        new Segment("webhook", null, 2L, null), Segment.words(", clauses=[]")),
                after("name=All kills, enabled=true, webhook=2, clauses=[]"));
    }

    @Test
    void aCharacterTargetKeepsTheRecordedNameAndLosesTheBareId() {
        String target = "character Aria Valen (2112000001)";
        assertEquals(List.of(Segment.words("character "), new Segment("character", "Aria Valen", 2_112_000_001L, null)),
                AuditText.of(target, AuditReference.in(target, null, null), Field.TARGET));
    }

    @Test
    void anOwnedCharacterAndAStatesMembersAreLabels() {
        assertEquals(List.of(Segment.words("true ("), Segment.words("owns character "),
                        new Segment("character", null, 2_112_000_001L, null), Segment.words(", login)")),
                after("true (owns character 2112000001, login)"));
        assertEquals(List.of(Segment.words("characters=[], corporations=["), new Segment("corporation", null, 98_000_005L, null),
                        Segment.words(" "), new Segment("corporation", null, 98_000_006L, null), Segment.words("], alliances=["),
                        new Segment("alliance", null, 99_000_001L, null), Segment.words("]")),
                after("characters=[], corporations=[98000005 98000006], alliances=[99000001]"));
    }

    @Test
    void aKillmailLinksToZkillboard() {
        String target = "killmail 131000001";
        assertEquals(List.of(new Segment("link", "killmail 131000001", 131_000_001L, "https://zkillboard.com/kill/131000001/")),
                AuditText.of(target, AuditReference.in(target, null, null), Field.TARGET));
    }

    @Test
    void aValueNamingNothingIsItsWordsAndNoValueIsNothing() {
        assertEquals(List.of(Segment.words("Member")), after("Member"));
        assertEquals(List.of(), AuditText.of(null, List.of(), Field.BEFORE));
    }

    @Test
    void referencesOfAnotherFieldAreLeftAlone() {
        List<AuditReference> refs = AuditReference.in("x", "webhook=1", "webhook=2");
        assertEquals(List.of(Segment.words("webhook "), new Segment("webhook", null, 1L, null)),
                AuditText.of("webhook=1", refs, Field.BEFORE));
    }

    @Test
    void aNewUsersMainIsItsLabel() {
        assertEquals(List.of(Segment.words("main "), new Segment("character", "Ivo Stark", 2_112_000_014L, null)),
                after("main Ivo Stark (2112000014)"));
    }
}
