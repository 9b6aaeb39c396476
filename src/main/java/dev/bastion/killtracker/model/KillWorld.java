package dev.bastion.killtracker.model;

import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.NewEdenMap;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What the matcher needs to know beyond the killmail: the map, the group of each type and the Auth
 * state of each character's owner. Implementations answer from memory; matching never waits on I/O.
 */
public interface KillWorld {

    NewEdenMap map();

    /** The inventory group of a type; null when the type is unknown (it then cannot match). */
    Integer groupOf(int typeId);

    /** The state of the user owning the character; null when no user owns it. */
    Long stateOf(long characterId);

    default Optional<MapSystem> system(int solarSystemId) {
        return map().system(solarSystemId);
    }

    /**
     * Gate jumps, optionally never passing through high-sec; empty when there is no such route or an end
     * is in Pochven or w-space (the map decides).
     */
    default OptionalInt jumps(int from, int to, boolean avoidHighSec) {
        return avoidHighSec ? map().jumpsAvoidingHighSec(from, to) : map().jumps(from, to);
    }

    /**
     * Light years between two k-space systems. Empty when either end is unknown, in w-space, Abyssal
     * or Pochven: those systems' coordinates are not reachable by jump drive from the rest.
     */
    default OptionalDouble lightYears(int from, int to) {
        Optional<MapSystem> a = system(from);
        Optional<MapSystem> b = system(to);
        if (a.isEmpty() || b.isEmpty() || !a.get().spaceClass().isKnownSpace() || !b.get().spaceClass().isKnownSpace()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(NewEdenMap.lightYears(a.get(), b.get()));
    }
}
