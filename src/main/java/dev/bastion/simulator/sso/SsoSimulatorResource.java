package dev.bastion.simulator.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.bastion.simulator.SimDb;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated EVE SSO (OAuth 2.0 "v2"): authorize with a character picker (or ?character_id= to
 * approve at once), the token endpoint with the authorization_code (PKCE S256) and refresh_token
 * grants, revocation, JWKS and the metadata document. Access tokens are RS256 JWTs shaped like CCP's.
 */
@Path("sso")
@RequestScoped
public class SsoSimulatorResource {

    static final int ACCESS_TOKEN_SECONDS = 1199;
    private static final int CODE_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Authorization codes live minutes and are single-use: memory is the right place. */
    private static final Map<String, Grant> CODES = new ConcurrentHashMap<>();

    /** A fault for the next token issued, so that tests can see Bastion refuse bad tokens. */
    enum TokenFault { BAD_SIGNATURE, WRONG_AUDIENCE, EXPIRED, WRONG_ISSUER }

    private static final java.util.concurrent.atomic.AtomicReference<TokenFault> NEXT_FAULT =
            new java.util.concurrent.atomic.AtomicReference<>();

    record Grant(long characterId, String clientId, String redirectUri, String scopes, String challenge,
                 Instant expiresAt) {
    }

    @Resource(lookup = "jdbc/bastion")
    DataSource dataSource;

    @Inject
    SsoSimulatorKeys keys;

    @Context
    UriInfo uri;

    @GET
    @Path(".well-known/oauth-authorization-server")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject metadata() {
        String base = issuer();
        return Json.createObjectBuilder()
                .add("issuer", base)
                .add("authorization_endpoint", base + "/v2/oauth/authorize")
                .add("token_endpoint", base + "/v2/oauth/token")
                .add("revocation_endpoint", base + "/v2/oauth/revoke")
                .add("jwks_uri", base + "/oauth/jwks")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .add("token_endpoint_auth_methods_supported",
                        Json.createArrayBuilder().add("client_secret_basic").add("client_secret_post"))
                .build();
    }

    @GET
    @Path("oauth/jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        return "{\"keys\":[" + keys.signingKey().toPublicJWK().toJSONString() + "],\"SkipUnresolvedJsonWebKeys\":true}";
    }

    @GET
    @Path("v2/oauth/authorize")
    public Response authorize(@QueryParam("response_type") String responseType, @QueryParam("client_id") String clientId,
                              @QueryParam("redirect_uri") String redirectUri, @QueryParam("scope") String scope,
                              @QueryParam("state") String state, @QueryParam("code_challenge") String challenge,
                              @QueryParam("code_challenge_method") String challengeMethod,
                              @QueryParam("character_id") Long characterId) {
        String problem = !"code".equals(responseType) ? "response_type must be code"
                : blank(clientId) ? "client_id is missing"
                : blank(redirectUri) || !(redirectUri.startsWith("http://") || redirectUri.startsWith("https://"))
                ? "redirect_uri is missing or not an http(s) URL"
                : blank(state) ? "state is missing"
                : challenge != null && !"S256".equals(challengeMethod) ? "only code_challenge_method=S256 is supported"
                : null;
        if (problem != null) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("Invalid authorize request: " + problem).build();
        }
        if (characterId == null) {
            return Response.ok(picker(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        if (db().one("SELECT 1 FROM sim_character WHERE character_id = ?", rs -> 1, characterId) == null) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("Unknown character " + characterId).build();
        }
        String code = token(24);
        CODES.put(code, new Grant(characterId, clientId, redirectUri, scope == null ? "" : scope, challenge,
                Instant.now().plusSeconds(CODE_SECONDS)));
        URI target = UriBuilder.fromUri(redirectUri).queryParam("code", code).queryParam("state", state).build();
        return Response.status(302).location(target).build();
    }

    @POST
    @Path("v2/oauth/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response token(@FormParam("grant_type") String grantType, @FormParam("code") String code,
                          @FormParam("code_verifier") String verifier, @FormParam("refresh_token") String refreshToken,
                          @FormParam("client_id") String formClientId, @HeaderParam("Authorization") String authorization) {
        String clientId = clientId(authorization, formClientId);
        if (clientId == null) {
            return oauthError(401, "invalid_client", "Client authentication failed");
        }
        if ("authorization_code".equals(grantType)) {
            Grant grant = code == null ? null : CODES.remove(code);
            if (grant == null || grant.expiresAt().isBefore(Instant.now()) || !grant.clientId().equals(clientId)) {
                return oauthError(400, "invalid_grant", "Authorization code is invalid or expired.");
            }
            if (grant.challenge() != null && (verifier == null || !grant.challenge().equals(s256(verifier)))) {
                return oauthError(400, "invalid_grant", "PKCE verification failed.");
            }
            return issue(grant.characterId(), clientId, grant.scopes());
        }
        if ("refresh_token".equals(grantType)) {
            List<Object[]> rows = db().query("SELECT character_id, client_id, scopes, owner_hash, revoked FROM sim_refresh_token "
                    + "WHERE token = ?", rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getBoolean(5)}, refreshToken == null ? "" : refreshToken);
            if (rows.isEmpty() || (Boolean) rows.get(0)[4] || !clientId.equals(rows.get(0)[1])) {
                return oauthError(400, "invalid_grant", "Invalid refresh token. Token missing/expired.");
            }
            long characterId = (Long) rows.get(0)[0];
            String currentOwner = db().one("SELECT owner_hash FROM sim_character WHERE character_id = ?",
                    rs -> rs.getString(1), characterId);
            if (!rows.get(0)[3].equals(currentOwner)) {
                // The character changed hands: CCP invalidates its grants.
                return oauthError(400, "invalid_grant", "Invalid refresh token. Character grant missing/expired.");
            }
            db().update("UPDATE sim_refresh_token SET revoked = TRUE WHERE token = ?", refreshToken);
            return issue(characterId, clientId, (String) rows.get(0)[2]);
        }
        return oauthError(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
    }

    @POST
    @Path("v2/oauth/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@FormParam("token") String token, @FormParam("client_id") String formClientId,
                           @HeaderParam("Authorization") String authorization) {
        if (clientId(authorization, formClientId) == null) {
            return oauthError(401, "invalid_client", "Client authentication failed");
        }
        db().update("UPDATE sim_refresh_token SET revoked = TRUE WHERE token = ?", token == null ? "" : token);
        return Response.ok().build();
    }

    /** Makes the next issued access token faulty: {"next": "bad_signature" | "wrong_audience" | "expired" | "wrong_issuer"}. */
    @POST
    @Path("faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response fault(JsonObject body) {
        try {
            NEXT_FAULT.set(TokenFault.valueOf(body.getString("next", "").toUpperCase()));
            return Response.noContent().build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).type(MediaType.TEXT_PLAIN)
                    .entity("next must be bad_signature, wrong_audience, expired or wrong_issuer").build();
        }
    }

    /**
     * Moves a character to another EVE account (a character sale or transfer): it gets a new owner hash,
     * and CCP stops honouring grants made under the old one. Body: {"account": "borin"}.
     */
    @POST
    @Path("characters/{id}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response moveToAccount(@jakarta.ws.rs.PathParam("id") long characterId, JsonObject body) {
        String account = body.getString("account", "");
        if (account.isBlank()) {
            return Response.status(400).type(MediaType.TEXT_PLAIN).entity("account is required").build();
        }
        String hash = dev.bastion.simulator.demo.DemoUniverse.ownerHash(account, characterId);
        int n = db().update("UPDATE sim_character SET account = ?, owner_hash = ? WHERE character_id = ?", account, hash, characterId);
        if (n == 0) {
            return Response.status(404).type(MediaType.TEXT_PLAIN).entity("Unknown character " + characterId).build();
        }
        return Response.ok(Json.createObjectBuilder().add("character_id", characterId).add("account", account)
                .add("owner_hash", hash).build()).build();
    }

    /** The player revokes the application at CCP's third-party applications page: every grant of the character dies. */
    @POST
    @Path("characters/{id}/revoke-grants")
    public Response revokeGrants(@jakarta.ws.rs.PathParam("id") long characterId) {
        int n = db().update("UPDATE sim_refresh_token SET revoked = TRUE WHERE character_id = ? AND NOT revoked", characterId);
        return Response.ok(Json.createObjectBuilder().add("revoked", n).build(), MediaType.APPLICATION_JSON).build();
    }

    private Response issue(long characterId, String clientId, String scopes) {
        Object[] who = db().one("SELECT name, owner_hash FROM sim_character WHERE character_id = ?",
                rs -> new Object[] {rs.getString(1), rs.getString(2)}, characterId);
        Instant now = Instant.now();
        TokenFault fault = NEXT_FAULT.getAndSet(null);
        if (fault == TokenFault.EXPIRED) {
            now = now.minusSeconds(ACCESS_TOKEN_SECONDS + 600);
        }
        List<String> scopeList = scopes.isBlank() ? List.of() : Arrays.asList(scopes.trim().split("\\s+"));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("CHARACTER:EVE:" + characterId)
                .issuer(fault == TokenFault.WRONG_ISSUER ? "https://login.evil.example" : issuer())
                .audience(fault == TokenFault.WRONG_AUDIENCE ? List.of("someone-else", "EVE Online") : List.of(clientId, "EVE Online"))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(ACCESS_TOKEN_SECONDS)))
                .claim("kid", SsoSimulatorKeys.KID)
                .claim("name", who[0])
                .claim("owner", who[1])
                .claim("azp", clientId)
                .claim("tenant", "tranquility")
                .claim("tier", "live")
                .claim("region", "world");
        // CCP sends a single scope as a string and several as an array.
        if (scopeList.size() == 1) {
            claims.claim("scp", scopeList.get(0));
        } else if (!scopeList.isEmpty()) {
            claims.claim("scp", scopeList);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(SsoSimulatorKeys.KID)
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            // A bad signature: signed by a key that is not in the JWKS, under the same key id.
            jwt.sign(new RSASSASigner(fault == TokenFault.BAD_SIGNATURE
                    ? new com.nimbusds.jose.jwk.gen.RSAKeyGenerator(2048).keyID(SsoSimulatorKeys.KID).generate()
                    : keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        String refresh = token(32);
        db().update("INSERT INTO sim_refresh_token (token, character_id, client_id, scopes, owner_hash) VALUES (?,?,?,?,?)",
                refresh, characterId, clientId, scopes, who[1]);
        return Response.ok(Json.createObjectBuilder().add("access_token", jwt.serialize())
                .add("expires_in", ACCESS_TOKEN_SECONDS).add("token_type", "Bearer")
                .add("refresh_token", refresh).build()).build();
    }

    private String picker() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>EVE SSO (simulator)"
                + "</title><style>body{font-family:sans-serif;background:#101820;color:#dde;margin:2em}"
                + "a{color:#8cf;display:block;margin:.3em 0}h2{margin-top:1.2em}</style></head><body>"
                + "<h1>Log in with EVE Online</h1><p>Bastion demo: the simulator stands in for CCP's login. "
                + "Pick a character.</p>");
        String lastAccount = null;
        for (String[] c : db().query("SELECT c.character_id, c.name, c.account, k.name FROM sim_character c "
                + "JOIN sim_corporation k USING (corporation_id) ORDER BY c.account, c.character_id",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
            if (!c[2].equals(lastAccount)) {
                html.append("<h2>Account ").append(escape(c[2])).append("</h2>");
                lastAccount = c[2];
            }
            String href = uri.getRequestUriBuilder().replaceQueryParam("character_id", c[0]).build().toString();
            html.append("<a href='").append(escape(href)).append("'>").append(escape(c[1])).append(" &mdash; ")
                    .append(escape(c[3])).append("</a>");
        }
        return html.append("</body></html>").toString();
    }

    private String issuer() {
        String base = uri.getBaseUri().toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/sso";
    }

    /** Confidential clients authenticate with HTTP Basic; PKCE clients name themselves in the form. */
    private static String clientId(String authorization, String formClientId) {
        if (authorization != null && authorization.startsWith("Basic ")) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 && colon < decoded.length() - 1 ? decoded.substring(0, colon) : null;
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return blank(formClientId) ? null : formClientId;
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response oauthError(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(Json.createObjectBuilder()
                .add("error", error).add("error_description", description).build()).build();
    }

    private static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private SimDb db() {
        return new SimDb(dataSource);
    }
}
