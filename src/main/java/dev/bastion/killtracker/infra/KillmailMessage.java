package dev.bastion.killtracker.infra;

import dev.bastion.killtracker.model.IskValue;
import dev.bastion.killtracker.model.KillNames;
import dev.bastion.killtracker.model.KillWorld;
import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.model.PingType;
import dev.bastion.killtracker.model.SharedPost;
import dev.bastion.killtracker.model.TrackerInfo;
import dev.bastion.killtracker.model.TrackerRules;

import dev.bastion.eve.model.MapSystem;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Renders a matched killmail as a Discord webhook message (spec 2.8): pings and the trackers' names as
 * content, one embed with victim, ship, place, value, attackers, main group, tracked ship types and
 * distance, and explicit {@code allowed_mentions} so that only the pings the trackers ask for ping. One
 * message serves every tracker of a webhook that matched the killmail ({@link SharedPost}); the sender's
 * name and avatar are the outbox's ({@code notify.app.Outbox}), the same on every post.
 */
public final class KillmailMessage {

    static final String ZKB = "https://zkillboard.com";
    static final String DOTLAN = "https://evemaps.dotlan.net/system/";

    /**
     * Where the post's images are, as Discord loads them itself: EVE's image server for logos and icons
     * (never the simulator's stand-in on this server), and zKillboard's icon in the footer from Bastion's
     * public address, or none when Discord could not reach it.
     */
    public record Images(String imageServer, String footerIconUrl) {

        public Images {
            imageServer = imageServer.endsWith("/") ? imageServer.substring(0, imageServer.length() - 1) : imageServer;
        }
    }

    private final KillWorld world;
    private final KillNames names;
    private final Images images;

    public KillmailMessage(KillWorld world, KillNames names, Images images) {
        this.world = world;
        this.names = names;
        this.images = images;
    }

    /** One tracker's post. */
    public JsonObject render(Killmail km, TrackerRules tracker, TrackerInfo info) {
        return render(km, tracker, info, null);
    }

    public JsonObject render(Killmail km, TrackerRules tracker, TrackerInfo info, String intro) {
        return render(km, SharedPost.of(new SharedPost.Match(0, 0, tracker, info)), intro);
    }

    /** The post of every tracker of one webhook that matched the killmail. */
    public JsonObject render(Killmail km, SharedPost post, String intro) {
        JsonObjectBuilder payload = Json.createObjectBuilder();
        String content = content(post, intro);
        if (!content.isEmpty()) {
            payload.add("content", content);
        }
        payload.add("embeds", Json.createArrayBuilder().add(embed(km, post)));
        JsonArrayBuilder parse = Json.createArrayBuilder();
        if (post.pingType() != PingType.NONE) {
            parse.add("everyone"); // Discord's "everyone" covers both @everyone and @here
        }
        JsonArrayBuilder roles = Json.createArrayBuilder();
        post.pingRoles().forEach(r -> roles.add(String.valueOf(r)));
        payload.add("allowed_mentions", Json.createObjectBuilder().add("parse", parse).add("roles", roles));
        return payload.build();
    }

    /** The intro, then one line: the channel ping, the role pings, "Tracker **A**:" or "Trackers **A**, **B**:". */
    static String content(SharedPost post, String intro) {
        List<String> lines = new ArrayList<>();
        if (intro != null && !intro.isBlank()) {
            lines.add(intro);
        }
        List<String> parts = new ArrayList<>();
        if (post.pingType() != PingType.NONE) {
            parts.add(post.pingType().mention());
        }
        post.pingRoles().forEach(r -> parts.add("<@&" + r + ">"));
        List<String> named = post.postedNames();
        if (!named.isEmpty()) {
            parts.add((named.size() == 1 ? "Tracker " : "Trackers ")
                    + String.join(", ", named.stream().map(n -> "**" + n + "**").toList()) + ":");
        }
        if (!parts.isEmpty()) {
            lines.add(String.join(" ", parts));
        }
        return String.join("\n", lines);
    }

    private JsonObject embed(Killmail km, SharedPost post) {
        TrackerInfo info = post.info();
        JsonObjectBuilder e = Json.createObjectBuilder();
        Killmail.Victim v = km.victim();
        Long victimOrg = v.allianceId() != null ? v.allianceId() : v.corporationId();
        if (victimOrg != null) {
            boolean alliance = v.allianceId() != null;
            e.add("author", Json.createObjectBuilder().add("name", orId(names.entity(victimOrg), victimOrg))
                    .add("url", zkb(alliance ? "alliance" : "corporation", victimOrg))
                    .add("icon_url", logo(alliance, victimOrg)));
        }
        Optional<MapSystem> system = km.solarSystemId() == null ? Optional.empty() : world.system(km.solarSystemId());
        String systemName = system.map(MapSystem::name).orElse("");
        TrackerInfo.MainOrganization mainOrg = info == null ? null : info.mainOrganization();
        boolean fleet = post.identifyFleets() && mainOrg != null;
        String shipName = v.shipTypeId() == null ? "" : orId(names.type(v.shipTypeId()), v.shipTypeId());
        if (fleet) {
            e.add("title", systemName + " | " + orId(names.entity(mainOrg.id()), mainOrg.id()) + " | Fleetkill");
            e.add("thumbnail", Json.createObjectBuilder().add("url", logo(mainOrg.alliance(), mainOrg.id())));
        } else {
            e.add("title", systemName + " | " + shipName + " | Killmail");
            if (v.shipTypeId() != null) {
                e.add("thumbnail", Json.createObjectBuilder().add("url", typeIcon(v.shipTypeId())));
            }
        }
        e.add("url", ZKB + "/kill/" + km.id() + "/");
        e.add("description", description(km, post, info, system, shipName));
        JsonObjectBuilder footer = Json.createObjectBuilder().add("text", "zKillboard");
        if (images.footerIconUrl() != null) {
            footer.add("icon_url", images.footerIconUrl());
        }
        e.add("footer", footer);
        e.add("timestamp", km.time().toString());
        e.add("color", color(post.color()));
        return e.build();
    }

    private String description(Killmail km, SharedPost post, TrackerInfo info, Optional<MapSystem> system,
                               String shipName) {
        Killmail.Victim v = km.victim();
        StringBuilder d = new StringBuilder();
        String victim = v.characterId() != null
                ? entity("character", v.characterId())
                + (v.corporationId() != null ? " (" + entity("corporation", v.corporationId()) + ")" : "")
                : v.corporationId() != null ? entity("corporation", v.corporationId()) : "";
        String place = system.map(s -> link(s.name(), dotlan(s.name())) + " (" + nz(names.region(s.regionId())) + ")")
                .orElse("an unknown place");
        d.append(victim.isEmpty() ? "Someone" : victim).append(" lost their **").append(shipName).append("** in ")
                .append(place).append(" worth **").append(IskValue.orUnknown(km.zkb().totalValue())).append("** ISK.");
        if (km.isWarKill()) {
            d.append(" This is a war kill.");
        }
        km.finalBlow().ifPresent(a -> d.append("\nFinal blow by ").append(finalBlow(a)).append(" in a **")
                .append(a.shipTypeId() == null ? "?" : orId(names.type(a.shipTypeId()), a.shipTypeId())).append("**."));
        d.append("\nAttackers: **").append(thousands(km.attackers().size())).append("**");
        if (info != null && info.mainOrganization() != null) {
            TrackerInfo.MainOrganization o = info.mainOrganization();
            d.append(" | Main group: ").append(entity(o.alliance() ? "alliance" : "corporation", o.id()))
                    .append(" (").append(o.count()).append(")");
        }
        if (info != null && info.mainShipGroup() != null) {
            d.append("\nMain ship class: **").append(orId(names.group(info.mainShipGroup().groupId()),
                    info.mainShipGroup().groupId())).append("**");
        }
        List<Integer> trackedTypes = post.trackedShipTypeIds();
        if (!trackedTypes.isEmpty()) {
            List<String> tracked = trackedTypes.stream().map(id -> orId(names.type(id), id))
                    .sorted(Comparator.naturalOrder()).map(n -> "**" + n + "**").toList();
            d.append("\nTracked ship types involved: ").append(String.join(", ", tracked));
        }
        // Each tracker's own distance from its origin; trackers sharing an origin (and a route) share the line.
        Set<String> distances = new LinkedHashSet<>();
        for (SharedPost.Match m : post.matches()) {
            Integer originId = m.rules().getOriginSolarSystemId();
            if (originId != null) {
                String origin = world.system(originId).map(MapSystem::name).orElse(String.valueOf(originId));
                TrackerInfo own = m.info();
                distances.add("Distance from " + link(origin, dotlan(origin)) + ": "
                        + (own == null || own.distance() == null ? "?" : oneDecimal(own.distance())) + " LY | "
                        + (own == null || own.jumps() == null ? "?" : own.jumps()) + " jumps");
            }
        }
        distances.forEach(line -> d.append("\n").append(line));
        return d.toString();
    }

    private String finalBlow(Killmail.Attacker a) {
        if (a.characterId() != null) {
            return entity("character", a.characterId())
                    + (a.corporationId() != null ? " (" + entity("corporation", a.corporationId()) + ")" : "");
        }
        if (a.corporationId() != null) {
            return entity("corporation", a.corporationId());
        }
        if (a.factionId() != null) {
            return "**" + orId(names.entity(a.factionId()), a.factionId()) + "**";
        }
        return "(Unknown final attacker)";
    }

    /** {@code #RRGGBB} as Discord's integer colour. */
    static int color(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }

    /** A character, corporation or alliance linked to zKillboard; an unknown name shows as "#id", still linked. */
    private String entity(String kind, long id) {
        return link(orId(names.entity(id), id), zkb(kind, id));
    }

    /** A markdown link; without a name it degrades to "?". */
    static String link(String name, String url) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String safe = name.replace("[", "(").replace("]", ")");
        return url == null ? safe : "[" + safe + "](" + url + ")";
    }

    static String zkb(String kind, long id) {
        return ZKB + "/" + kind + "/" + id + "/";
    }

    static String dotlan(String systemName) {
        return DOTLAN + URLEncoder.encode(systemName.replace(' ', '_'), StandardCharsets.UTF_8).replace("+", "%20");
    }

    String logo(boolean alliance, long id) {
        return images.imageServer() + "/" + (alliance ? "alliances" : "corporations") + "/" + id + "/logo?size=128";
    }

    String typeIcon(int typeId) {
        return images.imageServer() + "/types/" + typeId + "/icon?size=128";
    }

    private static String orId(String name, long id) {
        return name == null || name.isBlank() ? "#" + id : name;
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }

    static String thousands(long n) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(n);
    }

    static String oneDecimal(double d) {
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
    }
}
