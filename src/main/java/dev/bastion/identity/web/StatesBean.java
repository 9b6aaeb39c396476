package dev.bastion.identity.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.Actor;
import dev.bastion.identity.app.AdminService;
import dev.bastion.identity.app.Affiliations;
import dev.bastion.platform.Refusal;
import dev.bastion.identity.app.IdentityJobs;
import dev.bastion.identity.model.State;
import dev.bastion.identity.app.StateService;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Admin console: states, their priority and member organisations; the affiliation refresh. */
@Named("adminStates")
@RequestScoped
public class StatesBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/admin/states.xhtml";

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
    private String characters;
    private String corporations;
    private String alliances;
    private String factions;

    public List<State> getStates() {
        access.require(PAGE);
        return states.all();
    }

    /** "Bastion Demo Alliance (99000001), ..." for display. */
    public String members(State s, String kind) {
        return s.ids(State.MemberKind.valueOf(kind)).stream().sorted()
                .map(id -> kind.equals("CHARACTER") ? String.valueOf(id) : affiliations.nameOf(id) + " (" + id + ")")
                .collect(Collectors.joining(", "));
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
        characters = corporations = alliances = factions = "";
    }

    public String save() {
        access.require(PAGE);
        return Pages.runOrStay(() -> {
            if (priority == null) {
                throw new Refusal("Give the state a priority (a whole number; the highest available state wins).");
            }
            List<State.Member> members = new ArrayList<>();
            members.addAll(parse(characters, State.MemberKind.CHARACTER));
            members.addAll(parse(corporations, State.MemberKind.CORPORATION));
            members.addAll(parse(alliances, State.MemberKind.ALLIANCE));
            members.addAll(parse(factions, State.MemberKind.FACTION));
            State s = admin.saveState(Actor.of(me.get()), editing, name, priority, publicState, description, members);
            try {
                affiliations.learnNames(members.stream().filter(m -> m.getKind() != State.MemberKind.CHARACTER)
                        .map(State.Member::getEntityId).toList());
            } catch (RuntimeException e) {
                // Names are cosmetic (shown beside the IDs); the state is saved either way.
            }
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

    public String refreshAffiliations() {
        access.require(PAGE);
        return Pages.run(() -> {
            IdentityJobs.AffiliationRun r = jobs.refreshAffiliations();
            return "Affiliations refreshed: " + r.characters() + " characters, " + r.affiliationsChanged()
                    + " changed affiliation, " + r.statesChanged() + " users changed state.";
        });
    }

    private static String ids(State s, State.MemberKind kind) {
        return s.ids(kind).stream().sorted().map(String::valueOf).collect(Collectors.joining(" "));
    }

    static List<State.Member> parse(String text, State.MemberKind kind) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<State.Member> out = new ArrayList<>();
        for (String part : Arrays.stream(text.split("[,\\s]+")).filter(p -> !p.isBlank()).toList()) {
            try {
                long id = Long.parseLong(part);
                if (id <= 0) {
                    throw new NumberFormatException();
                }
                out.add(new State.Member(kind, id));
            } catch (NumberFormatException e) {
                throw new Refusal("\"" + part + "\" is not an EVE " + kind.name().toLowerCase()
                        + " ID. Enter IDs separated by spaces or commas.");
            }
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

    public String getCharacters() {
        return characters;
    }

    public void setCharacters(String characters) {
        this.characters = characters;
    }

    public String getCorporations() {
        return corporations;
    }

    public void setCorporations(String corporations) {
        this.corporations = corporations;
    }

    public String getAlliances() {
        return alliances;
    }

    public void setAlliances(String alliances) {
        this.alliances = alliances;
    }

    public String getFactions() {
        return factions;
    }

    public void setFactions(String factions) {
        this.factions = factions;
    }
}
