package dev.bastion.platform.web;

import dev.bastion.eve.app.Universe;
import dev.bastion.eve.app.UniverseNames;
import dev.bastion.eve.model.MapSystem;
import dev.bastion.eve.model.SecurityStatus;
import dev.bastion.identity.app.Directory;
import dev.bastion.notify.app.WebhookService;
import dev.bastion.platform.Refusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code #{labels}}: the name behind any EVE ID a page holds, for the page kit's entity label
 * ({@code <b:entity>}). Members' characters and organisations come from identity, everything else from
 * the universe (SDE and the names ESI told us); Bastion's own {@code user}s and {@code webhook}s from
 * identity and notify. Each ID is looked up once per request.
 */
@Named("labels")
@RequestScoped
public class EntityLabels {

    @Inject
    UniverseNames universe;

    @Inject
    Universe map;

    @Inject
    Directory directory;

    @Inject
    WebhookService webhooks;

    private final Map<String, String> names = new HashMap<>();

    /** The name, or a placeholder that says what is not known ("Unknown alliance"); never a bare ID. */
    public String name(String kind, Object id) {
        Long value = id(id);
        if (value == null) {
            return "";
        }
        return names.computeIfAbsent(kind + ":" + value, k -> lookUp(kind, value).orElse("Unknown " + noun(kind)));
    }

    /** Whether the name is known (the label then links; an unknown one is shown muted). */
    public boolean known(String kind, Object id) {
        Long value = id(id);
        return value != null && !name(kind, value).equals("Unknown " + noun(kind));
    }

    private Optional<String> lookUp(String kind, long id) {
        return switch (kind) {
            case "character" -> directory.characterName(id).or(() -> universe.name(UniverseNames.Kind.CHARACTER, id));
            case "corporation", "alliance" -> directory.organizationName(id)
                    .or(() -> universe.name(UniverseNames.Kind.CORPORATION, id));
            case "faction" -> universe.name(UniverseNames.Kind.FACTION, id).or(() -> directory.organizationName(id));
            case "system" -> system(id).map(MapSystem::name).or(() -> universe.name(UniverseNames.Kind.SOLAR_SYSTEM, id));
            case "region" -> universe.name(UniverseNames.Kind.REGION, id);
            case "constellation" -> universe.name(UniverseNames.Kind.CONSTELLATION, id);
            case "type" -> universe.name(UniverseNames.Kind.TYPE, id);
            case "group" -> universe.name(UniverseNames.Kind.GROUP, id);
            case "state" -> directory.stateName(id);
            case "user" -> directory.userName(id);
            case "webhook" -> webhook(id);
            default -> Optional.empty();
        };
    }

    private Optional<String> webhook(long id) {
        try {
            return Optional.of(webhooks.find(id).getName());
        } catch (Refusal e) {
            return Optional.empty();
        }
    }

    /** A system's security as the client shows it ("0.5"), empty for anything else. */
    public String security(Object systemId) {
        Long id = id(systemId);
        return id == null ? "" : system(id).map(s -> SecurityStatus.shown(s.securityStatus())).orElse("");
    }

    /** The CSS class of the security colour band ({@code sec-5}). */
    public String securityBand(Object systemId) {
        Long id = id(systemId);
        return id == null ? "" : system(id).map(s -> "sec-" + SecurityStatus.band(s.securityStatus())).orElse("");
    }

    /** The region a system lies in, by name. */
    public String regionOf(Object systemId) {
        Long id = id(systemId);
        return id == null ? "" : system(id).map(s -> name("region", (long) s.regionId())).orElse("");
    }

    private Optional<MapSystem> system(long id) {
        return id > Integer.MAX_VALUE ? Optional.empty() : map.map().system((int) id);
    }

    static String noun(String kind) {
        return switch (kind == null ? "" : kind) {
            case "system" -> "system";
            case "type" -> "item type";
            case "group" -> "group";
            case "" -> "entity";
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }

    static Long id(Object id) {
        if (id instanceof Number n) {
            return n.longValue();
        }
        if (id instanceof String s && !s.isBlank()) {
            try {
                return Long.parseLong(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
