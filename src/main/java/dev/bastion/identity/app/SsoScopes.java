package dev.bastion.identity.app;

import dev.bastion.identity.infra.SsoSettings;
import dev.bastion.identity.model.ScopeSet;
import dev.bastion.identity.model.ScopeSets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The scope sets EVE SSO round trips ask for (see {@link ScopeSet}): identity's own, from
 * {@code bastion.sso.login-scopes}, and every set a module declares as a CDI bean, e.g. in a module's
 * {@code @ApplicationScoped} class:
 * <pre>
 * &#64;Produces
 * ScopeSet memberAudit() {
 *     return new ScopeSet("member-audit", List.of("esi-skills.read_skills.v1", "esi-assets.read_assets.v1"));
 * }
 * </pre>
 * The module's page then links to {@code /account/add-character?for=member-audit&next=/audit/...}: the
 * member approves those scopes at CCP for the character they pick, the character is added to them (or its
 * token renewed) and they come back to {@code next}.
 */
@ApplicationScoped
public class SsoScopes {

    @Inject
    SsoSettings settings;

    @Inject
    @Any
    Instance<ScopeSet> declared;

    private ScopeSets sets;

    @PostConstruct
    void collect() {
        sets = ScopeSets.of(settings.loginScopes(), declared.stream().toList());
    }

    /** What logging in and adding an alt ask for. */
    public ScopeSet identity() {
        return sets.identity();
    }

    /** The set a round trip names ({@code for=}); identity's when none is named, empty when no set has that name. */
    public Optional<ScopeSet> named(String name) {
        return sets.named(name);
    }

    public List<ScopeSet> all() {
        return sets.all();
    }

    /** Every scope any set asks for: what the application registered at CCP must allow. */
    public List<String> toRegister() {
        return sets.union();
    }
}
