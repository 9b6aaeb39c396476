package dev.bastion.killtracker.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.Actor;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.model.TrackerClauses;
import dev.bastion.killtracker.app.TrackerService;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.app.WebhookService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tracker list: clauses and pings at a glance, enable/disable, copy, delete. */
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
    WebhookService webhooks;

    @Inject
    Names names;

    private Map<Long, String> webhookNames;
    /** Per tracker, once per request: the page asks twice per row, and naming entries reads the database. */
    private final Map<Long, List<String>> clauses = new java.util.HashMap<>();

    public List<Tracker> getTrackers() {
        access.require(PAGE);
        return trackers.all();
    }

    public List<String> clauses(Tracker t) {
        return clauses.computeIfAbsent(t.getId(), id -> TrackerClauses.lines(t.rules(), list -> names.namer(list.referent())));
    }

    public String pings(Tracker t) {
        List<String> out = new ArrayList<>();
        if (!t.getRules().getPingType().mention().isEmpty()) {
            out.add(t.getRules().getPingType().mention());
        }
        t.ids(RefList.PING_ROLES).forEach(r -> out.add("<@&" + r + ">"));
        return String.join(" ", out);
    }

    public String webhook(Tracker t) {
        if (webhookNames == null) {
            webhookNames = webhooks.all().stream().collect(Collectors.toMap(Webhook::getId, Webhook::getName));
        }
        return webhookNames.getOrDefault(t.getWebhookId(), "?");
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
