package dev.bastion.killtracker.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one Discord message a killmail gets on one webhook, shared by every tracker of that webhook that
 * matched it (docs/killtracker.md, "One message per killmail and webhook"). Each tracker still records
 * its own match; their Discord settings combine by the rules below, defined here once. The trackers
 * are in name order (case-insensitive, then id), the order the post lists them in.
 * <ul>
 * <li>colour: the first tracker's that is set; when none is, {@link #DEFAULT_COLOR};</li>
 * <li>channel ping: the strongest any of them asks for ({@code @everyone} over {@code @here});</li>
 * <li>role pings: every tracker's, each role once;</li>
 * <li>names: of the trackers with "post name" on;</li>
 * <li>fleet title: when any of them identifies fleets (the main group is the killmail's, the same for all);</li>
 * <li>tracked ship types and distances: every tracker's (the renderer writes a repeated line once).</li>
 * </ul>
 */
public final class SharedPost {

    /**
     * An unset colour: the gold of Bastion's avatar. Discord draws an embed without colour with a grey
     * bar that all but disappears in its dark theme; this gold reads on the dark and the light theme and
     * ties the post to the avatar beside it.
     */
    public static final String DEFAULT_COLOR = "#E6B43C";

    /** One tracker's match of the killmail. */
    public record Match(long trackerId, long webhookId, TrackerRules rules, TrackerInfo info) {
    }

    private static final Comparator<Match> ORDER = Comparator
            .comparing((Match m) -> m.rules().getName().toLowerCase(Locale.ROOT))
            .thenComparingLong(Match::trackerId);

    private final long webhookId;
    private final List<Match> matches;

    private SharedPost(long webhookId, List<Match> matches) {
        this.webhookId = webhookId;
        this.matches = List.copyOf(matches);
    }

    /** One tracker's post (a test run of one tracker, the unit tests). */
    public static SharedPost of(Match match) {
        return new SharedPost(match.webhookId(), List.of(match));
    }

    /** The matches of one killmail, one post per webhook, in the order of each post's first tracker. */
    public static List<SharedPost> byWebhook(Collection<Match> matches) {
        Map<Long, List<Match>> byWebhook = new LinkedHashMap<>();
        matches.stream().sorted(ORDER).forEach(m -> byWebhook.computeIfAbsent(m.webhookId(), w -> new ArrayList<>()).add(m));
        List<SharedPost> posts = new ArrayList<>();
        byWebhook.forEach((webhook, list) -> posts.add(new SharedPost(webhook, list)));
        return posts;
    }

    public long webhookId() {
        return webhookId;
    }

    /** The trackers' matches, in the post's order. */
    public List<Match> matches() {
        return matches;
    }

    public List<Long> trackerIds() {
        return matches.stream().map(Match::trackerId).toList();
    }

    public List<String> trackerNames() {
        return matches.stream().map(m -> m.rules().getName()).toList();
    }

    /** {@code #RRGGBB}: the first tracker's colour that is set, else {@link #DEFAULT_COLOR}. */
    public String color() {
        return matches.stream().map(m -> m.rules().getColor())
                .filter(c -> c != null && c.matches("#[0-9A-Fa-f]{6}")).findFirst().orElse(DEFAULT_COLOR);
    }

    /** The strongest channel ping any of the trackers asks for. */
    public PingType pingType() {
        return matches.stream().map(m -> m.rules().getPingType()).max(Comparator.naturalOrder()).orElse(PingType.NONE);
    }

    /** Every tracker's ping roles, each once, ascending. */
    public List<Long> pingRoles() {
        TreeSet<Long> roles = new TreeSet<>();
        matches.forEach(m -> roles.addAll(m.rules().list(RefList.PING_ROLES)));
        return List.copyOf(roles);
    }

    /** The names the post shows: of the trackers with "post name" on, in the post's order. */
    public List<String> postedNames() {
        return matches.stream().filter(m -> m.rules().isPostingName()).map(m -> m.rules().getName()).toList();
    }

    /** The fleet title ("… | Fleetkill") when any of the trackers identifies fleets. */
    public boolean identifyFleets() {
        return matches.stream().anyMatch(m -> m.rules().isIdentifyFleets());
    }

    /** The ship types that made any of the trackers' ship clauses match, each once, ascending. */
    public List<Integer> trackedShipTypeIds() {
        TreeSet<Integer> types = new TreeSet<>();
        matches.stream().filter(m -> m.info() != null).forEach(m -> types.addAll(m.info().matchingShipTypeIds()));
        return List.copyOf(types);
    }

    /** The killmail-wide facts (main group, main ship class) are the same in every match: the first one's. */
    public TrackerInfo info() {
        return matches.stream().map(Match::info).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }
}
