package dev.bastion.identity.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.Collection;
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
        return parse(configured.orElse(""));
    }

    /** The listed character that makes a user owning these characters a superuser, if any (the lowest id, for a stable reason). */
    public Optional<Long> listedAmong(Collection<Long> ownedCharacterIds) {
        return listedAmong(ids(), ownedCharacterIds);
    }

    static Optional<Long> listedAmong(Set<Long> listed, Collection<Long> owned) {
        return owned.stream().filter(listed::contains).min(Long::compare);
    }

    static Set<Long> parse(String configured) {
        return Arrays.stream(configured.split("[,\\s]+")).filter(x -> !x.isBlank())
                .map(Long::parseLong).collect(Collectors.toSet());
    }
}
