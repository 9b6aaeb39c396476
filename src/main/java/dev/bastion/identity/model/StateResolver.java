package dev.bastion.identity.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Alliance Auth's state rule: a user's state is the highest-priority state available to their main.
 * Without a main, or when deactivated, a user gets the guest state (the lowest priority).
 */
public final class StateResolver {

    private StateResolver() {
    }

    public static StateDefinition resolve(Collection<StateDefinition> states, Optional<Affiliation> main, boolean active) {
        StateDefinition guest = guest(states);
        if (main.isEmpty() || !active) {
            return guest;
        }
        return states.stream().filter(s -> s.admits(main.get()))
                .max(Comparator.comparingInt(StateDefinition::priority)).orElse(guest);
    }

    /** The state of last resort: the lowest priority. */
    public static StateDefinition guest(Collection<StateDefinition> states) {
        return states.stream().min(Comparator.comparingInt(StateDefinition::priority))
                .orElseThrow(() -> new IllegalStateException("No states are defined; the Guest state must exist"));
    }
}
