package dev.bastion.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, done when: every admin list pages at 25 rows. Thirty of everything (users, groups, a group's members,
 * join requests, grants, states, audit entries) are seeded straight into the database; each list's first page,
 * as the superuser opens it, holds 25 rows and says how many there are in all.
 */
class AdminListsIT {

    static final String MARK = "Paging ";
    static final int SEEDED = 30;

    static WebSession aria;
    static long firstGroup;

    @BeforeAll
    static void thirtyOfEverything() throws Exception {
        aria = new WebSession();
        aria.loginOk(SsoLoginIT.ARIA);
        long guest = ((Number) Db.value("SELECT id FROM user_state ORDER BY priority LIMIT 1")).longValue();
        int topPriority = ((Number) Db.value("SELECT max(priority) FROM user_state")).intValue();
        for (int i = 0; i < SEEDED; i++) {
            String n = String.format("%02d", i);
            long user = ((Number) Db.value("INSERT INTO app_user (username, state_id) VALUES (?, ?) RETURNING id",
                    "zz-paging-user-" + n, guest)).longValue();
            long group = ((Number) Db.value("INSERT INTO auth_group (name, join_policy) VALUES (?, 'INTERNAL') RETURNING id",
                    MARK + "group " + n)).longValue();
            if (i == 0) {
                firstGroup = group;
            }
            Db.update("INSERT INTO group_permission (group_id, permission) VALUES (?, 'killtracker.basic_access')", group);
            Db.update("INSERT INTO user_state (name, priority) VALUES (?, ?)", MARK + "state " + n, topPriority + 100 + i);
            Db.update("INSERT INTO audit_entry (actor_name, action, target) VALUES ('Bastion', 'user.created', ?)",
                    MARK + "audit " + n);
        }
        Db.update("INSERT INTO group_member (group_id, user_id) SELECT ?, id FROM app_user WHERE username LIKE 'zz-paging-user-%'",
                firstGroup);
        Db.update("INSERT INTO group_request (group_id, user_id, status) SELECT g.id, u.id, 'PENDING' FROM auth_group g, app_user u "
                + "WHERE g.name LIKE 'Paging group %' AND u.username = 'zz-paging-user-00'");
    }

    @AfterAll
    static void cleanUp() throws Exception {
        Db.update("DELETE FROM auth_group WHERE name LIKE 'Paging group %'");
        Db.update("DELETE FROM app_user WHERE username LIKE 'zz-paging-user-%'");
        Db.update("DELETE FROM user_state WHERE name LIKE 'Paging state %'");
        Db.update("DELETE FROM audit_entry WHERE target LIKE 'Paging audit %'");
    }

    @ParameterizedTest(name = "{0} shows 25 rows of {1} and says how many")
    @CsvSource({
            "/admin/users.xhtml, users:user-table, users, SELECT count(*) FROM app_user",
            "/admin/groups.xhtml, groups:group-table, groups, SELECT count(*) FROM auth_group",
            "/admin/groups.xhtml?group=FIRST_GROUP, members:member-table, members, SELECT count(*) FROM group_member WHERE group_id = FIRST_GROUP",
            "/admin/requests.xhtml, requests:request-table, requests, SELECT count(*) FROM group_request WHERE status = 'PENDING'",
            "/admin/permissions.xhtml, grants:grant-table, grants, "
                    + "SELECT (SELECT count(*) FROM state_permission) + (SELECT count(*) FROM group_permission) + (SELECT count(*) FROM user_permission)",
            "/admin/states.xhtml, states:state-table, states, SELECT count(*) FROM user_state",
            "/admin/audit.xhtml, audit:audit-table, entries, SELECT count(*) FROM audit_entry"})
    void issue10_everyAdminListPagesAt25Rows(String page, String table, String noun, String countSql) throws Exception {
        String path = page.replace("FIRST_GROUP", String.valueOf(firstGroup));
        long total = Db.count(countSql.replace("FIRST_GROUP", String.valueOf(firstGroup)));
        assertTrue(total > 25, "the seed makes more than a page: " + total);
        String body = aria.get(path).body();
        assertEquals(25, rows(body, table), path + " shows one page of 25 rows");
        assertTrue(body.contains("1–25 of " + total + " " + noun), path + " says how many " + noun + " there are: " + paginator(body, table));
    }

    /** The rows of the table's body (its tbody is {@code <table id>_data}). */
    static int rows(String html, String table) {
        int start = html.indexOf("id=\"" + table + "_data\"");
        assertTrue(start > 0, "no table " + table);
        String body = html.substring(start, html.indexOf("</tbody>", start));
        Matcher m = Pattern.compile("<tr [^>]*data-ri=\"\\d+\"").matcher(body);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String paginator(String html, String table) {
        Matcher m = Pattern.compile("class=\"ui-paginator-current\"[^>]*>([^<]*)<").matcher(html.substring(html.indexOf(table)));
        return m.find() ? m.group(1) : "(no paginator)";
    }
}
