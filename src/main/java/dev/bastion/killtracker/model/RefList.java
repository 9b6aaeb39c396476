package dev.bastion.killtracker.model;

/**
 * The set-valued clauses of a tracker (and its ping roles): each names what its entries refer to, so
 * that forms offer the right autocomplete and lists show names instead of IDs.
 */
public enum RefList {
    REGIONS("Require regions", Referent.REGION),
    CONSTELLATIONS("Require constellations", Referent.CONSTELLATION),
    SOLAR_SYSTEMS("Require solar systems", Referent.SOLAR_SYSTEM),
    REQUIRE_ATTACKER_ALLIANCES("Require attacker alliances", Referent.ALLIANCE),
    EXCLUDE_ATTACKER_ALLIANCES("Exclude attacker alliances", Referent.ALLIANCE),
    REQUIRE_ATTACKER_CORPORATIONS("Require attacker corporations", Referent.CORPORATION),
    EXCLUDE_ATTACKER_CORPORATIONS("Exclude attacker corporations", Referent.CORPORATION),
    REQUIRE_ATTACKER_FACTIONS("Require attacker factions", Referent.FACTION),
    EXCLUDE_ATTACKER_FACTIONS("Exclude attacker factions", Referent.FACTION),
    REQUIRE_ATTACKER_STATES("Require attacker states", Referent.STATE),
    EXCLUDE_ATTACKER_STATES("Exclude attacker states", Referent.STATE),
    REQUIRE_VICTIM_ALLIANCES("Require victim alliances", Referent.ALLIANCE),
    EXCLUDE_VICTIM_ALLIANCES("Exclude victim alliances", Referent.ALLIANCE),
    REQUIRE_VICTIM_CORPORATIONS("Require victim corporations", Referent.CORPORATION),
    EXCLUDE_VICTIM_CORPORATIONS("Exclude victim corporations", Referent.CORPORATION),
    REQUIRE_VICTIM_FACTIONS("Require victim factions", Referent.FACTION),
    EXCLUDE_VICTIM_FACTIONS("Exclude victim factions", Referent.FACTION),
    REQUIRE_VICTIM_STATES("Require victim states", Referent.STATE),
    EXCLUDE_VICTIM_STATES("Exclude victim states", Referent.STATE),
    ATTACKER_SHIP_GROUPS("Require attackers ship groups", Referent.GROUP),
    ATTACKER_SHIP_TYPES("Require attackers ship types", Referent.TYPE),
    ATTACKER_WEAPON_GROUPS("Require attackers weapon groups", Referent.GROUP),
    ATTACKER_WEAPON_TYPES("Require attackers weapon types", Referent.TYPE),
    VICTIM_SHIP_GROUPS("Require victim ship groups", Referent.GROUP),
    VICTIM_SHIP_TYPES("Require victim ship types", Referent.TYPE),
    PING_ROLES("Ping Discord roles", Referent.DISCORD_ROLE);

    /** What kind of thing an entry's ID names. */
    public enum Referent { REGION, CONSTELLATION, SOLAR_SYSTEM, ALLIANCE, CORPORATION, FACTION, STATE, GROUP, TYPE, DISCORD_ROLE }

    private final String label;
    private final Referent referent;

    RefList(String label, Referent referent) {
        this.label = label;
        this.referent = referent;
    }

    public String label() {
        return label;
    }

    public Referent referent() {
        return referent;
    }
}
