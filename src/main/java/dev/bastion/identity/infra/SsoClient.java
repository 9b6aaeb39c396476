package dev.bastion.identity.infra;

import dev.bastion.identity.model.EveAccessToken;
import dev.bastion.identity.model.TokenGrant;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import dev.bastion.platform.BastionVersion;
import dev.bastion.platform.Endpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Bastion's EVE SSO client (OAuth 2.0 authorization code with PKCE): builds the authorize URL, exchanges
 * codes, refreshes and revokes grants, and verifies every access token locally against the JWKS. The
 * endpoints come from the SSO's metadata document, re-read hourly, as CCP asks. Every request names
 * Bastion and the operator's contact in its User-Agent, as ESI's do.
 */
@ApplicationScoped
public class SsoClient {

    private static final Duration METADATA_TTL = Duration.ofHours(1);

    @Inject
    Endpoints endpoints;

    @Inject
    SsoSettings settings;

    @Inject
    @ConfigProperty(name = "bastion.esi.user-agent.contact")
    Optional<String> contact;

    private final Map<String, SsoEndpoint> clients = new ConcurrentHashMap<>();
    private volatile Metadata metadata;
    private volatile EveJwtVerifier verifier;

    /** The parts of the metadata document Bastion uses. */
    record Metadata(String issuer, String authorize, String token, String revoke, String jwks, Instant readAt) {
    }

    public URI authorizeUrl(String redirectUri, List<String> scopes, String state, String codeChallenge) {
        return UriBuilder.fromUri(metadata().authorize())
                .queryParam("response_type", "code")
                .queryParam("redirect_uri", redirectUri)
                .queryParam("client_id", settings.clientId())
                .queryParam("scope", String.join(" ", scopes))
                .queryParam("code_challenge", codeChallenge)
                .queryParam("code_challenge_method", "S256")
                .queryParam("state", state)
                .build();
    }

    public TokenGrant exchangeCode(String code, String codeVerifier) throws InvalidTokenException {
        Form form = clientForm().param("grant_type", "authorization_code").param("code", code)
                .param("code_verifier", codeVerifier);
        return grant(tokenCall(form));
    }

    /** A new access token and a rotated refresh token; {@link SsoException#grantRevoked()} when CCP refuses for good. */
    public TokenGrant refresh(String refreshToken) throws InvalidTokenException {
        Form form = clientForm().param("grant_type", "refresh_token").param("refresh_token", refreshToken);
        return grant(tokenCall(form));
    }

    /** Tells CCP to forget a grant. An outage is reported; the caller deletes its copy either way. */
    public void revoke(String refreshToken) {
        Form form = clientForm().param("token", refreshToken).param("token_type_hint", "refresh_token");
        try (Response r = endpoint(metadata().revoke()).post(basicAuth(), form)) {
            if (r.getStatus() >= 400) {
                throw new SsoException("EVE SSO refused to revoke the token (HTTP " + r.getStatus() + ")", false);
            }
        } catch (ProcessingException e) {
            throw new SsoException("EVE SSO is unreachable: " + e.getMessage(), e);
        }
    }

    public EveAccessToken verify(String accessToken) throws InvalidTokenException {
        EveJwtVerifier v = verifier;
        if (v == null || metadataStale()) {
            Metadata m = metadata();
            try {
                DefaultResourceRetriever retriever = new DefaultResourceRetriever(JWKSourceBuilder.DEFAULT_HTTP_CONNECT_TIMEOUT,
                        JWKSourceBuilder.DEFAULT_HTTP_READ_TIMEOUT, JWKSourceBuilder.DEFAULT_HTTP_SIZE_LIMIT);
                retriever.setHeaders(Map.of("User-Agent", List.of(userAgent())));
                JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(m.jwks()).toURL(), retriever)
                        .retrying(true).build();
                v = new EveJwtVerifier(keys, settings.clientId(), m.issuer());
                verifier = v;
            } catch (MalformedURLException e) {
                throw new SsoException("The SSO metadata names an invalid jwks_uri: " + m.jwks(), e);
            }
        }
        return v.verify(accessToken);
    }

    private String tokenCall(Form form) {
        try (Response r = endpoint(metadata().token()).post(basicAuth(), form)) {
            String body = r.hasEntity() ? r.readEntity(String.class) : "";
            if (r.getStatus() == 200) {
                return body;
            }
            String error = oauthError(body);
            boolean permanent = r.getStatus() == 400 && ("invalid_grant".equals(error) || "invalid_token".equals(error));
            throw new SsoException("EVE SSO answered HTTP " + r.getStatus() + (error.isEmpty() ? "" : " " + error)
                    + describe(body), permanent);
        } catch (ProcessingException e) {
            throw new SsoException("EVE SSO is unreachable: " + e.getMessage(), e);
        }
    }

    private TokenGrant grant(String body) throws InvalidTokenException {
        JsonObject json = json(body);
        String access = json.getString("access_token", null);
        String refresh = json.getString("refresh_token", null);
        if (access == null || refresh == null) {
            throw new InvalidTokenException("the token endpoint answered without an access or refresh token");
        }
        return new TokenGrant(access, refresh, verify(access));
    }

    /** Confidential clients (with a secret) authenticate with HTTP Basic; PKCE-only clients name themselves in the form. */
    private Form clientForm() {
        Form form = new Form();
        if (settings.clientSecret().isEmpty()) {
            form.param("client_id", settings.clientId());
        }
        return form;
    }

    private String basicAuth() {
        Optional<String> secret = settings.clientSecret();
        return secret.map(s -> "Basic " + Base64.getEncoder().encodeToString(
                (settings.clientId() + ":" + s).getBytes(StandardCharsets.UTF_8))).orElse(null);
    }

    private boolean metadataStale() {
        Metadata m = metadata;
        return m == null || m.readAt().plus(METADATA_TTL).isBefore(Instant.now());
    }

    Metadata metadata() {
        if (!metadataStale()) {
            return metadata;
        }
        String url = endpoints.sso() + "/.well-known/oauth-authorization-server";
        try (Response r = endpoint(url).get()) {
            if (r.getStatus() != 200) {
                throw new SsoException("EVE SSO metadata answered HTTP " + r.getStatus() + " at " + url, false);
            }
            JsonObject m = json(r.readEntity(String.class));
            metadata = new Metadata(m.getString("issuer"), m.getString("authorization_endpoint"),
                    m.getString("token_endpoint"), m.getString("revocation_endpoint"), m.getString("jwks_uri"), Instant.now());
            verifier = null;
            return metadata;
        } catch (ProcessingException e) {
            throw new SsoException("EVE SSO is unreachable at " + url + ": " + e.getMessage(), e);
        }
    }

    private SsoEndpoint endpoint(String url) {
        return clients.computeIfAbsent(url, u -> RestClientBuilder.newBuilder().baseUri(URI.create(u))
                .connectTimeout(10, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .register(new UserAgent(userAgent()))
                .build(SsoEndpoint.class));
    }

    String userAgent() {
        return BastionVersion.userAgent(contact.orElse(""));
    }

    /** Sets the User-Agent of every SSO request. */
    static final class UserAgent implements ClientRequestFilter {
        private final String value;

        UserAgent(String value) {
            this.value = value;
        }

        @Override
        public void filter(ClientRequestContext request) {
            request.getHeaders().putSingle("User-Agent", value);
        }
    }

    private static String oauthError(String body) {
        try {
            return json(body).getString("error", "");
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String describe(String body) {
        try {
            String d = json(body).getString("error_description", "");
            return d.isEmpty() ? "" : ": " + d;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
