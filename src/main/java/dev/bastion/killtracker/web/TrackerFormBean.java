package dev.bastion.killtracker.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.Actor;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import dev.bastion.killtracker.model.PingType;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.app.TrackerService;
import dev.bastion.killtracker.model.TrackerValidation;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.app.WebhookService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The tracker form: every clause grouped as in the spec (General, Discord, Locations, Attackers,
 * Victims, Ship and weapon types, Killmail properties, Fleet detection), lists with autocomplete.
 * A tracker is loaded again from the database on every request, so the form carries no server state.
 */
@Named("ktTracker")
@RequestScoped
public class TrackerFormBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/tracker.xhtml";

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

    private Tracker tracker;
    private String origin;
    private final Map<String, List<String>> lists = new HashMap<>();
    private List<String> problems = List.of();
    private final Map<String, String> fieldProblems = new HashMap<>();

    @PostConstruct
    void init() {
        access.require(PAGE);
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = params.getOrDefault("tracker-form:tracker-id", params.get("id"));
        tracker = id != null && id.matches("\\d{1,18}") ? trackers.find(Long.parseLong(id)) : new Tracker();
        if (tracker.getRules().getOriginSolarSystemId() != null) {
            origin = names.label(RefList.Referent.SOLAR_SYSTEM, tracker.getRules().getOriginSolarSystemId());
        }
        for (RefList list : RefList.values()) {
            List<String> labels = new ArrayList<>();
            for (Long ref : tracker.ids(list)) {
                labels.add(list == RefList.PING_ROLES ? String.valueOf(ref) : names.label(list.referent(), ref));
            }
            lists.put(list.name(), labels);
        }
    }

    public String save() {
        access.require(PAGE);
        try {
            tracker.getRules().setOriginSolarSystemId(origin == null || origin.isBlank() ? null : toInt(Names.idOf(origin), "origin"));
            for (RefList list : RefList.values()) {
                LinkedHashSet<Long> ids = new LinkedHashSet<>();
                List<String> entries = lists.get(list.name());
                for (String entry : entries == null ? List.<String>of() : entries) {
                    Long refId = Names.idOf(entry);
                    if (refId == null || refId <= 0) {
                        throw new TrackerService.InvalidTracker(List.of(new TrackerValidation.Problem(list.name(),
                                "'" + entry + "' is not something to choose from the suggestions (or a numeric ID).")));
                    }
                    ids.add(refId);
                }
                tracker.setIds(list, ids);
            }
            Tracker saved = trackers.save(Actor.of(me.get()), tracker);
            Pages.info("Tracker " + saved.getName() + " saved.");
            return "/killtracker/trackers?faces-redirect=true";
        } catch (TrackerService.InvalidTracker e) {
            problems = e.problems().stream().map(p -> label(p.field()) + ": " + p.message()).toList();
            e.problems().forEach(p -> fieldProblems.merge(p.field(), p.message(), (a, b) -> a + " " + b));
            return null;
        } catch (Refusal e) {
            problems = List.of(e.getMessage());
            return null;
        }
    }

    private static Integer toInt(Long id, String field) {
        if (id == null || id > Integer.MAX_VALUE) {
            throw new TrackerService.InvalidTracker(List.of(new TrackerValidation.Problem(field,
                    "Choose the origin solar system from the suggestions.")));
        }
        return id.intValue();
    }

    private static String label(String field) {
        try {
            return RefList.valueOf(field).label();
        } catch (IllegalArgumentException e) {
            return switch (field) {
                case "origin" -> "Origin solar system";
                case "minAttackers" -> "Require min attackers";
                case "maxAttackers" -> "Require max attackers";
                case "minValue" -> "Require min value";
                case "excludeHighSec" -> "Space classes";
                case "requireNpc" -> "NPC kills";
                case "requireWar" -> "War kills";
                case "finalBlowMode" -> "Final blow";
                case "pingRoles" -> "Ping roles";
                default -> Character.toUpperCase(field.charAt(0)) + field.substring(1);
            };
        }
    }

    public List<String> completeSystems(String typed) { return names.complete(RefList.Referent.SOLAR_SYSTEM, typed); }
    public List<String> completeConstellations(String typed) { return names.complete(RefList.Referent.CONSTELLATION, typed); }
    public List<String> completeRegions(String typed) { return names.complete(RefList.Referent.REGION, typed); }
    public List<String> completeAlliances(String typed) { return names.complete(RefList.Referent.ALLIANCE, typed); }
    public List<String> completeCorporations(String typed) { return names.complete(RefList.Referent.CORPORATION, typed); }
    public List<String> completeFactions(String typed) { return names.complete(RefList.Referent.FACTION, typed); }
    public List<String> completeStates(String typed) { return names.complete(RefList.Referent.STATE, typed); }
    public List<String> completeGroups(String typed) { return names.complete(RefList.Referent.GROUP, typed); }
    public List<String> completeTypes(String typed) { return names.complete(RefList.Referent.TYPE, typed); }

    private List<Webhook> webhookChoices;

    public List<Webhook> getWebhooks() {
        if (webhookChoices == null) {
            webhookChoices = webhooks.all();
        }
        return webhookChoices;
    }

    public PingType[] getPingTypes() {
        return PingType.values();
    }

    public String problem(String field) {
        return fieldProblems.get(field);
    }

    public Tracker getTracker() { return tracker; }
    public String getOrigin() { return origin; }
    public void setOrigin(String origin) { this.origin = origin; }
    public Map<String, List<String>> getLists() { return lists; }
    public List<String> getProblems() { return problems; }
}
