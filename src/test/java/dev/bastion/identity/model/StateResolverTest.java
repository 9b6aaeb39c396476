package dev.bastion.identity.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StateResolverTest {

    static final StateDefinition GUEST = new StateDefinition(1, "Guest", 0, true, Set.of(), Set.of(), Set.of(), Set.of());
    static final StateDefinition BLUE = new StateDefinition(2, "Blue", 50, false, Set.of(), Set.of(98_000_004L), Set.of(99_000_002L), Set.of());
    static final StateDefinition MEMBER = new StateDefinition(3, "Member", 100, false, Set.of(2_112_000_099L), Set.of(),
            Set.of(99_000_001L), Set.of());
    static final StateDefinition MILITIA = new StateDefinition(4, "Militia", 30, false, Set.of(), Set.of(), Set.of(), Set.of(500_001L));
    static final List<StateDefinition> ALL = List.of(GUEST, BLUE, MEMBER, MILITIA);

    static Optional<Affiliation> main(Long corp, Long alliance, Long faction) {
        return Optional.of(new Affiliation(2_112_000_001L, corp, alliance, faction));
    }

    @Test
    void aMainInTheAllianceIsAMember() {
        assertEquals("Member", StateResolver.resolve(ALL, main(98_000_001L, 99_000_001L, null), true).name());
    }

    @Test
    void aCorporationListedInAStateQualifiesWithoutItsAlliance() {
        assertEquals("Blue", StateResolver.resolve(ALL, main(98_000_004L, null, null), true).name());
    }

    @Test
    void aListedCharacterQualifiesWhateverItsCorporation() {
        Optional<Affiliation> listed = Optional.of(new Affiliation(2_112_000_099L, 98_000_005L, null, null));
        assertEquals("Member", StateResolver.resolve(ALL, listed, true).name());
    }

    @Test
    void aFactionQualifies() {
        assertEquals("Militia", StateResolver.resolve(ALL, main(98_000_005L, null, 500_001L), true).name());
    }

    @Test
    void theHighestPriorityAvailableStateWins() {
        // Alliance in Member, faction in Militia: Member (100) beats Militia (30).
        assertEquals("Member", StateResolver.resolve(ALL, main(98_000_001L, 99_000_001L, 500_001L), true).name());
    }

    @Test
    void nobodyInAnyStateIsAGuestThroughThePublicState() {
        assertEquals("Guest", StateResolver.resolve(ALL, main(98_000_005L, null, null), true).name());
    }

    @Test
    void withoutAMainAUserIsAGuest() {
        assertEquals("Guest", StateResolver.resolve(ALL, Optional.empty(), true).name());
    }

    @Test
    void aDeactivatedUserIsAGuestWhateverTheirMain() {
        assertEquals("Guest", StateResolver.resolve(ALL, main(98_000_001L, 99_000_001L, null), false).name());
    }

    @Test
    void anUnknownAffiliationQualifiesOnlyForPublicOrCharacterStates() {
        assertEquals("Guest", StateResolver.resolve(ALL, Optional.of(Affiliation.unknown(2_112_000_001L)), true).name());
    }

    @Test
    void withoutAnyStateTheConfigurationIsBroken() {
        assertThrows(IllegalStateException.class, () -> StateResolver.resolve(List.of(), Optional.empty(), true));
    }
}
