package dev.bastion.eve.model;

import java.time.Instant;

/** A snapshot of the current or last import, shown on pages while a long import runs. */
public record SdeImportStatus(boolean running, String source, String table, int tableNumber, int tableCount,
                              long rows, Instant startedAt, String outcome) {

    public static final SdeImportStatus IDLE = new SdeImportStatus(false, null, null, 0, 0, 0, null, null);

    /** Share of the tables done, 0..100. */
    public int percent() {
        return tableCount == 0 ? 0 : (int) Math.round(100.0 * Math.max(0, tableNumber - 1) / tableCount);
    }
}
