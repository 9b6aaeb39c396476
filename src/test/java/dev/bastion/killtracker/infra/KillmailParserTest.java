package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.Fixtures;
import dev.bastion.killtracker.model.IskValue;
import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.model.MalformedKillmailException;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec 5.5 F1, F8, F10 and malformed envelopes: reading R2Z2 envelopes into killmails. */
class KillmailParserTest {

    @Test
    void f01_theFixtureEnvelopeOf10000001() {
        Killmail km = Fixtures.killmail(10000001);
        assertEquals(30004984, km.solarSystemId());
        assertEquals(40000001L, km.moonId());
        assertEquals(666L, km.warId());
        assertEquals(3011L, km.victim().allianceId());
        assertEquals(1011L, km.victim().characterId());
        assertEquals(2011L, km.victim().corporationId());
        assertEquals(434L, km.victim().damageTaken());
        assertEquals(603, km.victim().shipTypeId());
        assertEquals(3, km.attackers().size());
        Killmail.Attacker first = km.attackers().get(0);
        assertEquals(3001L, first.allianceId());
        assertEquals(1001L, first.characterId());
        assertEquals(2001L, first.corporationId());
        assertEquals(434L, first.damageDone());
        assertEquals(-10.0, first.securityStatus());
        assertEquals(34562, first.shipTypeId());
        assertEquals(2977, first.weaponTypeId());
        assertEquals(50012306L, km.zkb().locationId());
        assertEquals(10000.0, km.zkb().fittedValue());
        assertEquals(10000.0, km.zkb().totalValue());
        assertEquals(1L, km.zkb().points());
        assertFalse(km.zkb().npc());
        assertFalse(km.zkb().solo());
        assertFalse(km.zkb().awox());
    }

    @Test
    void f08_aBodyThatIsNotJsonIsMalformed() {
        MalformedKillmailException e = assertThrows(MalformedKillmailException.class,
                () -> KillmailParser.parseEnvelope("this is not JSON"));
        assertEquals("not a JSON object", e.getMessage());
    }

    @Test
    void f10_theRealR2z2Example() throws Exception {
        String body;
        try (InputStream in = getClass().getResourceAsStream("/zkb/r2z2_example.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Killmail km = KillmailParser.parseEnvelope(body);
        assertEquals(134265477L, km.id());
        assertEquals(Instant.parse("2026-03-25T14:26:36Z"), km.time());
        assertEquals(30000743, km.solarSystemId());
        assertEquals(2121652582L, km.victim().characterId());
        assertEquals(98366055L, km.victim().corporationId());
        assertEquals(1354830081L, km.victim().allianceId());
        assertEquals(17478, km.victim().shipTypeId());
        assertEquals(1, km.attackers().size());
        Killmail.Attacker a = km.attackers().get(0);
        assertEquals(96424385L, a.characterId());
        assertEquals(98601573L, a.corporationId());
        assertEquals(99013537L, a.allianceId());
        assertEquals(35683, a.shipTypeId());
        assertEquals(3178, a.weaponTypeId());
        assertTrue(a.finalBlow());
        assertEquals(40046921L, km.zkb().locationId());
        assertEquals("86.18m", IskValue.humanize(km.zkb().totalValue()));
        assertEquals(7L, km.zkb().points());
        assertFalse(km.zkb().npc());
        assertTrue(km.zkb().solo());
        assertFalse(km.zkb().awox());
    }

    @Test
    void envelopesMissingAPartAreMalformedWithTheReason() {
        assertEquals("killmail_id is missing", assertThrows(MalformedKillmailException.class,
                () -> KillmailParser.parseEnvelope("{\"esi\":{},\"zkb\":{}}")).getMessage());
        assertEquals("esi is missing", assertThrows(MalformedKillmailException.class,
                () -> KillmailParser.parseEnvelope("{\"killmail_id\":1,\"zkb\":{}}")).getMessage());
        assertEquals("zkb is missing", assertThrows(MalformedKillmailException.class,
                () -> KillmailParser.parseEnvelope("{\"killmail_id\":1,\"esi\":{}}")).getMessage());
        assertEquals("esi.killmail_time is missing", assertThrows(MalformedKillmailException.class,
                () -> KillmailParser.parseEnvelope("{\"killmail_id\":1,\"esi\":{},\"zkb\":{}}")).getMessage());
        assertTrue(assertThrows(MalformedKillmailException.class, () -> KillmailParser.parseEnvelope(
                "{\"killmail_id\":1,\"esi\":{\"killmail_time\":\"yesterday\",\"attackers\":[],\"victim\":{}},\"zkb\":{}}"))
                .getMessage().startsWith("esi.killmail_time is not an ISO-8601 time"));
        assertEquals("killmail 1 has a field of the wrong type", assertThrows(MalformedKillmailException.class,
                () -> KillmailParser.parseEnvelope("{\"killmail_id\":1,\"esi\":{\"killmail_time\":\"2026-01-01T00:00:00Z\","
                        + "\"attackers\":[{\"ship_type_id\":99999999999}],\"victim\":{}},\"zkb\":{}}")).getMessage());
    }

    @Test
    void zeroIdsAndAMissingPositionMeanNone() {
        Killmail km = KillmailParser.parseEnvelope("{\"killmail_id\":9,\"esi\":{\"killmail_time\":\"2026-01-01T00:00:00Z\","
                + "\"attackers\":[{\"corporation_id\":0,\"faction_id\":500001,\"final_blow\":true}],"
                + "\"victim\":{\"ship_type_id\":603,\"position\":null}},\"zkb\":{}}");
        assertNull(km.attackers().get(0).corporationId());
        assertNull(km.victim().position());
        assertNull(km.solarSystemId());
        assertNull(km.zkb().totalValue());
    }
}
