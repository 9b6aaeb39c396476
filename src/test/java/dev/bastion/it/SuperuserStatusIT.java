package dev.bastion.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 1: a user is a superuser exactly while they own a character listed in
 * {@code bastion.superusers} (the IT server lists 2112900001 and 2112900002, pilots created here), and
 * every promotion and demotion is in the audit log.
 */
class SuperuserStatusIT {

    static final long LISTED_ALT = 2_112_900_001L;
    static final long LISTED_MAIN = 2_112_900_002L;
    static final long REMOVER = 2_112_900_003L;
    static final long STALE = 2_112_900_004L;

    @BeforeAll
    static void pilots() throws Exception {
        Db.simCharacter(LISTED_ALT, "Listed Alt", "remover", 98_000_002L);
        Db.simCharacter(LISTED_MAIN, "Listed Main", "seller", 98_000_002L);
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

    @Test
    void item1_aListedCharacterSoldToAnotherAccountTakesSuperuserStatusWithIt() throws Exception {
        WebSession seller = new WebSession();
        seller.loginOk(LISTED_MAIN);
        long oldUser = Db.userOf(LISTED_MAIN);
        assertTrue(superuser(oldUser));

        assertEquals(200, Http.postJson("/sim/sso/characters/" + LISTED_MAIN + "/account", "{\"account\":\"buyer-item1\"}").statusCode());
        WebSession buyer = new WebSession();
        buyer.loginOk(LISTED_MAIN);
        long newUser = Db.userOf(LISTED_MAIN);
        assertNotEquals(oldUser, newUser);
        assertEquals(false, superuser(oldUser), "the seller is no longer a superuser");
        assertTrue(superuser(newUser), "the buyer owns the listed character now");
        assertEquals(1, Db.count("SELECT count(*) FROM audit_entry WHERE action = 'user.superuser' AND after_text LIKE 'false%' "
                + "AND after_text LIKE '%moved to another EVE account%'"));
        assertEquals(403, seller.get("/admin/users.xhtml").statusCode(), "the seller's open session opens no admin page");
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
