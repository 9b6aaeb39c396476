package dev.bastion.identity.web;

import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.Affiliations;
import dev.bastion.identity.app.IdentityJobs;
import dev.bastion.identity.app.StateService;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.model.State;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/**
 * Admin console: states, their priority and the characters, corporations, alliances and factions that qualify
 * for them (picked by name, shown by name), and the affiliation refresh.
 */
@Named("adminStates")
@RequestScoped
public class StatesBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/states.xhtml";

    /** One kind of member of a state as the list shows it: its heading, the label kind and the IDs by name. */
    public record MemberGroup(String heading, String kind, List<Long> ids) {
    }

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    StateService states;

    @Inject
    AdminService admin;

    @Inject
    Affiliations affiliations;

    @Inject
    IdentityJobs jobs;

    private Long editing;
    private String name;
    private Integer priority;
    private boolean publicState;
    private String description;
    private List<Long> characters = new ArrayList<>();
    private List<Long> corporations = new ArrayList<>();
    private List<Long> alliances = new ArrayList<>();
    private List<Long> factions = new ArrayList<>();
    private List<State> all;

    public List<State> getStates() {
        access.require(PAGE);
        if (all == null) {
            all = states.all();
            learnNames(all.stream().flatMap(s -> s.getMembers().stream()).toList());
        }
        return all;
    }

    /**
     * Asks ESI for the names of member organisations Bastion does not know yet (a state set up before anyone
     * of them logged in), so that the list shows names; known ones cost no call. Names are cosmetic: without
     * ESI the labels say "Unknown corporation" and the page works.
     */
    private void learnNames(List<State.Member> members) {
        try {
            affiliations.learnNames(members.stream().filter(m -> m.getKind() != State.MemberKind.CHARACTER)
                    .map(State.Member::getEntityId).toList());
        } catch (RuntimeException e) {
            // ESI unavailable or rate-limited: the next visit tries again.
        }
    }

    /** The state's members, one group per kind that has any: alliances first, as officers think of a state. */
    public List<MemberGroup> members(State s) {
        access.require(PAGE);
        List<MemberGroup> out = new ArrayList<>();
        add(out, s, State.MemberKind.ALLIANCE, "Alliances", "alliance");
        add(out, s, State.MemberKind.CORPORATION, "Corporations", "corporation");
        add(out, s, State.MemberKind.CHARACTER, "Characters", "character");
        add(out, s, State.MemberKind.FACTION, "Factions", "faction");
        return out;
    }

    private static void add(List<MemberGroup> out, State s, State.MemberKind kind, String heading, String labelKind) {
        List<Long> ids = s.ids(kind).stream().sorted().toList();
        if (!ids.isEmpty()) {
            out.add(new MemberGroup(heading, labelKind, ids));
        }
    }

    public List<String> permissionsOf(State s) {
        access.require(PAGE);
        return s.getPermissions().stream().sorted().toList();
    }

    public void edit(State s) {
        access.require(PAGE);
        editing = s.getId();
        name = s.getName();
        priority = s.getPriority();
        publicState = s.isPublic();
        description = s.getDescription();
        characters = ids(s, State.MemberKind.CHARACTER);
        corporations = ids(s, State.MemberKind.CORPORATION);
        alliances = ids(s, State.MemberKind.ALLIANCE);
        factions = ids(s, State.MemberKind.FACTION);
    }

    public void create() {
        access.require(PAGE);
        editing = null;
        name = "";
        priority = null;
        publicState = false;
        description = "";
        characters = new ArrayList<>();
        corporations = new ArrayList<>();
        alliances = new ArrayList<>();
        factions = new ArrayList<>();
    }

    public String save() {
        access.require(PAGE);
        return Pages.runOrStay("states", () -> {
            if (priority == null) {
                throw new Refusal("priority", "Give the state a priority: a whole number, unique; the highest state a user "
                        + "qualifies for wins.");
            }
            List<State.Member> members = new ArrayList<>();
            members.addAll(members(characters, State.MemberKind.CHARACTER));
            members.addAll(members(corporations, State.MemberKind.CORPORATION));
            members.addAll(members(alliances, State.MemberKind.ALLIANCE));
            members.addAll(members(factions, State.MemberKind.FACTION));
            State s = admin.saveState(Actor.of(me.get()), editing, name, priority, publicState, description, members);
            learnNames(members);
            return "State " + s.getName() + " saved; every user's state was re-evaluated.";
        });
    }

    public String delete() {
        access.require(PAGE);
        return Pages.run(() -> {
            admin.deleteState(Actor.of(me.get()), Pages.idParam("state"));
            return "State deleted; its users were re-evaluated.";
        });
    }

    /** Asks ESI for every owned character's affiliation (an ajax action: the progress bar runs meanwhile). */
    public String refreshAffiliations() {
        access.require(PAGE);
        return Pages.run(() -> {
            IdentityJobs.AffiliationRun r = jobs.refreshAffiliations();
            return "Affiliations refreshed: " + r.characters() + (r.characters() == 1 ? " character" : " characters")
                    + " asked, " + r.affiliationsChanged() + " changed corporation or alliance, " + r.statesChanged()
                    + (r.statesChanged() == 1 ? " user" : " users") + " changed state.";
        });
    }

    private static List<Long> ids(State s, State.MemberKind kind) {
        return new ArrayList<>(s.ids(kind).stream().sorted().toList());
    }

    /** The picked IDs as members; a picker only answers IDs it found by name, a forged one is refused here. */
    static List<State.Member> members(List<Long> ids, State.MemberKind kind) {
        if (ids == null) {
            return List.of();
        }
        List<State.Member> out = new ArrayList<>();
        for (Long id : ids) {
            if (id == null || id <= 0) {
                throw new Refusal(kind.name().toLowerCase() + "s", "Pick each " + kind.name().toLowerCase()
                        + " by name from the list.");
            }
            out.add(new State.Member(kind, id));
        }
        return out;
    }

    public Long getEditing() {
        return editing;
    }

    public void setEditing(Long editing) {
        this.editing = editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public boolean isPublicState() {
        return publicState;
    }

    public void setPublicState(boolean publicState) {
        this.publicState = publicState;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getCharacters() {
        return characters;
    }

    public void setCharacters(List<Long> characters) {
        this.characters = characters;
    }

    public List<Long> getCorporations() {
        return corporations;
    }

    public void setCorporations(List<Long> corporations) {
        this.corporations = corporations;
    }

    public List<Long> getAlliances() {
        return alliances;
    }

    public void setAlliances(List<Long> alliances) {
        this.alliances = alliances;
    }

    public List<Long> getFactions() {
        return factions;
    }

    public void setFactions(List<Long> factions) {
        this.factions = factions;
    }
}
