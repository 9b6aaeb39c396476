package dev.bastion.killtracker.web;

import dev.bastion.killtracker.infra.LiveKillWorld;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.eve.model.NamedId;
import dev.bastion.eve.app.UniverseNames;
import dev.bastion.identity.app.Directory;
import dev.bastion.identity.model.EveOrganization;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Autocomplete and display names for the tracker form: each entry reads "Name (id)", so a form posts
 * back something a person can read and the server can parse without any view state.
 */
@ApplicationScoped
public class Names {

    private static final Pattern TRAILING_ID = Pattern.compile("\\((-?\\d{1,19})\\)\\s*$");
    private static final int MAX = 15;

    @Inject
    UniverseNames universe;

    @Inject
    Directory directory;

    @Inject
    LiveKillWorld world;

    /** Suggestions for what the user typed, for one kind of entry. */
    public List<String> complete(RefList.Referent referent, String typed) {
        String q = typed == null ? "" : typed.strip();
        if (q.length() < 2 && referent != RefList.Referent.STATE && referent != RefList.Referent.FACTION) {
            return List.of();
        }
        List<NamedId> found = switch (referent) {
            case REGION -> universe.search(UniverseNames.Kind.REGION, q, MAX);
            case CONSTELLATION -> universe.search(UniverseNames.Kind.CONSTELLATION, q, MAX);
            case SOLAR_SYSTEM -> universe.search(UniverseNames.Kind.SOLAR_SYSTEM, q, MAX);
            case GROUP -> universe.search(UniverseNames.Kind.GROUP, q, MAX);
            case TYPE -> universe.search(UniverseNames.Kind.TYPE, q, MAX);
            case ALLIANCE -> organizations(UniverseNames.Kind.ALLIANCE, EveOrganization.Kind.ALLIANCE, q);
            case CORPORATION -> organizations(UniverseNames.Kind.CORPORATION, EveOrganization.Kind.CORPORATION, q);
            case FACTION -> organizations(UniverseNames.Kind.FACTION, EveOrganization.Kind.FACTION, q);
            case STATE -> directory.states(q, MAX);
            case DISCORD_ROLE -> List.of();
        };
        return found.stream().map(n -> n.name() + " (" + n.id() + ")").toList();
    }

    /** Organisations seen on killmails and those of members, one entry per ID, alphabetically. */
    private List<NamedId> organizations(UniverseNames.Kind seen, EveOrganization.Kind members, String q) {
        Map<Long, NamedId> byId = new LinkedHashMap<>();
        universe.search(seen, q, MAX).forEach(n -> byId.put(n.id(), n));
        directory.organizations(members, q, MAX).forEach(n -> byId.putIfAbsent(n.id(), n));
        return byId.values().stream().sorted(Comparator.comparing(NamedId::name)).limit(MAX).toList();
    }

    /** "Name (id)" for an ID of a kind; the ID alone in parentheses when the name is unknown. */
    public String label(RefList.Referent referent, long id) {
        String name = namer(referent).apply(id);
        return (name == null ? "" : name + " ") + "(" + id + ")";
    }

    public Function<Long, String> namer(RefList.Referent referent) {
        return id -> switch (referent) {
            case REGION -> world.region(id.intValue());
            case GROUP -> world.group(id.intValue());
            case TYPE -> world.type(id.intValue());
            case SOLAR_SYSTEM -> world.system(id.intValue()).map(s -> s.name()).orElse(null);
            case CONSTELLATION -> universe.name(UniverseNames.Kind.CONSTELLATION, id).orElse(null);
            case STATE -> directory.stateName(id).orElse(null);
            case DISCORD_ROLE -> null;
            default -> world.entity(id) != null ? world.entity(id) : directory.organizationName(id).orElse(null);
        };
    }

    /** The ID of an entry "Name (id)" or a bare number; null when neither. */
    public static Long idOf(String entry) {
        if (entry == null) {
            return null;
        }
        String s = entry.strip();
        if (s.matches("\\d{1,19}")) {
            return Long.parseLong(s);
        }
        Matcher m = TRAILING_ID.matcher(s);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }
}
