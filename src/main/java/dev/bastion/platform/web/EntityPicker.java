package dev.bastion.platform.web;

import dev.bastion.eve.app.UniverseNames;
import dev.bastion.eve.model.NamedId;
import dev.bastion.identity.app.Directory;
import dev.bastion.identity.model.EveOrganization;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code #{picker}}: the search behind the page kit's {@code <b:picker>}, one method per kind (the tag
 * calls {@code #{picker[kind]}}). It answers IDs; the label comes from {@link EntityLabels}, which finds
 * the same names. Members' organisations first, then every name the universe knows; {@code user} searches
 * Bastion's users (their IDs are Bastion's, not EVE's).
 */
@Named("picker")
@RequestScoped
public class EntityPicker {

    static final int MAX = 15;

    @Inject
    UniverseNames universe;

    @Inject
    Directory directory;

    @Inject
    dev.bastion.eve.app.NameSearch nameSearch;

    public List<Long> character(String typed) {
        return orAskEsi(merged(directory.characters(typed, MAX), universe.search(UniverseNames.Kind.CHARACTER, typed, MAX)),
                UniverseNames.Kind.CHARACTER, typed);
    }

    public List<Long> corporation(String typed) {
        return orAskEsi(merged(directory.organizations(EveOrganization.Kind.CORPORATION, typed, MAX),
                universe.search(UniverseNames.Kind.CORPORATION, typed, MAX)), UniverseNames.Kind.CORPORATION, typed);
    }

    public List<Long> alliance(String typed) {
        return orAskEsi(merged(directory.organizations(EveOrganization.Kind.ALLIANCE, typed, MAX),
                universe.search(UniverseNames.Kind.ALLIANCE, typed, MAX)), UniverseNames.Kind.ALLIANCE, typed);
    }

    public List<Long> faction(String typed) {
        return orAskEsi(ids(universe.search(UniverseNames.Kind.FACTION, typed, MAX)), UniverseNames.Kind.FACTION, typed);
    }

    /**
     * What Bastion knows, or, when it knows nothing of that name, what ESI knows by exactly that name: a
     * pilot or an organisation no member and no killmail has named yet.
     */
    private List<Long> orAskEsi(List<Long> known, UniverseNames.Kind kind, String typed) {
        return known.isEmpty() ? nameSearch.exact(kind, typed).map(n -> List.of(n.id())).orElse(List.of()) : known;
    }

    public List<Long> system(String typed) {
        return ids(universe.search(UniverseNames.Kind.SOLAR_SYSTEM, typed, MAX));
    }

    public List<Long> region(String typed) {
        return ids(universe.search(UniverseNames.Kind.REGION, typed, MAX));
    }

    public List<Long> constellation(String typed) {
        return ids(universe.search(UniverseNames.Kind.CONSTELLATION, typed, MAX));
    }

    public List<Long> type(String typed) {
        return ids(universe.search(UniverseNames.Kind.TYPE, typed, MAX));
    }

    public List<Long> group(String typed) {
        return ids(universe.search(UniverseNames.Kind.GROUP, typed, MAX));
    }

    /** Portal states (Member, Blue ...), for tracker clauses about attackers' and victims' states. */
    public List<Long> state(String typed) {
        return ids(directory.states(typed, MAX));
    }

    /** Bastion's users (by the name of their main or of any of their characters, or the username), for admin pages. */
    public List<Long> user(String typed) {
        return ids(directory.users(typed, MAX));
    }

    private static List<Long> ids(List<NamedId> found) {
        return found.stream().map(NamedId::id).toList();
    }

    /** Both lists, alphabetically, each ID once, at most {@link #MAX}. */
    private static List<Long> merged(List<NamedId> first, List<NamedId> second) {
        Map<Long, String> byId = new LinkedHashMap<>();
        first.forEach(n -> byId.putIfAbsent(n.id(), n.name()));
        second.forEach(n -> byId.putIfAbsent(n.id(), n.name()));
        return byId.entrySet().stream().sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .limit(MAX).map(Map.Entry::getKey).toList();
    }
}
