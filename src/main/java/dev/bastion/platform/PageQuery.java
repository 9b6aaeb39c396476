package dev.bastion.platform;

import java.util.Map;

/**
 * One page of a long list as a table asks for it: where it starts, how many rows, the column it is
 * sorted by (a name the service knows, never SQL), the global search and per-column filters. Services
 * check the sort key against their own list of columns.
 */
public record PageQuery(int offset, int limit, String sort, boolean ascending, String search, Map<String, String> filters) {

    /** At most this many rows per page, whatever a client asks. */
    public static final int MAX_LIMIT = 200;

    public PageQuery {
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(MAX_LIMIT, limit));
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

    /** The search as a case-insensitive SQL LIKE pattern matching anywhere ("%ab\_c%"), or null. */
    public String searchPattern() {
        if (search == null) {
            return null;
        }
        return "%" + search.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
