package dev.bastion.eve.app;

import dev.bastion.eve.model.NamedId;
import dev.bastion.esi.app.EsiClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Names Bastion does not know yet, asked of ESI ({@code POST /universe/ids}, exact names): an alliance no
 * member belongs to and no killmail named can still be picked by name. What ESI answers is remembered in
 * {@code eve_entity}, so that its label shows the name from then on.
 */
@ApplicationScoped
public class NameSearch {

    private static final Logger LOG = Logger.getLogger(NameSearch.class.getName());

    /** Shorter text is no name worth a call (ESI matches whole names only). */
    static final int MIN_LENGTH = 3;

    @Inject
    UniverseNames universe;

    @Inject
    EsiClient esi;

    /** The character, corporation, alliance or faction ESI knows by exactly this name (ignoring case). */
    public Optional<NamedId> exact(UniverseNames.Kind kind, String typed) {
        String name = typed == null ? "" : typed.strip();
        String category = UniverseNames.entityCategory(kind);
        if (name.length() < MIN_LENGTH || name.length() > 100) {
            return Optional.empty();
        }
        JsonObject answer;
        try {
            answer = esi.ids(List.of(name));
        } catch (RuntimeException e) {
            // ESI down or out of error budget: the picker offers what Bastion knows, nothing more.
            LOG.fine(() -> "ESI could not look up the name '" + name + "': " + e.getMessage());
            return Optional.empty();
        }
        JsonArray found = answer.getJsonArray(category + "s");
        if (found == null || found.isEmpty()) {
            return Optional.empty();
        }
        JsonObject first = found.getJsonObject(0);
        NamedId named = new NamedId(first.getJsonNumber("id").longValue(), first.getString("name"));
        universe.rememberEntities(Map.of(named.id(), new UniverseNames.Entity(category.toLowerCase(Locale.ROOT), named.name())));
        return Optional.of(named);
    }
}
