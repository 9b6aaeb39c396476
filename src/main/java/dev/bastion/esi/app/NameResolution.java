package dev.bastion.esi.app;

import dev.bastion.esi.model.EsiException;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Resolving many IDs through {@code POST /universe/names}, which fails the whole call with 404 when any
 * ID is unknown: a failing list is split in halves until the unknown IDs are isolated. Every such 404
 * spends one of ESI's error budget (100 a minute for the whole server), so splitting stops while the
 * budget is at or below a reserve: the IDs not asked yet come back as {@code unasked}, to be tried
 * after the window resets, and the reserve is left to everything else the portal asks ESI. The first
 * request for a list is always made (it also learns the current budget from ESI's headers).
 */
public final class NameResolution {

    /** What was learnt: names found, IDs ESI said it does not know, IDs not asked (budget too low). */
    public record Result(Map<Long, JsonObject> found, Set<Long> unknown, Set<Long> unasked) {
    }

    /** One {@code /universe/names} request. */
    @FunctionalInterface
    public interface Names {
        JsonArray ask(List<Long> ids);
    }

    private final Names names;
    private final IntSupplier errorsRemaining;
    private final int reserve;
    private final Map<Long, JsonObject> found = new HashMap<>();
    private final Set<Long> unknown = new LinkedHashSet<>();
    private final Set<Long> unasked = new LinkedHashSet<>();

    private NameResolution(Names names, IntSupplier errorsRemaining, int reserve) {
        this.names = names;
        this.errorsRemaining = errorsRemaining;
        this.reserve = reserve;
    }

    /**
     * Resolves {@code ids} in lists of at most {@code chunk}. {@code errorsRemaining} answers ESI's
     * current error budget, or a negative number when not known yet (then asking is allowed).
     */
    public static Result resolve(Collection<Long> ids, int chunk, Names names, IntSupplier errorsRemaining, int reserve) {
        NameResolution r = new NameResolution(names, errorsRemaining, reserve);
        List<Long> all = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += chunk) {
            r.bisect(all.subList(i, Math.min(all.size(), i + chunk)));
        }
        return new Result(r.found, r.unknown, r.unasked);
    }

    /** A list's first request is an ordinary one (the gateway's floor guards it); splitting spends errors on purpose. */
    private void bisect(List<Long> ids) {
        ask(ids, false);
    }

    private void ask(List<Long> ids, boolean splitting) {
        if (ids.isEmpty()) {
            return;
        }
        int remaining = errorsRemaining.getAsInt();
        if (splitting && remaining >= 0 && remaining <= reserve) {
            unasked.addAll(ids);
            return;
        }
        JsonArray answer;
        try {
            answer = names.ask(ids);
        } catch (EsiException e) {
            if (e.kind() != EsiException.Kind.REJECTED || e.status() != 404) {
                throw e;
            }
            if (ids.size() == 1) {
                unknown.add(ids.get(0));
                return;
            }
            int half = ids.size() / 2;
            ask(ids.subList(0, half), true);
            ask(ids.subList(half, ids.size()), true);
            return;
        }
        for (JsonValue v : answer) {
            JsonObject o = v.asJsonObject();
            found.put(o.getJsonNumber("id").longValue(), o);
        }
    }
}
