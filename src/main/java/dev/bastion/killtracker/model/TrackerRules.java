package dev.bastion.killtracker.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Transient;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Everything a tracker asks of a killmail and how it posts a match, defined once: stored as part of the
 * {@link Tracker} row, bound by the tracker form, checked by {@link TrackerValidation} and read by the
 * matcher, which gets a detached {@link #copy()} so that matching never touches the database. A null
 * threshold means "clause off"; a zero threshold means zero.
 *
 * <p>Readers use the JavaBean getters (the form binds them too); the fluent setters build rules in tests
 * and the demo.
 */
@Embeddable
public class TrackerRules {

    @Column(name = "name")
    private String name = "";
    @Column(name = "color")
    private String color = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "ping_type")
    private PingType pingType = PingType.NONE;
    @Column(name = "posting_name")
    private boolean postingName = true;
    @Column(name = "origin_solar_system_id")
    private Integer originSolarSystemId;
    @Column(name = "max_jumps")
    private Integer maxJumps;
    @Column(name = "max_distance")
    private Double maxDistance;
    @Column(name = "exclude_high_sec")
    private boolean excludeHighSec;
    @Column(name = "exclude_low_sec")
    private boolean excludeLowSec;
    @Column(name = "exclude_null_sec")
    private boolean excludeNullSec;
    @Column(name = "exclude_w_space")
    private boolean excludeWSpace;
    @Column(name = "final_blow_mode")
    private boolean finalBlowMode;
    @Column(name = "min_value_millions")
    private Long minValueMillions;
    @Column(name = "exclude_npc")
    private boolean excludeNpc;
    @Column(name = "require_npc")
    private boolean requireNpc;
    @Column(name = "exclude_war")
    private boolean excludeWar;
    @Column(name = "require_war")
    private boolean requireWar;
    @Column(name = "min_attackers")
    private Integer minAttackers;
    @Column(name = "max_attackers")
    private Integer maxAttackers;
    @Column(name = "identify_fleets")
    private boolean identifyFleets;

    /**
     * The set-valued clauses by list. Stored by the {@link Tracker} as rows of {@code kt_tracker_entry}
     * (EclipseLink cannot map a collection table inside an embeddable), which loads them into here.
     */
    @Transient
    private Map<RefList, Set<Long>> lists = new EnumMap<>(RefList.class);

    /** A detached copy with every clause and setting (for the matcher, and for "copy tracker"). */
    public TrackerRules copy() {
        TrackerRules r = new TrackerRules();
        r.name = name;
        r.color = color;
        r.pingType = pingType;
        r.postingName = postingName;
        r.originSolarSystemId = originSolarSystemId;
        r.maxJumps = maxJumps;
        r.maxDistance = maxDistance;
        r.excludeHighSec = excludeHighSec;
        r.excludeLowSec = excludeLowSec;
        r.excludeNullSec = excludeNullSec;
        r.excludeWSpace = excludeWSpace;
        r.finalBlowMode = finalBlowMode;
        r.minValueMillions = minValueMillions;
        r.excludeNpc = excludeNpc;
        r.requireNpc = requireNpc;
        r.excludeWar = excludeWar;
        r.requireWar = requireWar;
        r.minAttackers = minAttackers;
        r.maxAttackers = maxAttackers;
        r.identifyFleets = identifyFleets;
        r.lists.putAll(lists);
        return r;
    }

    // Set-valued clauses

    /** The entries of a list clause; empty when the clause is off. */
    public Set<Long> list(RefList list) {
        return lists.getOrDefault(list, Set.of());
    }

    public boolean has(RefList list) {
        return lists.containsKey(list);
    }

    /** The entries of a list, in ID order, for the form. */
    public List<Long> ids(RefList list) {
        return list(list).stream().sorted().toList();
    }

    /** Sets a list clause; an empty list switches it off. */
    public void setIds(RefList list, Collection<? extends Number> ids) {
        if (ids.isEmpty()) {
            lists.remove(list);
        } else {
            lists.put(list, ids.stream().map(Number::longValue).collect(Collectors.toUnmodifiableSet()));
        }
    }

    public TrackerRules list(RefList list, Collection<? extends Number> ids) {
        setIds(list, ids);
        return this;
    }

    public TrackerRules list(RefList list, long... ids) {
        return list(list, Arrays.stream(ids).boxed().toList());
    }

    /** Any clause about where the kill happened (spec: "has localisation clause"). */
    public boolean hasLocationClause() {
        return excludeHighSec || excludeLowSec || excludeNullSec || excludeWSpace || maxDistance != null
                || maxJumps != null || has(RefList.REGIONS) || has(RefList.CONSTELLATIONS) || has(RefList.SOLAR_SYSTEMS);
    }

    /** Spec: "#000000" means no colour; saved as empty. */
    static String normalizedColor(String color) {
        if (color == null || color.isBlank() || "#000000".equals(color.strip())) {
            return "";
        }
        String c = color.strip().toUpperCase(Locale.ROOT);
        return c.startsWith("#") ? c : "#" + c;
    }

    // Fluent setters (tests, demo)

    public TrackerRules name(String v) { setName(v); return this; }
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
    public TrackerRules pingType(PingType v) { setPingType(v); return this; }
    public TrackerRules color(String v) { color = v == null ? "" : v; return this; }

    // JavaBean accessors (matcher, validation, messages, the form)

    public String getName() { return name; }
    public void setName(String v) { name = v == null ? "" : v.strip(); }
    public String getColor() { return color; }
    public void setColor(String v) { color = normalizedColor(v); }
    public PingType getPingType() { return pingType; }
    public void setPingType(PingType v) { pingType = v == null ? PingType.NONE : v; }
    public boolean isPostingName() { return postingName; }
    public void setPostingName(boolean v) { postingName = v; }
    public Integer getOriginSolarSystemId() { return originSolarSystemId; }
    public void setOriginSolarSystemId(Integer v) { originSolarSystemId = v; }
    public Integer getMaxJumps() { return maxJumps; }
    public void setMaxJumps(Integer v) { maxJumps = v; }
    public Double getMaxDistance() { return maxDistance; }
    public void setMaxDistance(Double v) { maxDistance = v; }
    public boolean isExcludeHighSec() { return excludeHighSec; }
    public void setExcludeHighSec(boolean v) { excludeHighSec = v; }
    public boolean isExcludeLowSec() { return excludeLowSec; }
    public void setExcludeLowSec(boolean v) { excludeLowSec = v; }
    public boolean isExcludeNullSec() { return excludeNullSec; }
    public void setExcludeNullSec(boolean v) { excludeNullSec = v; }
    public boolean isExcludeWSpace() { return excludeWSpace; }
    public void setExcludeWSpace(boolean v) { excludeWSpace = v; }
    public boolean isFinalBlowMode() { return finalBlowMode; }
    public void setFinalBlowMode(boolean v) { finalBlowMode = v; }
    public Long getMinValueMillions() { return minValueMillions; }
    public void setMinValueMillions(Long v) { minValueMillions = v; }
    public boolean isExcludeNpc() { return excludeNpc; }
    public void setExcludeNpc(boolean v) { excludeNpc = v; }
    public boolean isRequireNpc() { return requireNpc; }
    public void setRequireNpc(boolean v) { requireNpc = v; }
    public boolean isExcludeWar() { return excludeWar; }
    public void setExcludeWar(boolean v) { excludeWar = v; }
    public boolean isRequireWar() { return requireWar; }
    public void setRequireWar(boolean v) { requireWar = v; }
    public Integer getMinAttackers() { return minAttackers; }
    public void setMinAttackers(Integer v) { minAttackers = v; }
    public Integer getMaxAttackers() { return maxAttackers; }
    public void setMaxAttackers(Integer v) { maxAttackers = v; }
    public boolean isIdentifyFleets() { return identifyFleets; }
    public void setIdentifyFleets(boolean v) { identifyFleets = v; }
}
