package dev.bastion.eve.model;

import java.util.List;
import java.util.Map;

/** What an import did: rows written per table and the rows it had to skip, with why. */
public record SdeImportReport(long importId, String source, Map<SdeTable, Long> rows, long skippedRows,
                              List<String> skippedExamples) {

    public long rows(SdeTable table) {
        return rows.getOrDefault(table, 0L);
    }

    public String summary() {
        StringBuilder b = new StringBuilder();
        for (SdeTable t : SdeTable.values()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(rows(t)).append(' ').append(t.label());
        }
        return b.append("; ").append(skippedRows).append(" rows skipped").toString();
    }
}
