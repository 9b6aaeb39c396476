package dev.bastion.killtracker;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a tracker asks of a killmail, as plain values: the matcher reads only this, so the rules are
 * unit-tested without a database. A null threshold means "clause off"; a zero threshold means zero.
 */
public final class TrackerRules {

    String name = "";
    Integer originSolarSystemId;
    Integer maxJumps;
    Double maxDistance;
    boolean excludeHighSec;
    boolean excludeLowSec;
    boolean excludeNullSec;
    boolean excludeWSpace;
    boolean finalBlowMode;
    Long minValueMillions;
    boolean excludeNpc;
    boolean requireNpc;
    boolean excludeWar;
    boolean requireWar;
    Integer minAttackers;
    Integer maxAttackers;
    boolean identifyFleets;
    boolean postingName = true;
    PingType pingType = PingType.NONE;
    String color = "";
    private final Map<RefList, Set<Long>> lists = new EnumMap<>(RefList.class);

    public TrackerRules name(String v) { name = v; return this; }
    public TrackerRules origin(Integer solarSystemId) { originSolarSystemId = solarSystemId; return this; }
    public TrackerRules maxJumps(Integer v) { maxJumps = v; return this; }
    public TrackerRules maxDistance(Double v) { maxDistance = v; return this; }
    public TrackerRules excludeHighSec(boolean v) { excludeHighSec = v; return this; }
    public TrackerRules excludeLowSec(boolean v) { excludeLowSec = v; return this; }
    public TrackerRules excludeNullSec(boolean v) { excludeNullSec = v; return this; }
    public TrackerRules excludeWSpace(boolean v) { excludeWSpace = v; return this; }
    public TrackerRules finalBlowMode(boolean v) { finalBlowMode = v; return this; }
    public TrackerRules minValueMillions(Long v) { minValueMillions = v; return this; }
    public TrackerRules excludeNpc(boolean v) { excludeNpc = v; return this; }
    public TrackerRules requireNpc(boolean v) { requireNpc = v; return this; }
    public TrackerRules excludeWar(boolean v) { excludeWar = v; return this; }
    public TrackerRules requireWar(boolean v) { requireWar = v; return this; }
    public TrackerRules minAttackers(Integer v) { minAttackers = v; return this; }
    public TrackerRules maxAttackers(Integer v) { maxAttackers = v; return this; }
    public TrackerRules identifyFleets(boolean v) { identifyFleets = v; return this; }
    public TrackerRules postingName(boolean v) { postingName = v; return this; }
    public TrackerRules pingType(PingType v) { pingType = v; return this; }
    public TrackerRules color(String v) { color = v == null ? "" : v; return this; }

    public TrackerRules list(RefList list, Collection<? extends Number> ids) {
        if (ids.isEmpty()) {
            lists.remove(list);
        } else {
            lists.put(list, ids.stream().map(Number::longValue).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        return this;
    }

    public TrackerRules list(RefList list, long... ids) {
        return list(list, java.util.Arrays.stream(ids).boxed().toList());
    }

    /** The entries of a list clause; empty when the clause is off. */
    public Set<Long> list(RefList list) {
        return lists.getOrDefault(list, Set.of());
    }

    public boolean has(RefList list) {
        return lists.containsKey(list);
    }

    public String name() { return name; }
    public Integer origin() { return originSolarSystemId; }
    public Integer maxJumps() { return maxJumps; }
    public Double maxDistance() { return maxDistance; }
    public boolean excludeHighSec() { return excludeHighSec; }
    public boolean excludeLowSec() { return excludeLowSec; }
    public boolean excludeNullSec() { return excludeNullSec; }
    public boolean excludeWSpace() { return excludeWSpace; }
    public boolean finalBlowMode() { return finalBlowMode; }
    public Long minValueMillions() { return minValueMillions; }
    public boolean excludeNpc() { return excludeNpc; }
    public boolean requireNpc() { return requireNpc; }
    public boolean excludeWar() { return excludeWar; }
    public boolean requireWar() { return requireWar; }
    public Integer minAttackers() { return minAttackers; }
    public Integer maxAttackers() { return maxAttackers; }
    public boolean identifyFleets() { return identifyFleets; }
    public boolean postingName() { return postingName; }
    public PingType pingType() { return pingType; }
    public String color() { return color; }

    /** Any clause about where the kill happened (spec: "has localisation clause"). */
    public boolean hasLocationClause() {
        return excludeHighSec || excludeLowSec || excludeNullSec || excludeWSpace || maxDistance != null
                || maxJumps != null || has(RefList.REGIONS) || has(RefList.CONSTELLATIONS) || has(RefList.SOLAR_SYSTEMS);
    }
}
