package dev.bastion.platform;

import java.util.List;

/** One page of rows and how many rows the whole list has. */
public record Slice<T>(List<T> rows, long total) {

    public Slice {
        rows = List.copyOf(rows);
    }
}
