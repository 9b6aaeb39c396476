package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 1: a user is a superuser exactly while they own a character listed in
 * {@code bastion.superusers} (the IT server lists 2112900001 and 2112900002, pilots created here), and
 * every promotion and demotion is in the audit log.
 */
class SuperuserStatusIT {

    static final long LISTED_ALT = 2_112_900_001L;
    static final long LISTED_SOLD = 2_112_900_002L;
    static final long REMOVER = 2_112_900_003L;
    static final long STALE = 2_112_900_004L;
    static final long SELLER = 2_112_900_005L;
    static final long BUYER = 2_112_900_006L;

    @BeforeAll
    static void pilots() throws Exception {
        Db.simCharacter(LISTED_ALT, "Listed Alt", "remover", 98_000_002L);
        Db.simCharacter(LISTED_SOLD, "Listed Sold", "sal", 98_000_002L);
        Db.simCharacter(SELLER, "Sal Seller", "sal", 98_000_002L);
        Db.simCharacter(BUYER, "Bo Buyer", "bo", 98_000_002L);
        Db.simCharacter(REMOVER, "Remy Remover", "remover", 98_000_002L);
        Db.simCharacter(STALE, "Stale Flag", "stale", 98_000_002L);
    }

    static boolean superuser(long userId) throws Exception {
        return (Boolean) Db.value("SELECT superuser FROM app_user WHERE id = ?", userId);
    }

    static long audits(String target, String after) throws Exception {
        return Db.count("SELECT count(*) FROM audit_entry WHERE action = 'user.superuser' AND target = ? AND after_text LIKE ?",
                target, after + "%");
    }

    @Test
    void item1_removingTheListedCharacterEndsSuperuserStatus() throws Exception {
        WebSession remy = new WebSession();
        remy.loginOk(REMOVER);
        long user = Db.userOf(REMOVER);
        assertEquals(403, remy.get("/admin/users.xhtml").statusCode());

        remy.follow(remy.addCharacter(LISTED_ALT));
        assertTrue(superuser(user), "owning a listed character makes a superuser");
        assertEquals(200, remy.get("/admin/users.xhtml").statusCode());
        assertEquals(1, audits("user Remy Remover", "true"));

        HttpResponse<String> removed = remy.submit("/account.xhtml", "characters", AuthorizationIT.button(remy, "remove"),
                java.util.Map.of("character", String.valueOf(LISTED_ALT)));
        assertTrue(remy.follow(removed).body().contains("Listed Alt was removed"));
        assertEquals(false, superuser(user), "no listed character, no superuser");
        assertEquals(403, remy.get("/admin/users.xhtml").statusCode());
        assertEquals(1, audits("user Remy Remover", "false"));
    }

    /** The listed character moves seller -> buyer -> nobody, so that no extra superuser outlives the test. */
    @Test
    void item1_aListedCharacterSoldToAnotherAccountTakesSuperuserStatusWithIt() throws Exception {
        WebSession sal = new WebSession();
        sal.loginOk(SELLER);
        sal.follow(sal.addCharacter(LISTED_SOLD));
        long seller = Db.userOf(SELLER);
        assertTrue(superuser(seller));

        assertEquals(200, Http.postJson("/sim/sso/characters/" + LISTED_SOLD + "/account", "{\"account\":\"bo\"}").statusCode());
        WebSession bo = new WebSession();
        bo.loginOk(BUYER);
        bo.follow(bo.addCharacter(LISTED_SOLD));
        long buyer = Db.userOf(BUYER);
        assertEquals(buyer, Db.userOf(LISTED_SOLD));
        assertEquals(false, superuser(seller), "the seller is no longer a superuser");
        assertEquals(403, sal.get("/admin/users.xhtml").statusCode(), "not even in the session that was open");
        assertTrue(audits("user Sal Seller", "false") == 1
                && Db.count("SELECT count(*) FROM audit_entry WHERE action = 'user.superuser' AND target = 'user Sal Seller' "
                + "AND after_text LIKE '%moved to another EVE account%'") == 1);
        assertTrue(superuser(buyer), "the buyer owns the listed character now");
        assertEquals(1, audits("user Bo Buyer", "true"));

        bo.follow(bo.submit("/account.xhtml", "characters", AuthorizationIT.button(bo, "remove"),
                java.util.Map.of("character", String.valueOf(LISTED_SOLD))));
        assertEquals(false, superuser(buyer));
    }

    @Test
    void item1_aSuperuserFlagThatNoListedCharacterBacksIsClearedAtLogin() throws Exception {
        new WebSession().loginOk(STALE);
        long user = Db.userOf(STALE);
        // What an older Bastion left behind for a character since taken off bastion.superusers.
        Db.update("UPDATE app_user SET superuser = TRUE WHERE id = ?", user);

        WebSession again = new WebSession();
        again.loginOk(STALE);
        assertEquals(false, superuser(user));
        assertEquals(403, again.get("/admin/users.xhtml").statusCode());
        assertEquals(1, audits("user Stale Flag", "false"));
    }
}
