package dev.bastion.identity.model;

import java.util.Set;

/**
 * A state as the resolver sees it: its priority and who qualifies. A character qualifies when it, its
 * corporation, its alliance or its faction is listed, or when the state is public.
 */
public record StateDefinition(long id, String name, int priority, boolean isPublic, Set<Long> characters,
                              Set<Long> corporations, Set<Long> alliances, Set<Long> factions) {

    public boolean admits(Affiliation a) {
        return isPublic
                || characters.contains(a.characterId())
                || a.corporationId() != null && corporations.contains(a.corporationId())
                || a.allianceId() != null && alliances.contains(a.allianceId())
                || a.factionId() != null && factions.contains(a.factionId());
    }
}
