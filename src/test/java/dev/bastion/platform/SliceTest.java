package dev.bastion.platform;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SliceTest {

    @Test
    void offsetsAndLimitsAreKeptInBounds() {
        assertEquals(0, Slice.offset(-25));
        assertEquals(50, Slice.offset(50));
        assertEquals(1, Slice.limit(0));
        assertEquals(25, Slice.limit(25));
        assertEquals(Slice.MAX_LIMIT, Slice.limit(Integer.MAX_VALUE));
    }

    @Test
    void theRowsAreACopy() {
        List<String> rows = new ArrayList<>(List.of("a"));
        Slice<String> s = new Slice<>(rows, 7);
        rows.add("b");
        assertEquals(List.of("a"), s.rows());
        assertEquals(7, s.total());
    }
}
