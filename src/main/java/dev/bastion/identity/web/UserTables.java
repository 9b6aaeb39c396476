package dev.bastion.identity.web;

import dev.bastion.identity.model.UserQuery;
import dev.bastion.identity.model.UserSort;
import dev.bastion.platform.PageQuery;

import java.util.Set;

/**
 * How the admin pages' user tables (all users, a group's members) ask for their rows: the table's global
 * search and the sorted column's key ({@code name}, {@code state}, {@code lastLogin}, the columns' {@code field})
 * become a {@link UserQuery}; an unknown key sorts by name.
 */
final class UserTables {

    /** The sort keys the user tables' columns declare. */
    static final Set<String> SORTS = Set.of("name", "state", "lastLogin");

    private UserTables() {
    }

    static UserQuery query(PageQuery q, Long groupId) {
        UserSort sort = switch (q.sortOr("name", SORTS)) {
            case "state" -> UserSort.STATE;
            case "lastLogin" -> UserSort.LAST_LOGIN;
            default -> UserSort.NAME;
        };
        return new UserQuery(q.search(), groupId, sort, !q.ascending());
    }
}
