package dev.bastion.killtracker.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.ForbiddenException;
import dev.bastion.killtracker.model.IskValue;
import dev.bastion.killtracker.infra.LiveKillWorld;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.app.TrackerService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.List;

/** Recent matches of one tracker (or of every tracker), newest first. */
@Named("ktMatches")
@RequestScoped
public class MatchesBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/matches.xhtml";

    @Inject
    PageAccess access;

    /** One row of the page. */
    public record Row(String tracker, long killmailId, String time, String system, String ship, String value, String distance) {
    }

    @Inject
    CurrentUser me;

    @Inject
    TrackerService trackers;

    @Inject
    LiveKillWorld world;

    private Long trackerId;
    private List<Row> rows;

    @PostConstruct
    void init() {
        access.require(PAGE);
        String t = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("tracker");
        trackerId = t != null && t.matches("\\d{1,18}") ? Long.parseLong(t) : null;
    }

    public List<Tracker> getTrackers() {
        return trackers.all();
    }

    /** Read once per request: the table asks for its value several times while rendering. */
    public List<Row> getRows() {
        if (rows == null) {
            rows = readRows();
        }
        return rows;
    }

    private List<Row> readRows() {
        List<Row> rows = new ArrayList<>();
        List<Tracker> chosen = trackerId == null ? trackers.all() : List.of(find(trackerId));
        for (Tracker t : chosen) {
            for (Object[] r : trackers.recentMatches(t.getId(), 50)) {
                Integer system = r[2] == null ? null : ((Number) r[2]).intValue();
                Integer ship = r[3] == null ? null : ((Number) r[3]).intValue();
                rows.add(new Row(t.getName(), ((Number) r[0]).longValue(), String.valueOf(r[1]),
                        system == null ? "" : world.system(system).map(s -> s.name()).orElse(String.valueOf(system)),
                        ship == null ? "" : String.valueOf(world.type(ship)),
                        r[4] == null ? "?" : IskValue.humanize(((Number) r[4]).doubleValue()),
                        r[6] == null ? "" : String.format("%.1f LY", ((Number) r[6]).doubleValue())));
            }
        }
        rows.sort((a, b) -> b.time().compareTo(a.time()));
        return rows.size() > 100 ? rows.subList(0, 100) : rows;
    }

    private Tracker find(long id) {
        try {
            return trackers.find(id);
        } catch (Refusal e) {
            throw new ForbiddenException(e.getMessage());
        }
    }

    public Long getTrackerId() {
        return trackerId;
    }
}
