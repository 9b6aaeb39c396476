package dev.bastion.identity.app;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Item 1 of issue 9: superuser status is derived from the configured characters and who owns them now. */
class SuperuserListTest {

    @Test
    void item1_theListIsReadFromCommasOrSpaces() {
        assertEquals(Set.of(2112000001L, 2112000016L), SuperuserList.parse(" 2112000001, 2112000016 "));
        assertEquals(Set.of(), SuperuserList.parse(""));
    }

    @Test
    void item1_aUserIsASuperuserExactlyWhileOwningAListedCharacter() {
        Set<Long> listed = Set.of(2112000001L, 2112000016L);
        assertEquals(Optional.of(2112000016L), SuperuserList.listedAmong(listed, List.of(2112000015L, 2112000016L)));
        assertEquals(Optional.empty(), SuperuserList.listedAmong(listed, List.of(2112000015L)), "a sold or removed character no longer counts");
        assertEquals(Optional.empty(), SuperuserList.listedAmong(Set.of(), List.of(2112000001L)), "a character taken off the list no longer counts");
    }
}
