package dev.bastion.killtracker.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.Actor;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.app.TrackerService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.List;

/**
 * "Run these trackers against killmail N": loads the killmail from zKillboard and ESI, shows every
 * clause of every chosen tracker as passed, failed or skipped (max age ignored), and posts the matches to
 * Discord only when the admin ticks it.
 */
@Named("ktTestRun")
@RequestScoped
public class TestRunBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/test.xhtml";

    @Inject
    PageAccess access;

    private static final String LAST_ID = "killtracker.test-run.killmail";

    @Inject
    CurrentUser me;

    @Inject
    TrackerService trackers;

    /** Tracker IDs as posted; Faces puts Longs or Strings in here depending on the converter, so both are read. */
    private List<Object> selected = new ArrayList<>();
    private Long killmailId;
    /** Off unless ticked: testing a capital tracker must not ping @here on a live channel. */
    private boolean post;
    private List<TrackerService.TestResult> results;
    private String error;

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

    public List<Tracker> getTrackers() {
        return trackers.all();
    }

    public String run() {
        access.require(PAGE);
        if (killmailId == null || killmailId <= 0) {
            error = "Enter the ID of a killmail (the number in its zKillboard link).";
            return null;
        }
        ((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true)).setAttribute(LAST_ID, killmailId);
        try {
            results = trackers.testRun(Actor.of(me.get()), selected.stream().map(String::valueOf).filter(s -> s.matches("\\d{1,18}"))
                    .map(Long::parseLong).toList(), killmailId, post);
        } catch (Refusal e) {
            error = e.getMessage();
        }
        return null;
    }

    public List<Object> getSelected() { return selected; }
    public void setSelected(List<Object> selected) { this.selected = selected; }
    public Long getKillmailId() { return killmailId; }
    public void setKillmailId(Long killmailId) { this.killmailId = killmailId; }
    public boolean isPost() { return post; }
    public void setPost(boolean post) { this.post = post; }
    public List<TrackerService.TestResult> getResults() { return results; }
    public String getError() { return error; }
}
