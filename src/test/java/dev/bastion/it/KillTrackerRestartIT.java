package dev.bastion.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.bastion.it.KillTrackerFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No loss across a crash: with messages waiting in the outbox (Discord blocked) and killmails not yet
 * read from the feed, the server process is killed with SIGKILL and started again. Afterwards every
 * killmail arrives at the sink exactly once: the outbox and the feed position were committed together.
 */
class KillTrackerRestartIT {

    static final Path WLP = Path.of("target/liberty/wlp");
    static final String SERVER = "bastion-it";
    static final String MATCHES = "SELECT count(*) FROM kt_match m JOIN kt_tracker t USING (tracker_id) "
            + "WHERE t.name = 'IT restart 7301'";

    @Test
    void aKilledServerResumesItsBacklogWithoutLossOrDuplicates() throws Exception {
        long webhook = webhook("7301");
        tracker("IT restart 7301", webhook, null);
        // Discord "down" for this webhook: everything queues in the outbox.
        Db.update("UPDATE notify_webhook SET blocked_until = now() + interval '1 hour' WHERE webhook_id = ?", webhook);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            ids.add(publish(10000002));
        }
        await(30_000, () -> Db.count(MATCHES) >= 15);
        // A second burst that the feed is still reading when the process dies.
        for (int i = 0; i < 15; i++) {
            ids.add(publish(10000002));
        }
        kill9();
        assertTrue(Db.count(MATCHES) < 30,
                "part of the second burst was still unread when the server died");
        Db.update("UPDATE notify_webhook SET blocked_until = NULL WHERE webhook_id = ?", webhook);
        start();
        List<JsonObject> embeds = awaitEmbeds("7301", ids.size(), 60_000);
        Thread.sleep(2000);
        embeds = embeds("7301");
        List<String> urls = embeds.stream().map(e -> e.getString("url")).toList();
        Set<String> distinct = new HashSet<>(urls);
        assertEquals(ids.size(), distinct.size(), "every killmail arrived");
        assertEquals(urls.size(), distinct.size(), "and none twice");
        assertEquals(ids.stream().map(id -> "https://zkillboard.com/kill/" + id + "/").toList(), urls,
                "in the order zKillboard published them");
        Db.update("UPDATE kt_tracker SET enabled = FALSE, updated_at = now() WHERE name = 'IT restart 7301'");
    }


    private static void kill9() throws Exception {
        Path pidFile = WLP.resolve("usr/servers/.pid/" + SERVER + ".pid");
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        assertTrue(server.destroyForcibly(), "SIGKILL sent");
        server.onExit().get(30, TimeUnit.SECONDS);
        Files.deleteIfExists(pidFile);
    }

    private static void start() throws Exception {
        Process p = new ProcessBuilder(WLP.resolve("bin/server").toString(), "start", SERVER).inheritIO().start();
        assertEquals(0, p.waitFor(), "server start");
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            try {
                if (Http.get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // the port is not open yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("the server did not become ready after the restart");
    }
}
