package dev.bastion.it;

import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.infra.KillmailParser;
import dev.bastion.killtracker.infra.KillmailStore;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spec 5.5 J6 and J7: the optional killmail store on the real database. */
class KillmailStoreIT {

    @Test
    void j06_aKillmailIsStoredOnceWithItsAttackersAndADuplicateChangesNothing() throws Exception {
        long id = KillTrackerFixtures.newKillmailId();
        Killmail km = KillmailParser.parseEnvelope(KillTrackerFixtures.envelope(10000001, id, Instant.now()));
        try (Connection c = Db.connect()) {
            assertTrue(KillmailStore.store(c, km));
            Killmail changed = KillmailParser.parseEnvelope(KillTrackerFixtures.envelope(10000002, id, Instant.now()));
            assertFalse(KillmailStore.store(c, changed), "already stored");
        }
        assertEquals(30004984, ((Number) Db.value("SELECT solar_system_id FROM kt_killmail WHERE killmail_id = ?", id)).intValue());
        assertEquals(666L, ((Number) Db.value("SELECT war_id FROM kt_killmail WHERE killmail_id = ?", id)).longValue());
        assertEquals(3, Db.count("SELECT count(*) FROM kt_killmail_attacker WHERE killmail_id = ?", id));
        assertEquals(1, Db.count("SELECT count(*) FROM kt_killmail_attacker WHERE killmail_id = ? AND final_blow", id));
    }

    @Test
    void j07_purgeKeepsOnlyKillmailsYoungerThanTheCutOff() throws Exception {
        long fresh = KillTrackerFixtures.newKillmailId();
        long old = KillTrackerFixtures.newKillmailId();
        Instant now = Instant.now();
        try (Connection c = Db.connect()) {
            KillmailStore.store(c, KillmailParser.parseEnvelope(KillTrackerFixtures.envelope(10000002, fresh, now)));
            KillmailStore.store(c, KillmailParser.parseEnvelope(KillTrackerFixtures.envelope(10000002, old,
                    now.minus(Duration.ofDays(1)).minusSeconds(1))));
            KillmailStore.purge(c, now.minus(Duration.ofDays(1)));
        }
        assertEquals(1, Db.count("SELECT count(*) FROM kt_killmail WHERE killmail_id = ?", fresh));
        assertEquals(0, Db.count("SELECT count(*) FROM kt_killmail WHERE killmail_id = ?", old));
        assertEquals(0, Db.count("SELECT count(*) FROM kt_killmail_attacker WHERE killmail_id = ?", old));
    }
}
