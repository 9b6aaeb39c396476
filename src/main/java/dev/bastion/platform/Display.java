package dev.bastion.platform;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

/**
 * How Bastion writes times and amounts, in one place: EVE time (UTC) as "2026-12-01 19:28 EVE" with a
 * relative "3 min ago", ISK as "1.20b ISK". Pages use it through {@code #{fmt}}, Discord messages and
 * exports directly, so every screen and message agrees.
 */
public final class Display {

    private static final DateTimeFormatter EVE_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter EVE_SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final DateTimeFormatter EVE_DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private Display() {
    }

    /**
     * The instant a value stands for. Database timestamps without a zone are UTC here (the server and
     * the database run in UTC, and every column is written in UTC), so a bare {@link LocalDateTime} is
     * read as UTC. Anything else is not a time: null.
     */
    public static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        } else if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        } else if (value instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        } else if (value instanceof Date d) { // java.sql.Timestamp too
            return d.toInstant();
        }
        return null;
    }

    /** "2026-12-01 19:28 EVE"; empty for no time. */
    public static String eveTime(Instant t) {
        return t == null ? "" : EVE_MINUTE.format(t.atOffset(ZoneOffset.UTC)) + " EVE";
    }

    /** "2026-12-01 19:28:42 EVE", where seconds matter (audit log, killmail times). */
    public static String eveTimeSeconds(Instant t) {
        return t == null ? "" : EVE_SECOND.format(t.atOffset(ZoneOffset.UTC)) + " EVE";
    }

    /** "2026-12-01", for birthdays and other days. */
    public static String eveDay(Instant t) {
        return t == null ? "" : EVE_DAY.format(t.atOffset(ZoneOffset.UTC));
    }

    /** ISO-8601 in UTC, for the machine-readable {@code datetime} attribute. */
    public static String iso(Instant t) {
        return t == null ? "" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** "just now", "3 min ago", "5 h ago", "2 days ago", "in 4 min" (for times to come), by the largest unit. */
    public static String relative(Instant t, Instant now) {
        if (t == null) {
            return "";
        }
        Duration d = Duration.between(t, now);
        boolean future = d.isNegative();
        long s = Math.abs(d.getSeconds());
        String amount;
        if (s < 45) {
            return "just now";
        } else if (s < 3600) {
            amount = Math.max(1, Math.round(s / 60.0)) + " min";
        } else if (s < 86_400) {
            amount = Math.round(s / 3600.0) + " h";
        } else if (s < 60L * 86_400) {
            long days = Math.round(s / 86_400.0);
            amount = days + (days == 1 ? " day" : " days");
        } else if (s < 730L * 86_400) {
            long months = Math.round(s / (30.44 * 86_400));
            amount = months + (months == 1 ? " month" : " months");
        } else {
            long years = Math.round(s / (365.25 * 86_400));
            amount = years + " years";
        }
        return future ? "in " + amount : amount + " ago";
    }

    /** ISK the way zKillboard writes it, with the unit: "950.00 ISK", "12.50k ISK", "1.20b ISK". */
    public static String isk(Number amount) {
        if (amount == null) {
            return "";
        }
        return compact(amount) + " ISK";
    }

    /**
     * Amounts the way zKillboard and Alliance Auth write them (and the kill tracker's Discord posts, spec
     * killtracker 311): two decimals, thousands separators, and a suffix from a thousand up: 999.00, 10.00k,
     * 86.18m, 1.00b, 2.50t; negative amounts keep their sign.
     */
    public static String compact(Number amount) {
        if (amount == null) {
            return "";
        }
        double v = amount.doubleValue();
        String[] suffixes = {"t", "b", "m", "k"};
        double[] powers = {1e12, 1e9, 1e6, 1e3};
        for (int i = 0; i < suffixes.length; i++) {
            if (Math.abs(v) >= powers[i]) {
                return twoDecimals(v / powers[i]) + suffixes[i];
            }
        }
        return twoDecimals(v);
    }

    private static String twoDecimals(double v) {
        return new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    /** A whole number with thousands separators: 12,345,678. */
    public static String number(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof BigDecimal b) {
            return String.format(Locale.ROOT, "%,.2f", b);
        }
        double v = n.doubleValue();
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", n.longValue()) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
