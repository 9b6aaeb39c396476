package dev.bastion.eve.model;

import java.util.Locale;

/**
 * A solar system's security status as the EVE client shows it: rounded to one decimal, except that
 * low sec never shows as 0.0 (0.0 < s < 0.05 shows 0.1). Classification never uses this rounding
 * ({@link SpaceClass} reads the raw value).
 */
public final class SecurityStatus {

    private SecurityStatus() {
    }

    /** Tenths as the client shows them: -10..10. */
    public static int tenths(double raw) {
        if (raw > 0.0 && raw < 0.05) {
            return 1;
        }
        return (int) Math.round(raw * 10);
    }

    /** "0.5", "-0.3", "1.0". */
    public static String shown(double raw) {
        return String.format(Locale.ROOT, "%.1f", tenths(raw) / 10.0);
    }

    /** The colour band the client paints it in: 10 (1.0, turquoise) down to 0 (0.0 and below, red). */
    public static int band(double raw) {
        return Math.max(0, tenths(raw));
    }
}
