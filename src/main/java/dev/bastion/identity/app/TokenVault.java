package dev.bastion.identity.app;

import dev.bastion.identity.infra.TokenCipher;

import dev.bastion.platform.Endpoints;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Holds the refresh-token cipher built from {@code bastion.token.key}. In production (simulator off)
 * a missing, malformed or published demo key stops the application from starting: tokens must never be
 * written under a key anyone else knows.
 */
@ApplicationScoped
public class TokenVault {

    /** The key the demo and the tests use; public in the repository, so refused in production. */
    public static final String DEMO_KEY = "ZGVtby1vbmx5LWtleS1mb3ItYmFzdGlvbi10b2tlbnM=";

    @Inject
    Endpoints endpoints;

    @Inject
    @ConfigProperty(name = "bastion.token.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "bastion.token.previous-keys")
    Optional<String> previousKeys;

    private TokenCipher cipher;

    @PostConstruct
    void init() {
        cipher = build(key, previousKeys, endpoints.simulatorEnabled());
    }

    /** The startup rule, separate so that it is unit-tested. */
    public static TokenCipher build(Optional<String> key, Optional<String> previous, boolean demo) {
        String k = key.filter(s -> !s.isBlank()).orElse(null);
        if (k == null) {
            if (!demo) {
                throw new IllegalStateException("bastion.token.key is not set: Bastion refuses to start in production without "
                        + "a key to encrypt SSO refresh tokens. Generate one with: openssl rand -base64 32");
            }
            k = DEMO_KEY;
        }
        if (!demo && DEMO_KEY.equals(k.trim())) {
            throw new IllegalStateException("bastion.token.key is the published demo key: generate your own with "
                    + "openssl rand -base64 32");
        }
        List<String> old = previous.map(p -> Arrays.stream(p.split("[,\\s]+")).filter(s -> !s.isBlank()).toList())
                .orElse(List.of());
        try {
            return new TokenCipher(k, old);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("bastion.token.key is unusable: " + e.getMessage(), e);
        }
    }

    public TokenCipher cipher() {
        return cipher;
    }
}
