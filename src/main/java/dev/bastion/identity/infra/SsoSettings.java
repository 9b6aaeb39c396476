package dev.bastion.identity.infra;

import dev.bastion.platform.Endpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The EVE SSO application Bastion is registered as at CCP, and the scopes a login asks for. */
@ApplicationScoped
public class SsoSettings {

    /** The simulator accepts any client; the demo names itself so. */
    static final String DEMO_CLIENT_ID = "bastion-demo";

    @Inject
    Endpoints endpoints;

    @Inject
    @ConfigProperty(name = "bastion.sso.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "bastion.sso.client-secret")
    Optional<String> clientSecret;

    @Inject
    @ConfigProperty(name = "bastion.sso.callback-url")
    Optional<String> callbackUrl;

    @Inject
    @ConfigProperty(name = "bastion.sso.login-scopes", defaultValue = "publicData")
    String loginScopes;

    public String clientId() {
        return clientId.filter(s -> !s.isBlank()).orElseGet(() -> {
            if (endpoints.simulatorEnabled()) {
                return DEMO_CLIENT_ID;
            }
            throw new IllegalStateException("bastion.sso.client-id is not set (register an application at CCP)");
        });
    }

    public Optional<String> clientSecret() {
        return clientSecret.filter(s -> !s.isBlank());
    }

    /** The registered callback; when unset, derived from the request (fine for the demo, set it in production). */
    public Optional<String> callbackUrl() {
        return callbackUrl.filter(s -> !s.isBlank());
    }

    /**
     * Identity's scopes, asked when logging in and when adding an alt: the minimum. A module that reads more
     * asks for its own set when a member registers a character for it (see {@code identity.model.ScopeSet}).
     */
    public List<String> loginScopes() {
        return split(loginScopes);
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split("[\\s,]+")).filter(x -> !x.isBlank()).distinct().toList();
    }
}
