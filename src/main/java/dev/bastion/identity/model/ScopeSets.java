package dev.bastion.identity.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every scope set an SSO round trip may ask for: identity's own (first) and those modules declare. Names
 * are unique; the union is what the application registered at CCP must allow (CCP refuses a round trip
 * that asks for a scope the application does not have).
 */
public final class ScopeSets {

    private final Map<String, ScopeSet> byName = new LinkedHashMap<>();

    private ScopeSets() {
    }

    /** Identity's set from the login scopes, then the modules' sets; a second set of one name is refused. */
    public static ScopeSets of(List<String> loginScopes, Collection<ScopeSet> modules) {
        ScopeSets sets = new ScopeSets();
        sets.add(new ScopeSet(ScopeSet.IDENTITY, loginScopes));
        modules.forEach(sets::add);
        return sets;
    }

    private void add(ScopeSet set) {
        if (byName.putIfAbsent(set.name(), set) != null) {
            throw new IllegalArgumentException("Two scope sets are named " + set.name());
        }
    }

    /** What logging in and adding an alt ask for. */
    public ScopeSet identity() {
        return byName.get(ScopeSet.IDENTITY);
    }

    /** The set of that name; identity's when no name is given. */
    public Optional<ScopeSet> named(String name) {
        return name == null || name.isBlank() ? Optional.of(identity()) : Optional.ofNullable(byName.get(name));
    }

    public List<ScopeSet> all() {
        return List.copyOf(byName.values());
    }

    /** Every scope any set asks for, in the order first named: the scopes to tick at CCP. */
    public List<String> union() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        byName.values().forEach(s -> out.addAll(s.scopes()));
        return new ArrayList<>(out);
    }
}
