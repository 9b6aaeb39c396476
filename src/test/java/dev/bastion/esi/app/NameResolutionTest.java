package dev.bastion.esi.app;

import dev.bastion.esi.model.EsiException;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 8: /universe/names is bisected around unknown IDs only within ESI's error budget. */
class NameResolutionTest {

    /** ESI's names route in miniature: 404 for the whole list when any ID is unknown; counts its errors. */
    static final class FakeEsi implements NameResolution.Names {
        final Set<Long> unknown;
        int budget = 100;
        final List<Integer> asked = new ArrayList<>();

        FakeEsi(Set<Long> unknown) {
            this.unknown = unknown;
        }

        @Override
        public JsonArray ask(List<Long> ids) {
            asked.add(ids.size());
            if (ids.stream().anyMatch(unknown::contains)) {
                budget--;
                throw new EsiException(EsiException.Kind.REJECTED, 404, "ESI answered 404", null);
            }
            JsonArrayBuilder b = Json.createArrayBuilder();
            ids.forEach(id -> b.add(Json.createObjectBuilder().add("id", id).add("name", "N" + id).add("category", "character")));
            return b.build();
        }
    }

    static List<Long> ids(long from, long to) {
        return LongStream.rangeClosed(from, to).boxed().toList();
    }

    @Test
    void item8_knownIdsAreNamedAndUnknownOnesIsolatedWhileTheBudgetLasts() {
        FakeEsi esi = new FakeEsi(Set.of(3L, 7L));
        NameResolution.Result r = NameResolution.resolve(ids(1, 8), 1000, esi, () -> esi.budget, 50);
        assertEquals(Set.of(1L, 2L, 4L, 5L, 6L, 8L), r.found().keySet());
        assertEquals(Set.of(3L, 7L), r.unknown());
        assertTrue(r.unasked().isEmpty());
    }

    @Test
    void item8_bisectionStopsWhenTheErrorBudgetIsDownToTheReserve() {
        // Half of 200 IDs unknown: unbounded bisection would spend well over the 100 errors ESI allows.
        Set<Long> unknown = new java.util.HashSet<>();
        for (long id = 1; id <= 200; id += 2) {
            unknown.add(id);
        }
        FakeEsi esi = new FakeEsi(unknown);
        NameResolution.Result r = NameResolution.resolve(ids(1, 200), 1000, esi, () -> esi.budget, 50);
        assertEquals(50, esi.budget, "stopped at the reserve, leaving it to the rest of the portal");
        assertTrue(!r.unasked().isEmpty(), "the rest is left for after the window resets");
        assertEquals(200, r.found().size() + r.unknown().size() + r.unasked().size(), "every ID accounted for");
    }

    @Test
    void item8_whileTheBudgetIsLowAListIsAskedOnceButNotSplit() {
        FakeEsi esi = new FakeEsi(Set.of(2L));
        NameResolution.Result low = NameResolution.resolve(ids(1, 5), 1000, esi, () -> 20, 50);
        assertEquals(List.of(5), esi.asked, "one ordinary request, no bisection");
        assertEquals(Set.of(1L, 2L, 3L, 4L, 5L), low.unasked());
        FakeEsi fine = new FakeEsi(Set.of());
        assertEquals(5, NameResolution.resolve(ids(1, 5), 1000, fine, () -> 20, 50).found().size(),
                "known IDs are still named while the budget is low");
        FakeEsi unknownBudget = new FakeEsi(Set.of(2L));
        NameResolution.resolve(ids(1, 5), 1000, unknownBudget, () -> -1, 50);
        assertTrue(unknownBudget.asked.size() > 1, "before any ESI answer the budget is unknown: bisect");
    }

    @Test
    void item8_otherEsiFailuresAreNotBisected() {
        NameResolution.Names down = ids -> {
            throw new EsiException(EsiException.Kind.UNAVAILABLE, 503, "ESI answered 503", null);
        };
        try {
            NameResolution.resolve(ids(1, 5), 1000, down, () -> 100, 50);
            throw new AssertionError("expected the failure to reach the caller");
        } catch (EsiException e) {
            assertEquals(503, e.status());
        }
    }

    @Test
    void largeListsGoInChunksOfAtMostTheBulkLimit() {
        FakeEsi esi = new FakeEsi(Set.of());
        NameResolution.resolve(ids(1, 2500), 1000, esi, () -> 100, 50);
        assertEquals(List.of(1000, 1000, 500), esi.asked);
    }
}
