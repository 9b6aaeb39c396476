package dev.bastion.killtracker;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An admin-defined tracker as stored: general settings, Discord settings and every clause. The matcher
 * never sees the entity; it gets {@link #rules()}, a plain snapshot.
 */
@Entity
@Table(name = "kt_tracker")
public class Tracker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "tracker_id")
    private Long id;
    private String name = "";
    private String description = "";
    private boolean enabled = true;
    private String color = "";
    @Column(name = "webhook_id")
    private Long webhookId;
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
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = OffsetDateTime.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kt_tracker_entry", joinColumns = @JoinColumn(name = "tracker_id"))
    private Set<TrackerEntry> entries = new HashSet<>();

    /** The matcher's view of this tracker. */
    public TrackerRules rules() {
        TrackerRules r = new TrackerRules().name(name).origin(originSolarSystemId).maxJumps(maxJumps)
                .maxDistance(maxDistance).excludeHighSec(excludeHighSec).excludeLowSec(excludeLowSec)
                .excludeNullSec(excludeNullSec).excludeWSpace(excludeWSpace).finalBlowMode(finalBlowMode)
                .minValueMillions(minValueMillions).excludeNpc(excludeNpc).requireNpc(requireNpc).excludeWar(excludeWar)
                .requireWar(requireWar).minAttackers(minAttackers).maxAttackers(maxAttackers)
                .identifyFleets(identifyFleets).postingName(postingName).pingType(pingType).color(color);
        for (RefList list : RefList.values()) {
            r.list(list, ids(list));
        }
        return r;
    }

    public List<Long> ids(RefList list) {
        return entries.stream().filter(e -> e.list() == list).map(TrackerEntry::refId).sorted().toList();
    }

    public void setIds(RefList list, Collection<Long> ids) {
        entries.removeIf(e -> e.list() == list);
        ids.forEach(id -> entries.add(new TrackerEntry(list, id)));
    }

    /** A copy for "copy tracker": every setting and clause, a new name, disabled until reviewed. */
    public Tracker copyNamed(String newName) {
        Tracker t = new Tracker();
        t.name = newName;
        t.description = description;
        t.enabled = false;
        t.color = color;
        t.webhookId = webhookId;
        t.pingType = pingType;
        t.postingName = postingName;
        t.originSolarSystemId = originSolarSystemId;
        t.maxJumps = maxJumps;
        t.maxDistance = maxDistance;
        t.excludeHighSec = excludeHighSec;
        t.excludeLowSec = excludeLowSec;
        t.excludeNullSec = excludeNullSec;
        t.excludeWSpace = excludeWSpace;
        t.finalBlowMode = finalBlowMode;
        t.minValueMillions = minValueMillions;
        t.excludeNpc = excludeNpc;
        t.requireNpc = requireNpc;
        t.excludeWar = excludeWar;
        t.requireWar = requireWar;
        t.minAttackers = minAttackers;
        t.maxAttackers = maxAttackers;
        t.identifyFleets = identifyFleets;
        t.entries = new HashSet<>(entries);
        return t;
    }

    /** Spec: "#000000" means no colour; saved as empty. */
    static String normalizedColor(String color) {
        if (color == null || color.isBlank() || "#000000".equals(color.strip())) {
            return "";
        }
        String c = color.strip();
        return c.startsWith("#") ? c.toUpperCase(java.util.Locale.ROOT) : "#" + c.toUpperCase(java.util.Locale.ROOT);
    }

    public void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String v) { name = v == null ? "" : v.strip(); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v == null ? "" : v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public String getColor() { return color; }
    public void setColor(String v) { color = normalizedColor(v); }
    public Long getWebhookId() { return webhookId; }
    public void setWebhookId(Long v) { webhookId = v; }
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
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
}
