package dev.bastion.eve.model;

import java.io.Closeable;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * A readable copy of the Static Data Export: CCP's JSON Lines zip or the older CSV layout. Rows that
 * cannot be read are reported, never silently dropped and never fatal.
 */
public interface SdeSource extends Closeable {

    /** Human-readable origin, e.g. "CCP SDE build 3031812 (eve-online-static-data.zip)". */
    String description();

    /** CCP's build number when the source carries one. */
    OptionalLong buildNumber();

    /** Streams every row of one table to the sink. */
    void read(SdeTable table, Sink sink) throws IOException;

    /** Receives rows, and the reason each unreadable row was skipped. */
    interface Sink {
        void row(SdeRow row);

        void malformed(SdeTable table, long lineNumber, String reason);
    }
}
