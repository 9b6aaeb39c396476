package dev.bastion.identity.model;

/** Where a character stands right now: corporation, alliance and faction (warfare), as ESI reports. */
public record Affiliation(long characterId, Long corporationId, Long allianceId, Long factionId) {

    public static Affiliation unknown(long characterId) {
        return new Affiliation(characterId, null, null, null);
    }
}
