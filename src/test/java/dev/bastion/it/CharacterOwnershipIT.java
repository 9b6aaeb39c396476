package dev.bastion.it;

import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Mains and alts, ownership by owner hash, token revocation: through SSO round trips and the account page. */
class CharacterOwnershipIT {

    static final long BORIN = 2_112_000_004L;
    static final long BORIN_ALT = 2_112_000_005L;
    static final long CASS = 2_112_000_006L;
    static final long FINN = 2_112_000_010L;
    static final long GWEN = 2_112_000_011L;
    static final long GWEN_ALT = 2_112_000_012L;

    @Test
    void anAltIsAddedWithIdentitysScopesOnlyAndThenMadeMain() throws Exception {
        WebSession borin = new WebSession();
        borin.loginOk(BORIN);
        HttpResponse<String> added = borin.addCharacter(BORIN_ALT);
        assertEquals(302, added.statusCode(), added.body());
        String page = borin.follow(added).body();
        assertTrue(page.contains("Borin Ironside was added to your account."), page);
        long user = Db.userOf(BORIN);
        assertEquals(user, Db.userOf(BORIN_ALT));
        assertEquals("publicData", Db.value("SELECT scopes FROM sso_token WHERE character_id = ?", BORIN_ALT),
                "no module reads more than identity yet");

        HttpResponse<String> made = borin.submit("/account.xhtml", "characters", "characters:character-table:0:make-main",
                Map.of("character", String.valueOf(BORIN_ALT)));
        assertTrue(borin.follow(made).body().contains("Your main is now Borin Ironside."));
        assertEquals(BORIN_ALT, ((Number) Db.value("SELECT main_character_id FROM app_user WHERE id = ?", user)).longValue());
        assertTrue(Db.count("SELECT count(*) FROM audit_entry WHERE action = 'user.main' AND after_text = 'Borin Ironside'") > 0);

        // Logging in with the alt finds the same user.
        WebSession again = new WebSession();
        again.loginOk(BORIN_ALT);
        assertTrue(again.get("/account.xhtml").body().contains("Borin Kestrel"));
    }

    @Test
    void aCharacterOfAnotherUserCannotBeAddedAsAnAlt() throws Exception {
        new WebSession().loginOk(GWEN);
        WebSession other = new WebSession();
        other.loginOk(CASS);
        HttpResponse<String> r = other.addCharacter(GWEN);
        assertTrue(other.follow(r).body().contains("already registered to another Bastion user"));
        assertNotEquals(Db.userOf(CASS), Db.userOf(GWEN));
    }

    @Test
    void aCharacterThatChangedAccountsLeavesItsOldUser() throws Exception {
        WebSession cass = new WebSession();
        cass.loginOk(CASS);
        long oldUser = Db.userOf(CASS);
        String oldHash = (String) Db.value("SELECT owner_hash FROM character_ownership WHERE character_id = ?", CASS);

        // Cass sells the character: CCP moves it to another account and gives it a new owner hash.
        assertEquals(200, Http.postJson("/sim/sso/characters/" + CASS + "/account", "{\"account\":\"buyer\"}").statusCode());
        WebSession buyer = new WebSession();
        buyer.loginOk(CASS);

        long newUser = Db.userOf(CASS);
        assertNotEquals(oldUser, newUser, "the character now belongs to a new user");
        assertNotEquals(oldHash, Db.value("SELECT owner_hash FROM character_ownership WHERE character_id = ?", CASS));
        assertNull(Db.value("SELECT main_character_id FROM app_user WHERE id = ?", oldUser), "the old user lost their main");
        assertEquals("Guest", Db.value("SELECT s.name FROM app_user u JOIN user_state s ON s.id = u.state_id WHERE u.id = ?", oldUser));
        assertEquals(0, Db.count("SELECT count(*) FROM sso_token WHERE user_id = ?", oldUser), "the old user's tokens are dropped");
        assertTrue(Db.count("SELECT count(*) FROM audit_entry WHERE action = 'character.transferred' AND target LIKE ?",
                "%(" + CASS + ")") > 0);
        assertTrue(Db.count("SELECT count(*) FROM user_notification WHERE user_id = ? AND message LIKE '%moved to another EVE account%'",
                oldUser) > 0);
        // The old browser session no longer shows the character.
        assertTrue(!cass.get("/account.xhtml").body().contains("characters:character-table:0:make-main"));
    }

    @Test
    void aTokenRevokedOnTheAccountPageIsRevokedAtCcpToo() throws Exception {
        WebSession gwen = new WebSession();
        gwen.loginOk(GWEN);
        gwen.addCharacter(GWEN_ALT);
        long tokenId = ((Number) Db.value("SELECT id FROM sso_token WHERE character_id = ?", GWEN_ALT)).longValue();
        long liveGrants = Db.count("SELECT count(*) FROM sim_refresh_token WHERE character_id = ? AND NOT revoked", GWEN_ALT);
        assertTrue(liveGrants > 0);

        String page = gwen.get("/account.xhtml").body();
        String button = firstRevokeButton(page);
        HttpResponse<String> r = gwen.submit("/account.xhtml", "characters", button, Map.of("token", String.valueOf(tokenId)));
        assertTrue(gwen.follow(r).body().contains("The token of Gwen Freighter was revoked."));
        assertEquals(0, Db.count("SELECT count(*) FROM sso_token WHERE id = ?", tokenId));
        assertEquals(0, Db.count("SELECT count(*) FROM sim_refresh_token WHERE character_id = ? AND NOT revoked", GWEN_ALT),
                "the grant is dead at CCP as well");
    }

    @Test
    void aGrantRevokedAtCcpIsMarkedInvalidAndItsOwnerTold() throws Exception {
        WebSession finn = new WebSession();
        finn.loginOk(FINN);
        Http.postJson("/sim/sso/characters/" + FINN + "/revoke-grants", "");
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        HttpResponse<String> r = aria.submit("/admin/users.xhtml", "users", "users:check-tokens", Map.of());
        assertTrue(aria.follow(r).body().contains("Checking every SSO token"), "the page shows the check it started");
        // The check runs in the background: its effect, then its tally on the page.
        KillTrackerFixtures.await(30_000, () -> Boolean.FALSE.equals(Db.value("SELECT valid FROM sso_token WHERE character_id = ?", FINN)));
        KillTrackerFixtures.await(30_000, () -> aria.get("/admin/users.xhtml").body().contains("SSO tokens checked"));

        assertEquals(Boolean.FALSE, Db.value("SELECT valid FROM sso_token WHERE character_id = ?", FINN));
        String reason = (String) Db.value("SELECT invalid_reason FROM sso_token WHERE character_id = ?", FINN);
        assertTrue(reason.contains("invalid_grant"), reason);
        String account = finn.get("/account.xhtml").body();
        assertTrue(account.contains("status-invalid"), account);
        String home = finn.get("/index.xhtml").body(); // the notification, on the dashboard
        assertTrue(home.contains("no longer works"), home);
    }

    @Test
    void refreshingATokenRotatesTheStoredRefreshToken() throws Exception {
        WebSession borin = new WebSession();
        borin.loginOk(BORIN);
        String before = (String) Db.value("SELECT refresh_token_enc FROM sso_token WHERE character_id = ? ORDER BY id DESC", BORIN);
        WebSession aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        aria.follow(aria.submit("/admin/users.xhtml", "users", "users:check-tokens", Map.of()));
        KillTrackerFixtures.await(30_000, () -> !before.equals(
                Db.value("SELECT refresh_token_enc FROM sso_token WHERE character_id = ? ORDER BY id DESC", BORIN)));
        String after = (String) Db.value("SELECT refresh_token_enc FROM sso_token WHERE character_id = ? ORDER BY id DESC", BORIN);
        assertNotEquals(before, after);
        assertNotNull(Db.value("SELECT refreshed_at FROM sso_token WHERE character_id = ? ORDER BY id DESC", BORIN));
    }

    static String firstRevokeButton(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("id=\"(characters:character-table:\\d+:[^\"]*revoke)\"")
                .matcher(page);
        assertTrue(m.find(), "no revoke button");
        return m.group(1);
    }
}
