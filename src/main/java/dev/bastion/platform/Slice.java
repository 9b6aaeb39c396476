package dev.bastion.platform;

import java.util.List;

/**
 * One page of a longer list, as a lazy table asks for it: the rows from an offset, and how many rows
 * the whole list has (for the paginator). Reads take the offset and limit through {@link #offset} and
 * {@link #limit}, so that no page asks for a negative offset or an unbounded list.
 */
public record Slice<T>(List<T> rows, long total) {

    /** The most rows one read answers. */
    public static final int MAX_LIMIT = 500;

    public Slice {
        rows = List.copyOf(rows);
    }

    /** An offset a read accepts: never below 0. */
    public static int offset(int offset) {
        return Math.max(0, offset);
    }

    /** A limit a read accepts: 1 to {@link #MAX_LIMIT}. */
    public static int limit(int limit) {
        return Math.max(1, Math.min(MAX_LIMIT, limit));
    }
}
