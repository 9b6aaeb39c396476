package dev.bastion.platform;

import java.util.Locale;

/**
 * Patterns for a case-insensitive search of what a person typed, with LIKE's wildcards in the typed
 * text escaped by a backslash: compare the lower-cased column with {@code LIKE ? ESCAPE '\'} (in PostgreSQL
 * the backslash is LIKE's default escape). Null or blank text is no condition ({@link #blank}).
 */
public final class Like {

    private Like() {
    }

    public static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }

    /** Matches names containing the typed text. */
    public static String contains(String typed) {
        return "%" + escaped(typed) + "%";
    }

    /** Matches names starting with the typed text. */
    public static String prefix(String typed) {
        return escaped(typed) + "%";
    }

    private static String escaped(String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
