package dev.bastion.identity.app;

import dev.bastion.identity.model.User;

import dev.bastion.identity.infra.SsoSettings;
import dev.bastion.platform.Endpoints;
import dev.bastion.platform.ProductionSettings;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Refuses to start a production server (simulator off) that could not keep its promises about identity:
 * no usable refresh-token key, no SSO client id, no registered SSO callback (redirect_uri would follow the
 * request's Host header), or no operator contact for CCP's User-Agent ({@link ProductionSettings}), or two
 * scope sets of one name ({@link SsoScopes}). Logs the scopes the application at CCP must allow.
 * Failing here stops the application with the reason in the log, instead of failing at the first login.
 */
@Singleton
@Startup
public class IdentityStartupCheck {

    private static final Logger LOG = Logger.getLogger(IdentityStartupCheck.class.getName());

    @Inject
    Endpoints endpoints;

    @Inject
    TokenVault vault;

    @Inject
    SsoSettings sso;

    @Inject
    SsoScopes scopes;

    @Inject
    @ConfigProperty(name = "bastion.esi.user-agent.contact")
    Optional<String> contact;

    @PostConstruct
    void check() {
        try {
            List<String> problems = ProductionSettings.problems(endpoints.simulatorEnabled(), sso.callbackUrl(), contact);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join("; ", problems));
            }
            vault.cipher();
            String clientId = sso.clientId();
            List<String> toRegister = scopes.toRegister();
            LOG.info(() -> "Identity ready: SSO client " + clientId + (endpoints.simulatorEnabled() ? " (simulator)" : "")
                    + "; the application at CCP must allow the scopes " + String.join(" ", toRegister));
        } catch (RuntimeException e) {
            LOG.severe("Bastion cannot start: " + rootMessage(e));
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
