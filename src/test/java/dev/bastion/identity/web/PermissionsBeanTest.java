package dev.bastion.identity.web;

import dev.bastion.identity.web.PermissionsBean.Grant;
import dev.bastion.platform.PageQuery;
import dev.bastion.platform.Slice;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PermissionsBeanTest {

    static final List<Grant> GRANTS = IntStream.range(0, 30).mapToObj(i -> new Grant(i % 2 == 0 ? "portal.view_audit_log"
            : "killtracker.basic_access", "GROUP", i, "Group " + i, "Browse the audit log")).toList();

    @Test
    void grantsArePagedWithTheCountOfAll() {
        Slice<Grant> second = PermissionsBean.page(GRANTS, new PageQuery(25, 25, null, true, null, Map.of()));
        assertEquals(30, second.total());
        assertEquals(5, second.rows().size());
        assertEquals("Group 25", second.rows().get(0).grantee());
    }

    @Test
    void theSearchFindsPartOfThePermissionOrOfWhoHoldsIt() {
        assertEquals(15, PermissionsBean.page(GRANTS, new PageQuery(0, 25, null, true, "KILLTRACKER", Map.of())).total());
        assertEquals(List.of("Group 7"), PermissionsBean.page(GRANTS, new PageQuery(0, 25, null, true, "group 7", Map.of()))
                .rows().stream().map(Grant::grantee).toList());
        assertEquals(0, PermissionsBean.page(GRANTS, new PageQuery(50, 25, null, true, null, Map.of())).rows().size());
    }
}
