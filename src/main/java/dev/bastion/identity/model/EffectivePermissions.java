package dev.bastion.identity.model;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user may do: the union of permissions granted to the user, to each group they belong to and
 * to their state, or everything for a superuser. Remembers where each permission came from so that
 * an administrator can see why someone holds it.
 */
public final class EffectivePermissions {

    /** One grant: "from state Member", "from group Recruiters", "granted directly". */
    public record Source(String kind, String name) {
        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    private final boolean superuser;
    private final Map<Permission, Set<String>> sources;

    private EffectivePermissions(boolean superuser, Map<Permission, Set<String>> sources) {
        this.superuser = superuser;
        this.sources = sources;
    }

    public static EffectivePermissions none() {
        return new EffectivePermissions(false, Collections.emptyMap());
    }

    /** Everything, as a superuser holds it: Bastion's own jobs act with this. */
    public static EffectivePermissions everything() {
        return new EffectivePermissions(true, Collections.emptyMap());
    }

    /**
     * @param granted pairs of (where from, codes); unknown codes (a permission removed from Bastion) are ignored
     */
    public static EffectivePermissions of(boolean superuser, List<Map.Entry<Source, Collection<String>>> granted) {
        Map<Permission, Set<String>> sources = new EnumMap<>(Permission.class);
        for (Map.Entry<Source, Collection<String>> grant : granted) {
            for (String code : grant.getValue()) {
                Optional<Permission> p = Permission.ofCode(code);
                p.ifPresent(permission -> sources.computeIfAbsent(permission, k -> new TreeSet<>())
                        .add(grant.getKey().toString()));
            }
        }
        return new EffectivePermissions(superuser, sources);
    }

    public boolean has(Permission p) {
        return superuser || sources.containsKey(p);
    }

    public boolean hasAny(Collection<Permission> ps) {
        return ps.stream().anyMatch(this::has);
    }

    public boolean superuser() {
        return superuser;
    }

    public Set<Permission> all() {
        if (superuser) {
            return EnumSet.allOf(Permission.class);
        }
        return sources.isEmpty() ? EnumSet.noneOf(Permission.class) : EnumSet.copyOf(sources.keySet());
    }

    /** Where the permission comes from, for display; "superuser" when that is the only reason. */
    public String sourcesOf(Permission p) {
        Set<String> s = sources.get(p);
        if (s == null) {
            return superuser ? "superuser" : "";
        }
        return String.join(", ", s);
    }
}
