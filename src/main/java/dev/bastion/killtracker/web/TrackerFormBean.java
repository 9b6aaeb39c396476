package dev.bastion.killtracker.web;

import dev.bastion.identity.model.Actor;
import dev.bastion.killtracker.app.TrackerService;
import dev.bastion.killtracker.model.PingType;
import dev.bastion.killtracker.model.RefList;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.model.TrackerValidation;
import dev.bastion.notify.app.WebhookService;
import dev.bastion.notify.model.Webhook;
import dev.bastion.platform.NotFoundException;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tracker form: every clause in sections (General, Discord, Location, Attackers, Victims, Ships and
 * weapons, Killmail properties, Fleet detection), every list edited by name with the page kit's pickers,
 * every problem shown at its field. A tracker is loaded again from the database on every request, so the
 * form carries no server state; an unknown tracker ID is a 404.
 */
@Named("ktTracker")
@RequestScoped
public class TrackerFormBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/tracker.xhtml";

    static final String FORM = "tracker-form";

    /**
     * The form's labels by input ID: the page shows them and every problem names its field with them
     * ("Max jumps: ..."), so that the two never differ.
     */
    static final Map<String, String> LABELS;

    static {
        Map<String, String> l = new LinkedHashMap<>();
        l.put("name", "Name");
        l.put("description", "Description");
        l.put("enabled", "Enabled: runs on every new killmail");
        l.put("color", "Embed colour");
        l.put("webhook", "Webhook");
        l.put("pingType", "Channel ping");
        l.put("ping_roles", "Ping Discord roles");
        l.put("postingName", "Post the tracker's name with each kill");
        l.put("origin", "Origin solar system");
        l.put("maxJumps", "Max jumps");
        l.put("maxDistance", "Max distance");
        l.put("excludeHighSec", "Exclude high sec (the route avoids high sec too)");
        l.put("excludeLowSec", "Exclude low sec");
        l.put("excludeNullSec", "Exclude null sec");
        l.put("excludeWSpace", "Exclude w-space");
        l.put("finalBlowMode", "A required attacker alliance or corporation has the final blow");
        l.put("minValueMillions", "Min value");
        l.put("excludeNpc", "Exclude NPC kills");
        l.put("requireNpc", "Require NPC kills");
        l.put("excludeWar", "Exclude war kills");
        l.put("requireWar", "Require war kills");
        l.put("minAttackers", "Min attackers");
        l.put("maxAttackers", "Max attackers");
        l.put("identifyFleets", "Identify fleets (post as a fleet kill when one group dominates)");
        for (RefList list : RefList.values()) {
            if (list != RefList.PING_ROLES) {
                l.put(inputOf(list), list.label());
            }
        }
        LABELS = Collections.unmodifiableMap(l);
    }

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    TrackerService trackers;

    @Inject
    WebhookService webhooks;

    private Tracker tracker;
    private Long origin;
    /** The list clauses by input ID, as the pickers bind them. */
    private final Map<String, List<Long>> lists = new HashMap<>();
    private List<String> pingRoles = new ArrayList<>();
    private List<Webhook> webhookChoices;

    @PostConstruct
    void init() {
        access.require(PAGE);
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String id = params.containsKey(FORM + ":tracker-id") ? params.get(FORM + ":tracker-id") : params.get("id");
        tracker = id == null || id.isBlank() ? new Tracker() : NotFoundException.unlessFound(id, "tracker", trackers::find);
        Integer o = tracker.getRules().getOriginSolarSystemId();
        origin = o == null ? null : o.longValue();
        for (RefList list : RefList.values()) {
            if (list != RefList.PING_ROLES) {
                lists.put(inputOf(list), new ArrayList<>(tracker.ids(list)));
            }
        }
        tracker.ids(RefList.PING_ROLES).forEach(r -> pingRoles.add(String.valueOf(r)));
    }


    /** The page's view action: the tracker is loaded (or found missing, a 404) before anything is rendered. */
    public void load() {
        access.require(PAGE);
    }

    public String save() {
        access.require(PAGE);
        List<TrackerValidation.Problem> problems = new ArrayList<>();
        tracker.getRules().setOriginSolarSystemId(origin == null ? null : origin.intValue());
        for (RefList list : RefList.values()) {
            if (list != RefList.PING_ROLES) {
                List<Long> ids = lists.get(inputOf(list));
                tracker.setIds(list, ids == null ? List.of() : new LinkedHashSet<>(ids).stream().toList());
            }
        }
        List<Long> roles = new ArrayList<>();
        for (String role : pingRoles == null ? List.<String>of() : pingRoles) {
            if (role.strip().matches("\\d{1,19}")) {
                roles.add(Long.parseLong(role.strip()));
            } else {
                problems.add(new TrackerValidation.Problem("pingRoles", "'" + role + "' is not a role ID (in Discord: "
                        + "Server Settings, Roles, the role's menu, Copy Role ID)."));
            }
        }
        tracker.setIds(RefList.PING_ROLES, roles);
        try {
            if (!problems.isEmpty()) {
                throw new TrackerService.InvalidTracker(problems);
            }
            Tracker saved = trackers.save(Actor.of(me.get()), tracker);
            Pages.info("Tracker " + saved.getName() + " saved.");
            return "/killtracker/trackers?faces-redirect=true";
        } catch (TrackerService.InvalidTracker e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            for (TrackerValidation.Problem p : e.problems()) {
                String input = inputOfField(p.field());
                String text = LABELS.getOrDefault(input, p.field()) + ": " + p.message();
                fc.addMessage(FORM + ":" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            fc.validationFailed();
            return null;
        } catch (Refusal e) {
            Pages.error(e.getMessage());
            return null;
        }
    }

    /** The input a list clause is edited in ("exclude_attacker_alliances"). */
    static String inputOf(RefList list) {
        return list.name().toLowerCase(Locale.ROOT);
    }

    /** The input a validation problem belongs to (the rules name fields as the entity does). */
    static String inputOfField(String field) {
        try {
            RefList list = RefList.valueOf(field);
            return list == RefList.PING_ROLES ? "ping_roles" : inputOf(list);
        } catch (IllegalArgumentException e) {
            return switch (field) {
                case "minValue" -> "minValueMillions";
                case "pingRoles" -> "ping_roles";
                default -> field;
            };
        }
    }

    /** The page kit's kind for a list input's picker. */
    public String kind(String input) {
        return Referents.kind(RefList.valueOf(input.toUpperCase(Locale.ROOT)).referent());
    }

    public List<Webhook> getWebhooks() {
        if (webhookChoices == null) {
            webhookChoices = webhooks.all();
        }
        return webhookChoices;
    }

    public PingType[] getPingTypes() {
        return PingType.values();
    }

    /** The title: the tracker's name, or "New tracker". */
    public String getTitle() {
        return tracker.getId() == null ? "New tracker" : tracker.getName();
    }

    public Map<String, String> getLabel() { return LABELS; }
    public Tracker getTracker() { return tracker; }
    public Long getOrigin() { return origin; }
    public void setOrigin(Long origin) { this.origin = origin; }
    public Map<String, List<Long>> getLists() { return lists; }
    public List<String> getPingRoles() { return pingRoles; }
    public void setPingRoles(List<String> pingRoles) { this.pingRoles = pingRoles; }
}
