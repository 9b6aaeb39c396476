package dev.bastion.identity.web;

import dev.bastion.identity.model.UserQuery;
import dev.bastion.identity.model.UserSort;
import dev.bastion.platform.PageQuery;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UserTablesTest {

    @Test
    void theSortedColumnAndTheSearchBecomeTheUserQuery() {
        assertEquals(new UserQuery("kael", null, UserSort.LAST_LOGIN, true),
                UserTables.query(new PageQuery(25, 25, "lastLogin", false, " kael ", Map.of()), null));
        assertEquals(new UserQuery(null, 7L, UserSort.STATE, false),
                UserTables.query(new PageQuery(0, 25, "state", true, null, Map.of()), 7L));
    }

    @Test
    void anUnsortedTableOrAnUnknownKeySortsByName() {
        assertEquals(UserSort.NAME, UserTables.query(PageQuery.first(25), null).sort());
        assertEquals(UserSort.NAME, UserTables.query(new PageQuery(0, 25, "u.password; --", false, null, Map.of()), null).sort());
    }
}
