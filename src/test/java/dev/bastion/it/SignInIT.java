package dev.bastion.it;

import dev.bastion.simulator.demo.DemoUniverse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Item 10: a login never waits on ESI (the affiliation of a new main comes in the background and the
 * state follows it), and two first logins of one character at the same moment both succeed with one user.
 * Each test signs in characters that Bastion has never seen, added to the simulated EVE universe here.
 */
class SignInIT {

    /** The demo alliance's first corporation: its members are in the Member state. */
    static final long DEMO_CORPORATION = 98_000_001L;
    private static final AtomicLong NEXT_PILOT = new AtomicLong(2_113_000_000L + (System.currentTimeMillis() % 100_000) * 10);

    /** A character that exists in EVE (the simulator) and not yet in Bastion. */
    static long newPilot(String name) throws Exception {
        long id = NEXT_PILOT.incrementAndGet();
        Db.update("INSERT INTO sim_character (character_id, name, account, corporation_id, birthday, security_status, owner_hash) "
                + "VALUES (?, ?, ?, ?, now(), 0.0, ?)", id, name + " " + id, "it-" + id, DEMO_CORPORATION,
                DemoUniverse.ownerHash("it-" + id, id));
        return id;
    }

    static String stateOf(long characterId) throws Exception {
        return (String) Db.value("SELECT s.name FROM app_user u JOIN user_state s ON s.id = u.state_id "
                + "WHERE u.main_character_id = ?", characterId);
    }

    @Test
    void item10_twoFirstLoginsOfOneCharacterAtOnceBothSucceedWithOneUser() throws Exception {
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                long pilot = newPilot("Twin Tabs");
                WebSession first = new WebSession();
                WebSession second = new WebSession();
                URI firstCallback = first.approve(first.startLogin("/login"), pilot);
                URI secondCallback = second.approve(second.startLogin("/login"), pilot);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<HttpResponse<String>> a = tabs.submit(() -> {
                    together.await();
                    return first.get(firstCallback.toString());
                });
                Future<HttpResponse<String>> b = tabs.submit(() -> {
                    together.await();
                    return second.get(secondCallback.toString());
                });
                for (HttpResponse<String> r : List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS))) {
                    assertEquals(302, r.statusCode(), "both tabs are logged in: " + r.body());
                    assertTrue(r.headers().firstValue("Location").orElseThrow().endsWith("/index.xhtml"));
                }
                for (WebSession tab : List.of(first, second)) {
                    HttpResponse<String> account = tab.get("/account.xhtml");
                    assertEquals(200, account.statusCode());
                    assertTrue(account.body().contains("Twin Tabs " + pilot), "each tab shows the character");
                }
                assertEquals(1, Db.count("SELECT count(*) FROM eve_character WHERE character_id = ?", pilot));
                assertEquals(1, Db.count("SELECT count(*) FROM character_ownership WHERE character_id = ?", pilot));
                assertEquals(1, Db.count("SELECT count(*) FROM app_user WHERE main_character_id = ?", pilot), "one user");
            }
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void item10_aFirstLoginIsNotHeldByASlowEsiAndTheStateFollowsTheAffiliation() throws Exception {
        long pilot = newPilot("Slow Esi");
        assertEquals(204, Http.postJson("/sim/esi/faults",
                "{\"path\":\"/characters/affiliation\",\"status\":200,\"delay_ms\":8000,\"count\":1}").statusCode());
        WebSession browser = new WebSession();
        URI callback = browser.approve(browser.startLogin("/login"), pilot);
        long start = System.nanoTime();
        HttpResponse<String> r = browser.get(callback.toString());
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(tookMillis < 6000, "the login did not wait for ESI's 8 s answer: " + tookMillis + " ms");
        assertEquals("Guest", stateOf(pilot), "no affiliation yet: the lowest state");
        assertEquals(200, browser.get("/account.xhtml").statusCode(), "the pages work meanwhile");
        KillTrackerFixtures.await(15_000, () -> "Member".equals(stateOf(pilot)));
        assertEquals("Member", stateOf(pilot), "the state follows once the affiliation arrives");
    }

    @Test
    void item10_aLoginDuringAnEsiPauseIsNotHeldAndTheStateFollowsAfterThePause() throws Exception {
        long pilot = newPilot("Paused Esi");
        assertEquals(204, Http.postJson("/sim/esi/faults",
                "{\"path\":\"/characters/affiliation\",\"status\":429,\"retry_after\":8,\"count\":1}").statusCode());
        WebSession browser = new WebSession();
        URI callback = browser.approve(browser.startLogin("/login"), pilot);
        long start = System.nanoTime();
        HttpResponse<String> r = browser.get(callback.toString());
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(302, r.statusCode(), r.body());
        assertTrue(tookMillis < 6000, "the login did not sleep out the 8 s pause: " + tookMillis + " ms");
        assertEquals("Guest", stateOf(pilot));
        // A returning user during the pause is not held either.
        long again = System.nanoTime();
        new WebSession().loginOk(pilot);
        assertTrue((System.nanoTime() - again) / 1_000_000 < 6000, "a second login during the pause is quick too");
        KillTrackerFixtures.await(20_000, () -> "Member".equals(stateOf(pilot)));
        assertEquals("Member", stateOf(pilot), "the refresh was rescheduled for the end of the pause");
    }

    @Test
    void item10_aReturningUserKeepsTheStateTheDatabaseKnows() throws Exception {
        long pilot = newPilot("Returning");
        new WebSession().loginOk(pilot);
        KillTrackerFixtures.await(10_000, () -> "Member".equals(stateOf(pilot)));
        assertEquals(204, Http.postJson("/sim/esi/faults",
                "{\"path\":\"/characters/affiliation\",\"status\":200,\"delay_ms\":8000,\"count\":1}").statusCode());
        long start = System.nanoTime();
        new WebSession().loginOk(pilot);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tookMillis < 6000, "a known main's login does not wait for ESI at all: " + tookMillis + " ms");
        assertEquals("Member", stateOf(pilot));
        List<String> states = new ArrayList<>();
        try (var c = Db.connect(); var ps = c.prepareStatement("SELECT after_text FROM audit_entry WHERE action = 'user.state' "
                + "AND target = ?")) {
            ps.setString(1, "user Returning " + pilot);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    states.add(rs.getString(1));
                }
            }
        }
        assertEquals(List.of("Member"), states, "one change, from Guest to Member: none at the second login");
    }
}
