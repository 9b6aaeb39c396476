package dev.bastion.identity.infra;

import dev.bastion.eve.model.NamedId;
import dev.bastion.identity.model.CharacterCard;
import dev.bastion.identity.model.JoinRequestRow;
import dev.bastion.identity.model.UserQuery;
import dev.bastion.identity.model.UserRow;
import dev.bastion.platform.Like;
import dev.bastion.platform.Slice;
import dev.bastion.platform.Sql;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JDBC read models of people for the admin pages and the home dashboard: small records of IDs and names
 * (characters with their corporation and alliance names from {@code eve_organization}), paged in the
 * database with the count of the whole list. Reads only; inside a caller's transaction the connection
 * joins it.
 */
@ApplicationScoped
public class IdentityReads {

    /** The user columns every user row reads (see {@link #userRow}), for a query joining {@link #USER_JOINS}. */
    private static final String USER_COLUMNS = "u.id, COALESCE(mc.name, u.username), u.username, u.active, u.superuser, "
            + "u.last_login_at, s.id, s.name, " + characterColumns("mc");
    private static final String USER_JOINS = " JOIN user_state s ON s.id = u.state_id"
            + " LEFT JOIN eve_character mc ON mc.character_id = u.main_character_id" + organisationJoins("mc");

    @Resource(lookup = "jdbc/bastion")
    DataSource db;

    /** Work on a connection. */
    @FunctionalInterface
    private interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    private <T> T read(Read<T> work) {
        try (Connection c = db.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading identity's tables failed: " + e.getMessage(), e);
        }
    }

    /** One page of the users the query selects, in its order, with the count of all of them. */
    public Slice<UserRow> users(UserQuery q, int offset, int limit) {
        return read(c -> {
            List<String> where = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (!Like.blank(q.search())) {
                String p = Like.contains(q.search());
                where.add("(lower(u.username) LIKE ? OR EXISTS (SELECT 1 FROM character_ownership o JOIN eve_character oc "
                        + "ON oc.character_id = o.character_id WHERE o.user_id = u.id AND lower(oc.name) LIKE ?))");
                params.add(p);
                params.add(p);
            }
            if (q.groupId() != null) {
                where.add("EXISTS (SELECT 1 FROM group_member gm WHERE gm.group_id = ? AND gm.user_id = u.id)");
                params.add(q.groupId());
            }
            String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
            String dir = q.descending() ? " DESC" : " ASC";
            String byName = "lower(COALESCE(mc.name, u.username))";
            String order = switch (q.sort()) {
                case NAME -> byName + dir + ", u.id" + dir;
                case STATE -> "s.priority" + dir + ", " + byName + ", u.id";
                case LAST_LOGIN -> "u.last_login_at" + dir + " NULLS LAST, " + byName + ", u.id";
            };
            List<Object> paged = new ArrayList<>(params);
            paged.add(Slice.offset(offset));
            paged.add(Slice.limit(limit));
            List<UserRow> rows = Sql.query(c, "SELECT " + USER_COLUMNS + " FROM app_user u" + USER_JOINS + condition
                    + " ORDER BY " + order + " OFFSET ? LIMIT ?", rs -> userRow(rs, 1), paged.toArray());
            long total = Sql.one(c, "SELECT count(*) FROM app_user u" + condition, rs -> rs.getLong(1), params.toArray());
            return new Slice<>(rows, total);
        });
    }

    /** How many members each group has (every group, 0 for an empty one). */
    public Map<Long, Long> memberCounts() {
        return read(c -> {
            Map<Long, Long> out = new HashMap<>();
            Sql.forEach(c, "SELECT g.id, count(m.user_id) FROM auth_group g LEFT JOIN group_member m ON m.group_id = g.id "
                    + "GROUP BY g.id", rs -> out.put(rs.getLong(1), rs.getLong(2)));
            return out;
        });
    }

    /**
     * One page of the pending join requests, oldest first: of the groups {@code leaderId} leads (every group
     * when null), never those of {@code notOf} (nobody decides their own request).
     */
    public Slice<JoinRequestRow> pendingRequests(Long leaderId, long notOf, int offset, int limit) {
        return read(c -> {
            String condition = " WHERE r.status = 'PENDING' AND r.user_id <> ?" + (leaderId == null ? ""
                    : " AND EXISTS (SELECT 1 FROM group_leader l WHERE l.group_id = r.group_id AND l.user_id = ?)");
            List<Object> params = new ArrayList<>(List.of(notOf));
            if (leaderId != null) {
                params.add(leaderId);
            }
            List<Object> paged = new ArrayList<>(params);
            paged.add(Slice.offset(offset));
            paged.add(Slice.limit(limit));
            List<JoinRequestRow> rows = Sql.query(c, "SELECT " + USER_COLUMNS + ", r.id, g.id, g.name, r.created_at "
                    + "FROM group_request r JOIN auth_group g ON g.id = r.group_id JOIN app_user u ON u.id = r.user_id"
                    + USER_JOINS + condition + " ORDER BY r.created_at, r.id OFFSET ? LIMIT ?", rs -> {
                        UserRow u = userRow(rs, 1);
                        return new JoinRequestRow(rs.getLong(15), new NamedId(rs.getLong(16), rs.getString(17)), u.id(),
                                u.name(), u.main(), u.state(), rs.getObject(18, OffsetDateTime.class));
                    }, paged.toArray());
            long total = Sql.one(c, "SELECT count(*) FROM group_request r" + condition, rs -> rs.getLong(1), params.toArray());
            return new Slice<>(rows, total);
        });
    }

    /** The user as a user row, or null. */
    public UserRow user(long userId) {
        return read(c -> Sql.one(c, "SELECT " + USER_COLUMNS + " FROM app_user u" + USER_JOINS + " WHERE u.id = ?",
                rs -> userRow(rs, 1), userId));
    }

    /** Every character the user owns, by name. */
    public List<CharacterCard> characters(long userId) {
        return read(c -> Sql.query(c, "SELECT " + characterColumns("ch") + " FROM character_ownership o "
                + "JOIN eve_character ch ON ch.character_id = o.character_id" + organisationJoins("ch")
                + " WHERE o.user_id = ? ORDER BY lower(ch.name), ch.character_id", rs -> card(rs, 1), userId));
    }

    /** The groups the user is a member of, by name. */
    public List<NamedId> groupsOf(long userId) {
        return read(c -> Sql.query(c, "SELECT g.id, g.name FROM group_member m JOIN auth_group g ON g.id = m.group_id "
                + "WHERE m.user_id = ? ORDER BY lower(g.name)", rs -> new NamedId(rs.getLong(1), rs.getString(2)), userId));
    }

    /** The groups the user's own join requests wait for. */
    public Set<Long> groupsRequested(long userId) {
        return read(c -> new HashSet<>(Sql.query(c, "SELECT group_id FROM group_request WHERE user_id = ? "
                + "AND status = 'PENDING'", rs -> rs.getLong(1), userId)));
    }

    /** How many of the user's characters hold no valid SSO token. */
    public int charactersWithoutToken(long userId) {
        return read(c -> Sql.one(c, "SELECT count(*) FROM character_ownership o WHERE o.user_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM sso_token t WHERE t.character_id = o.character_id AND t.user_id = o.user_id AND t.valid)",
                rs -> rs.getInt(1), userId));
    }

    /** Six columns for {@link #card}: the character under that alias, its corporation and alliance. */
    private static String characterColumns(String alias) {
        return alias + ".character_id, " + alias + ".name, " + alias + ".corporation_id, " + alias + "_corp.name, "
                + alias + ".alliance_id, " + alias + "_all.name";
    }

    private static String organisationJoins(String alias) {
        return " LEFT JOIN eve_organization " + alias + "_corp ON " + alias + "_corp.id = " + alias + ".corporation_id"
                + " LEFT JOIN eve_organization " + alias + "_all ON " + alias + "_all.id = " + alias + ".alliance_id";
    }

    /** A character from the six {@link #characterColumns} starting at that column; null when its ID is. */
    private static CharacterCard card(ResultSet rs, int at) throws SQLException {
        long id = rs.getLong(at);
        if (rs.wasNull()) {
            return null;
        }
        return new CharacterCard(id, rs.getString(at + 1), named(rs, at + 2), named(rs, at + 4));
    }

    private static NamedId named(ResultSet rs, int at) throws SQLException {
        long id = rs.getLong(at);
        return rs.wasNull() ? null : new NamedId(id, rs.getString(at + 1));
    }

    /** A user from the fourteen {@link #USER_COLUMNS} starting at that column. */
    private static UserRow userRow(ResultSet rs, int at) throws SQLException {
        return new UserRow(rs.getLong(at), rs.getString(at + 1), rs.getString(at + 2), card(rs, at + 8),
                new NamedId(rs.getLong(at + 6), rs.getString(at + 7)), rs.getBoolean(at + 3), rs.getBoolean(at + 4),
                rs.getObject(at + 5, OffsetDateTime.class));
    }
}
