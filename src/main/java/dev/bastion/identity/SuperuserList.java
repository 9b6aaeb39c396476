package dev.bastion.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The characters whose users are superusers, from {@code bastion.superusers}. There is no default
 * password and no default administrator: the first superuser is whoever logs in with a listed character.
 */
@ApplicationScoped
public class SuperuserList {

    @Inject
    @ConfigProperty(name = "bastion.superusers")
    Optional<String> configured;

    public boolean contains(long characterId) {
        return ids().contains(characterId);
    }

    Set<Long> ids() {
        return configured.map(s -> Arrays.stream(s.split("[,\\s]+")).filter(x -> !x.isBlank())
                .map(Long::parseLong).collect(Collectors.toSet())).orElse(Set.of());
    }
}
