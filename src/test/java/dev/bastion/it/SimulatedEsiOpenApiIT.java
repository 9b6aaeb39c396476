package dev.bastion.it;

import com.networknt.schema.Error;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every ESI route the simulator serves answers what CCP's OpenAPI spec says that route answers: the body of
 * each, for real IDs of the test server, validates against the route's schema (and errors against ESI's
 * error schema), so that the portal is tested against payloads shaped like production's.
 */
class SimulatedEsiOpenApiIT {

    static long character = SsoLoginIT.ARIA;
    static long corporation;
    static long alliance;
    static long killmail;
    static String hash;

    @BeforeAll
    static void ids() throws Exception {
        Http.awaitReady();
        corporation = ((Number) Db.value("SELECT corporation_id FROM sim_character WHERE character_id = ?", character)).longValue();
        alliance = ((Number) Db.value("SELECT min(alliance_id) FROM sim_corporation WHERE alliance_id IS NOT NULL")).longValue();
        killmail = KillTrackerFixtures.publish(10000005);
        hash = KillTrackerFixtures.md5(String.valueOf(killmail));
    }

    /** The spec's route, the simulator's address and, for a POST, its body. */
    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("GET", "/characters/{character_id}", "/characters/" + character, null, 200),
                Arguments.of("GET", "/corporations/{corporation_id}", "/corporations/" + corporation, null, 200),
                Arguments.of("GET", "/alliances/{alliance_id}", "/alliances/" + alliance, null, 200),
                Arguments.of("POST", "/characters/affiliation", "/characters/affiliation", "[" + character + "]", 200),
                Arguments.of("POST", "/universe/names", "/universe/names", "[" + character + "," + corporation + "]", 200),
                Arguments.of("POST", "/universe/ids", "/universe/ids", "[\"Aria Valen\",\"Caldari State\",\"Wayne Enterprise\",\"nobody at all\"]", 200),
                Arguments.of("GET", "/universe/types", "/universe/types?page=1", null, 200),
                Arguments.of("GET", "/universe/types/{type_id}", "/universe/types/587", null, 200),
                Arguments.of("GET", "/universe/groups/{group_id}", "/universe/groups/25", null, 200),
                Arguments.of("GET", "/universe/categories/{category_id}", "/universe/categories/6", null, 200),
                Arguments.of("GET", "/killmails/{killmail_id}/{killmail_hash}", "/killmails/" + killmail + "/" + hash, null, 200),
                // Errors have ESI's error shape too.
                Arguments.of("GET", "/universe/types/{type_id}", "/universe/types/99999999", null, 404),
                Arguments.of("POST", "/universe/names", "/universe/names", "[1]", 404));
    }

    @ParameterizedTest(name = "{0} {1} -> {4}")
    @MethodSource("routes")
    void whatTheSimulatedEsiServesConformsToCcpsSpec(String method, String specPath, String path, String body, int status)
            throws Exception {
        HttpResponse<String> r = "GET".equals(method) ? Http.get("/sim/esi" + path) : Http.postJson("/sim/esi" + path, body);
        assertEquals(status, r.statusCode(), r.body());
        List<Error> problems = EsiOpenApi.problems(method, specPath, status, r.body());
        assertTrue(problems.isEmpty(), method + " " + path + " answered " + r.body() + "\nwhich breaks CCP's spec: " + problems);
    }

    @org.junit.jupiter.api.Test
    void aPayloadThatBreaksTheSpecIsCaught() throws Exception {
        // The check itself can fail: a character without its name, a corporation ID as text.
        List<Error> problems = EsiOpenApi.problems("GET", "/characters/{character_id}", 200,
                "{\"corporation_id\":\"98000001\",\"birthday\":\"2015-03-24T11:37:00Z\",\"gender\":\"female\",\"race_id\":1,"
                        + "\"bloodline_id\":1}");
        assertTrue(problems.stream().anyMatch(e -> e.toString().contains("name")), problems.toString());
        assertTrue(problems.stream().anyMatch(e -> e.toString().contains("corporation_id")), problems.toString());
    }
}
