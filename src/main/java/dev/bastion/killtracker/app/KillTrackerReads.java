package dev.bastion.killtracker.app;

import dev.bastion.killtracker.model.MatchRow;
import dev.bastion.killtracker.model.Tracker;
import dev.bastion.killtracker.model.TrackerRow;
import dev.bastion.platform.PageQuery;
import dev.bastion.platform.Slice;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The kill tracker's long lists, paged in the database: trackers with their match counts, and matched
 * killmails (newest or most valuable first, of every tracker or one). Sort keys are checked against each
 * list's own columns, never pasted into SQL.
 */
@Stateless
public class KillTrackerReads {

    /** Sort keys of the tracker list (the table's column fields). */
    static final Map<String, String> TRACKER_ORDER = Map.of(
            "name", "lower(t.name)",
            "enabled", "t.enabled",
            "matches", "coalesce(s.matches, 0)",
            "lastMatch", "s.last_match");

    /** Sort keys of the match list. */
    static final Map<String, String> MATCH_ORDER = Map.of(
            "time", "k.killmail_time",
            "value", "k.total_value");

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    /** One page of the trackers whose name or description contains the search, with their matches. */
    public Slice<TrackerRow> trackers(PageQuery q) {
        String where = "";
        List<Object> params = new ArrayList<>();
        if (q.search() != null) {
            where = " WHERE lower(t.name) LIKE ?1 OR lower(t.description) LIKE ?1";
            params.add(q.searchPattern());
        }
        String sort = q.sortOr("name", TRACKER_ORDER.keySet());
        String order = TRACKER_ORDER.get(sort) + (q.ascending() ? " ASC" : " DESC") + " NULLS LAST, lower(t.name), t.tracker_id";
        List<Object[]> rows = rows(query("SELECT t.tracker_id, coalesce(s.matches, 0), s.last_match FROM kt_tracker t "
                + "LEFT JOIN (SELECT tracker_id, count(*) AS matches, max(matched_at) AS last_match FROM kt_match "
                + "GROUP BY tracker_id) s ON s.tracker_id = t.tracker_id" + where + " ORDER BY " + order + page(q), params));
        long total = count("SELECT count(*) FROM kt_tracker t" + where, params);
        Map<Long, Tracker> byId = new LinkedHashMap<>();
        if (!rows.isEmpty()) {
            List<Long> ids = rows.stream().map(r -> longOf(r[0])).toList();
            em.createQuery("SELECT t FROM Tracker t WHERE t.id IN :ids", Tracker.class).setParameter("ids", ids)
                    .getResultList().forEach(t -> byId.put(t.getId(), t));
        }
        List<TrackerRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            Tracker t = byId.get(longOf(r[0]));
            if (t != null) {
                out.add(new TrackerRow(t.getId(), t.getDescription(), t.isEnabled(), t.getWebhookId(), t.rules(),
                        longOf(r[1]), time(r[2])));
            }
        }
        return new Slice<>(out, total);
    }

    /** One page of the killmails that matched any tracker, or the given one, newest first unless sorted by value. */
    public Slice<MatchRow> matches(PageQuery q, Long trackerId) {
        List<Object> params = new ArrayList<>();
        String where;
        if (trackerId == null) {
            where = " WHERE EXISTS (SELECT 1 FROM kt_match m WHERE m.killmail_id = k.killmail_id)";
        } else {
            where = " WHERE EXISTS (SELECT 1 FROM kt_match m WHERE m.killmail_id = k.killmail_id AND m.tracker_id = ?1)";
            params.add(trackerId);
        }
        String sort = q.sortOr("time", MATCH_ORDER.keySet());
        // Newest first unless the table asks for ascending order explicitly.
        boolean ascending = q.sort() != null && q.ascending();
        String order = MATCH_ORDER.get(sort) + (ascending ? " ASC" : " DESC") + " NULLS LAST, k.killmail_id DESC";
        List<MatchRow> rows = rows(query("SELECT k.killmail_id, k.killmail_time, k.solar_system_id, k.victim_ship_type_id, "
                + "k.total_value, k.victim_character_id, k.victim_corporation_id, k.victim_alliance_id, k.victim_faction_id, "
                + "k.attackers, k.final_blow_character_id, k.final_blow_corporation_id, k.final_blow_alliance_id "
                + "FROM kt_matched_killmail k" + where + " ORDER BY " + order + page(q), params)).stream()
                .map(r -> new MatchRow(longOf(r[0]), time(r[1]), intOf(r[2]), intOf(r[3]), r[4] == null ? null : ((Number) r[4]).doubleValue(),
                        longOf(r[5]), longOf(r[6]), longOf(r[7]), longOf(r[8]), intOf(r[9]), longOf(r[10]), longOf(r[11]),
                        longOf(r[12]), List.of()))
                .toList();
        long total = count("SELECT count(*) FROM kt_matched_killmail k" + where, params);
        if (rows.isEmpty()) {
            return new Slice<>(rows, total);
        }
        // Killmail IDs came from the database as numbers: safe to write into the statement.
        String ids = rows.stream().map(r -> String.valueOf(r.killmailId())).collect(Collectors.joining(","));
        Map<Long, List<MatchRow.Hit>> hits = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT m.killmail_id, m.tracker_id, t.name, m.jumps, m.distance "
                + "FROM kt_match m JOIN kt_tracker t ON t.tracker_id = m.tracker_id WHERE m.killmail_id IN (" + ids + ") "
                + "ORDER BY lower(t.name)"))) {
            hits.computeIfAbsent(longOf(r[0]), k -> new ArrayList<>()).add(new MatchRow.Hit(longOf(r[1]), String.valueOf(r[2]),
                    intOf(r[3]), r[4] == null ? null : ((Number) r[4]).doubleValue()));
        }
        return new Slice<>(rows.stream().map(r -> r.withTrackers(hits.getOrDefault(r.killmailId(), List.of()))).toList(), total);
    }

    /** The trackers by name, for choosers (ID to name, alphabetically). */
    public Map<Long, String> trackerNames() {
        Map<Long, String> out = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery("SELECT tracker_id, name FROM kt_tracker ORDER BY lower(name), tracker_id"))) {
            out.put(longOf(r[0]), String.valueOf(r[1]));
        }
        return out;
    }

    private Query query(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private long count(String sql, List<Object> params) {
        return ((Number) query(sql, params).getSingleResult()).longValue();
    }

    /** The page as SQL: offset and limit are ints kept in bounds by PageQuery. */
    private static String page(PageQuery q) {
        return " OFFSET " + q.offset() + " LIMIT " + q.limit();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return ((List<Object>) q.getResultList()).stream().map(r -> (Object[]) r).toList();
    }

    private static Long longOf(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    private static Integer intOf(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    static OffsetDateTime time(Object o) {
        Instant i;
        if (o == null) {
            return null;
        } else if (o instanceof Timestamp ts) {
            i = ts.toInstant();
        } else if (o instanceof OffsetDateTime odt) {
            i = odt.toInstant();
        } else if (o instanceof Instant in) {
            i = in;
        } else {
            throw new IllegalStateException("not a time: " + o.getClass());
        }
        return i.atOffset(ZoneOffset.UTC);
    }
}
