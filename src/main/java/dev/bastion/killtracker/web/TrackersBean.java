package dev.bastion.killtracker.web;

import dev.bastion.identity.model.Actor;
import dev.bastion.killtracker.app.KillTrackerReads;
import dev.bastion.killtracker.app.TrackerService;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.TrackerClauses;
import dev.bastion.killtracker.model.TrackerRow;
import dev.bastion.notify.app.WebhookService;
import dev.bastion.notify.model.Webhook;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.LazyRows;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The tracker list, paged in the database: status, webhook, colour, clauses with names, pings, how often
 * and when each tracker last matched; enable/disable, copy, test, delete (after a confirmation).
 */
@Named("ktTrackers")
@RequestScoped
public class TrackersBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/trackers.xhtml";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    TrackerService trackers;

    @Inject
    KillTrackerReads reads;

    @Inject
    WebhookService webhooks;

    private final LazyRows<TrackerRow> rows = LazyRows.of(q -> reads.trackers(q), TrackerRow::id);
    private Map<Long, String> webhookNames;
    /** Per tracker, once per request: the page asks several times per row. */
    private final Map<Long, List<TrackerClauses.Clause>> clauses = new HashMap<>();

    public LazyRows<TrackerRow> getRows() {
        access.require(PAGE);
        return rows;
    }

    public List<TrackerClauses.Clause> clauses(TrackerRow t) {
        return clauses.computeIfAbsent(t.id(), id -> TrackerClauses.of(t.rules()));
    }

    /** The page kit's kind for a clause's IDs ({@code <b:entity kind>}). */
    public String kind(TrackerClauses.Clause c) {
        return c.referent() == null ? null : Referents.kind(c.referent());
    }

    public String amount(TrackerClauses.Clause c) {
        return Referents.amount(c);
    }

    /** The channel ping and the roles pinged, as Discord shows them. */
    public List<String> pings(TrackerRow t) {
        List<String> out = new ArrayList<>();
        if (!t.rules().getPingType().mention().isEmpty()) {
            out.add(t.rules().getPingType().mention());
        }
        t.rules().ids(RefList.PING_ROLES).forEach(r -> out.add("role " + r));
        return out;
    }

    public String webhook(TrackerRow t) {
        if (webhookNames == null) {
            webhookNames = webhooks.all().stream().collect(Collectors.toMap(Webhook::getId, Webhook::getName));
        }
        return t.webhookId() == null ? "" : webhookNames.getOrDefault(t.webhookId(), "");
    }

    /** The tracker's embed colour for its swatch; Discord's default (none) shows as an empty swatch. */
    public String color(TrackerRow t) {
        String c = t.rules().getColor();
        return c == null || c.isEmpty() ? "transparent" : c;
    }

    public String enable() {
        access.require(PAGE);
        return Pages.run(() -> trackers.setEnabled(Actor.of(me.get()), List.of(Pages.idParam("tracker")), true) + " tracker enabled.");
    }

    public String disable() {
        access.require(PAGE);
        return Pages.run(() -> trackers.setEnabled(Actor.of(me.get()), List.of(Pages.idParam("tracker")), false) + " tracker disabled.");
    }

    public String copy() {
        access.require(PAGE);
        return Pages.run(() -> "Copied as '" + trackers.copy(Actor.of(me.get()), Pages.idParam("tracker")).getName()
                + "' (disabled until you enable it).");
    }

    public String delete() {
        access.require(PAGE);
        return Pages.run(() -> {
            trackers.delete(Actor.of(me.get()), Pages.idParam("tracker"));
            return "Tracker deleted.";
        });
    }
}
