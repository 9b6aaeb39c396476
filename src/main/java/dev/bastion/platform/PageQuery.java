package dev.bastion.platform;

import java.util.Map;

/**
 * One page of a long list as a table asks for it: where it starts, how many rows, the column it is
 * sorted by (a name the service knows, never SQL), the global search and per-column filters. Services
 * check the sort key against their own list of columns.
 */
public record PageQuery(int offset, int limit, String sort, boolean ascending, String search, Map<String, String> filters) {

    public PageQuery {
        offset = Slice.offset(offset);
        limit = Slice.limit(limit);
        search = search == null || search.isBlank() ? null : search.strip();
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }

    public static PageQuery first(int limit) {
        return new PageQuery(0, limit, null, true, null, Map.of());
    }

    /** The sort key when it is one of {@code allowed}, else {@code fallback}. */
    public String sortOr(String fallback, java.util.Set<String> allowed) {
        return sort != null && allowed.contains(sort) ? sort : fallback;
    }

    /** The search as a case-insensitive SQL LIKE pattern matching anywhere ({@link Like#contains}), or null. */
    public String searchPattern() {
        return search == null ? null : Like.contains(search);
    }
}
