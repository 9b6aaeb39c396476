package dev.bastion.killtracker.web;

import dev.bastion.killtracker.app.KillTrackerReads;
import dev.bastion.killtracker.model.MatchRow;
import dev.bastion.platform.NotFoundException;
import dev.bastion.platform.web.EntityLabels;
import dev.bastion.platform.web.LazyRows;
import dev.bastion.platform.web.PageAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Recent matches, paged in the database: one row per killmail with victim, ship, place, value, attackers
 * and the trackers that matched it (all of them, or the one chosen), newest or most valuable first.
 */
@Named("ktMatches")
@RequestScoped
public class MatchesBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/matches.xhtml";

    @Inject
    PageAccess access;

    @Inject
    KillTrackerReads reads;

    @Inject
    EntityLabels labels;

    private Long trackerId;
    private Map<Long, String> trackers;
    private final LazyRows<MatchRow> rows = LazyRows.of(q -> reads.matches(q, trackerId), MatchRow::killmailId);

    /**
     * The tracker comes with the address ({@code ?tracker=}) and, on the table's own requests (paging,
     * sorting), with the posted filter: the table loads its rows before Faces would set the value.
     */
    @PostConstruct
    void init() {
        access.require(PAGE);
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String t = params.containsKey("matches:tracker-filter") ? params.get("matches:tracker-filter") : params.get("tracker");
        trackerId = t == null || t.isBlank() ? null
                : NotFoundException.unlessFound(t, "tracker", id -> getTrackers().containsKey(id) ? id : missing(id));
    }

    private static Long missing(long id) {
        throw new NotFoundException("There is no tracker " + id + ".");
    }

    public LazyRows<MatchRow> getRows() {
        access.require(PAGE);
        return rows;
    }

    /** Every tracker by name, for the filter. */
    public Map<Long, String> getTrackers() {
        if (trackers == null) {
            trackers = reads.trackerNames();
        }
        return trackers;
    }

    /** Choosing a tracker opens its address, so that the filtered list can be bookmarked and shared. */
    public void choose() throws IOException {
        access.require(PAGE);
        FacesContext fc = FacesContext.getCurrentInstance();
        fc.getExternalContext().redirect(fc.getExternalContext().getRequestContextPath() + PAGE
                + (trackerId == null ? "" : "?tracker=" + trackerId));
    }

    /** The system's page on Dotlan (spaces as underscores, as Dotlan writes them). */
    public String dotlan(Integer systemId) {
        if (systemId == null) {
            return null;
        }
        String name = labels.name("system", systemId);
        return "https://evemaps.dotlan.net/system/" + URLEncoder.encode(name.replace(' ', '_'), StandardCharsets.UTF_8);
    }

    /** "3 jumps · 4.2 ly" from a tracker's origin, or empty without one. */
    public String distance(MatchRow.Hit hit) {
        StringBuilder s = new StringBuilder();
        if (hit.jumps() != null) {
            s.append(VerdictWords.plural(hit.jumps(), "jump", "jumps"));
        }
        if (hit.distance() != null) {
            s.append(s.length() > 0 ? " · " : "").append(String.format(Locale.ROOT, "%.1f ly", hit.distance()));
        }
        return s.toString();
    }

    public Long getTrackerId() { return trackerId; }
    public void setTrackerId(Long trackerId) { this.trackerId = trackerId; }
}
