package dev.bastion.killtracker.web;

import dev.bastion.identity.model.Actor;
import dev.bastion.killtracker.app.KillTrackerReads;
import dev.bastion.killtracker.app.TrackerService;
import dev.bastion.killtracker.infra.LiveKillWorld;
import dev.bastion.killtracker.model.Killmail;
import dev.bastion.killtracker.model.MatchResult;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.EntityLabels;
import dev.bastion.platform.web.PageAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Run these trackers against killmail N": loads the killmail from zKillboard and ESI, shows a summary
 * of the kill and, for every chosen tracker, MATCH or no match with every clause passed, failed or not
 * checked, in words and with names (max age ignored). Matches are posted to Discord only when the admin
 * ticks it.
 */
@Named("ktTestRun")
@RequestScoped
public class TestRunBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/test.xhtml";

    private static final String LAST_ID = "killtracker.test-run.killmail";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    TrackerService trackers;

    @Inject
    KillTrackerReads reads;

    @Inject
    EntityLabels labels;

    @Inject
    LiveKillWorld world;

    /** Tracker IDs as posted; Faces puts Longs or Strings in here depending on the converter, so both are read. */
    private List<Object> selected = new ArrayList<>();
    private Long killmailId;
    /** Off unless ticked: testing a capital tracker must not ping @here on a live channel. */
    private boolean post;
    private TrackerService.TestRun run;
    private String error;
    private Map<Long, String> trackerNames;

    @PostConstruct
    void init() {
        access.require(PAGE);
        FacesContext fc = FacesContext.getCurrentInstance();
        String preselect = fc.getExternalContext().getRequestParameterMap().get("tracker");
        if (preselect != null && preselect.matches("\\d{1,18}")) {
            selected.add(preselect);
        }
        HttpSession session = (HttpSession) fc.getExternalContext().getSession(true);
        killmailId = (Long) session.getAttribute(LAST_ID);
    }

    /** Every tracker, ID to name, for the checkboxes. */
    public Map<Long, String> getTrackers() {
        if (trackerNames == null) {
            trackerNames = reads.trackerNames();
        }
        return trackerNames;
    }

    /** Ticks every tracker (the page then re-renders the list). */
    public void selectAll() {
        access.require(PAGE);
        selected = new ArrayList<>(getTrackers().keySet());
    }

    public void selectNone() {
        access.require(PAGE);
        selected = new ArrayList<>();
    }

    public void run() {
        access.require(PAGE);
        if (killmailId == null || killmailId <= 0) {
            error = "Killmail ID: enter the number in the killmail's zKillboard link (zkillboard.com/kill/<number>/).";
            return;
        }
        ((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true)).setAttribute(LAST_ID, killmailId);
        List<Long> ids = selected.stream().map(String::valueOf).filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong).toList();
        if (ids.isEmpty()) {
            error = "Trackers: tick at least one tracker to run.";
            return;
        }
        try {
            run = trackers.testRun(Actor.of(me.get()), ids, killmailId, post);
        } catch (Refusal e) {
            error = e.getMessage();
        }
    }

    /**
     * The name of an ID of the killmail: the run has just learnt the names of its pilots and organisations
     * (they reach the kill tracker's memory before the database), the rest comes from the page kit's labels.
     */
    public String name(String kind, Long id) {
        if (id == null) {
            return "";
        }
        String known = switch (kind) {
            case "character", "corporation", "alliance", "faction" -> world.entity(id);
            default -> null;
        };
        return known != null ? known : labels.name(kind, id);
    }

    /** The sentence for what decided a clause, with names. */
    public String words(MatchResult.Verdict v) {
        return new VerdictWords(this::name).of(v.evidence());
    }

    /** The badge severity of a clause's outcome. */
    public String severity(MatchResult.Verdict v) {
        return switch (v.outcome()) {
            case PASSED -> "ok";
            case FAILED -> "error";
            case SKIPPED -> "neutral";
        };
    }

    public String outcome(MatchResult.Verdict v) {
        return switch (v.outcome()) {
            case PASSED -> "passed";
            case FAILED -> "failed";
            case SKIPPED -> "not checked";
        };
    }

    /** How many trackers matched, for the summary line. */
    public long getMatched() {
        return run == null ? 0 : run.results().stream().filter(r -> r.result().matched()).count();
    }

    public Killmail getKillmail() {
        return run == null ? null : run.killmail();
    }

    /** The final-blow attacker of the kill, or null. */
    public Killmail.Attacker getFinalBlow() {
        return run == null ? null : run.killmail().finalBlow().orElse(null);
    }

    public List<TrackerService.TestResult> getResults() {
        return run == null ? List.of() : run.results();
    }

    public List<Object> getSelected() { return selected; }
    public void setSelected(List<Object> selected) { this.selected = selected; }
    public Long getKillmailId() { return killmailId; }
    public void setKillmailId(Long killmailId) { this.killmailId = killmailId; }
    public boolean isPost() { return post; }
    public void setPost(boolean post) { this.post = post; }
    public String getError() { return error; }
}
