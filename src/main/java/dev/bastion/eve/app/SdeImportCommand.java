package dev.bastion.eve.app;

import dev.bastion.eve.infra.CsvSdeSource;
import dev.bastion.eve.infra.JsonlZipSdeSource;
import dev.bastion.eve.model.SdeImportProgress;
import dev.bastion.eve.model.SdeImportReport;
import dev.bastion.eve.infra.SdeImporter;
import dev.bastion.eve.model.SdeSource;
import dev.bastion.eve.model.SdeTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Imports an SDE from the command line, without a running server:
 * {@code mvn -q compile exec:java@sde-import -Dsde=/path/to/eve-online-static-data-latest-jsonl.zip}.
 * A .zip is read as CCP's JSON Lines SDE, a folder as the CSV layout. Connection from BASTION_DB_*.
 * A running server picks the new map up at its next start.
 */
public final class SdeImportCommand {

    private SdeImportCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("usage: SdeImportCommand <sde .zip (JSON Lines) | folder of CSV files>");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        if (!Files.exists(path)) {
            System.err.println("No such file or folder: " + path);
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + env("BASTION_DB_HOST", "localhost") + ":" + env("BASTION_DB_PORT", "5432")
                + "/" + env("BASTION_DB_NAME", "bastion");
        try (SdeSource source = Files.isDirectory(path) ? CsvSdeSource.folder(path) : new JsonlZipSdeSource(path);
             Connection c = DriverManager.getConnection(url, env("BASTION_DB_USER", "bastion"),
                     env("BASTION_DB_PASSWORD", "bastion"))) {
            System.out.println("Importing " + source.description() + " into " + url);
            SdeImportReport report = new SdeImporter().run(source, c, new SdeImportProgress() {
                @Override
                public void table(SdeTable table, int tableNumber, int tableCount) {
                    System.out.printf("[%d/%d] %s%n", tableNumber, tableCount, table.label());
                }

                @Override
                public void rows(SdeTable table, long rowsSoFar) {
                    System.out.printf("      %s: %d rows%n", table.label(), rowsSoFar);
                }
            });
            System.out.println("Done: " + report.summary());
            report.skippedExamples().forEach(e -> System.out.println("  skipped " + e));
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
