package dev.bastion.it;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The simulated EVE SSO: authorize redirect, PKCE code exchange, CCP-shaped RS256 JWTs, refresh rotation. */
class SimulatedSsoIT {

    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString("bastion-it:secret".getBytes(StandardCharsets.UTF_8));

    static String challenge() throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
    }

    static String code(long characterId) throws Exception {
        var r = Http.get("/sim/sso/v2/oauth/authorize?response_type=code&client_id=bastion-it&redirect_uri="
                + URLEncoder.encode("http://localhost:9180/sso/callback", StandardCharsets.UTF_8)
                + "&scope=publicData%20esi-assets.read_assets.v1&state=xyz&code_challenge=" + challenge()
                + "&code_challenge_method=S256&character_id=" + characterId);
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("state=xyz"), location);
        return URI.create(location).getQuery().replaceAll(".*code=([^&]+).*", "$1");
    }

    @Test
    void authorizeWithoutACharacterShowsThePicker() throws Exception {
        var r = Http.get("/sim/sso/v2/oauth/authorize?response_type=code&client_id=c&redirect_uri=http://x/&state=s");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Aria Valen") && r.body().contains("Account aria"));
    }

    @Test
    void codeExchangeGivesAVerifiableCcpShapedToken() throws Exception {
        var r = Http.postForm("/sim/sso/v2/oauth/token", "grant_type=authorization_code&code=" + code(2112000001L)
                + "&code_verifier=" + VERIFIER, BASIC);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject token = (JsonObject) Http.json(r);
        assertEquals(1199, token.getInt("expires_in"));
        JWKSet jwks = JWKSet.parse(Http.get("/sim/sso/oauth/jwks").body());
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
        JWTClaimsSet claims = processor.process(token.getString("access_token"), null);
        assertEquals("CHARACTER:EVE:2112000001", claims.getSubject());
        assertEquals("Aria Valen", claims.getStringClaim("name"));
        assertEquals(28, claims.getStringClaim("owner").length());
        assertTrue(claims.getAudience().containsAll(List.of("bastion-it", "EVE Online")));
        assertEquals(List.of("publicData", "esi-assets.read_assets.v1"), claims.getStringListClaim("scp"));
    }

    @Test
    void aWrongPkceVerifierIsRefused() throws Exception {
        var r = Http.postForm("/sim/sso/v2/oauth/token", "grant_type=authorization_code&code=" + code(2112000002L)
                + "&code_verifier=wrong", BASIC);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("invalid_grant"));
    }

    @Test
    void refreshRotatesTheTokenAndTheOldOneStopsWorking() throws Exception {
        JsonObject first = (JsonObject) Http.json(Http.postForm("/sim/sso/v2/oauth/token",
                "grant_type=authorization_code&code=" + code(2112000003L) + "&code_verifier=" + VERIFIER, BASIC));
        String refresh = first.getString("refresh_token");
        var second = Http.postForm("/sim/sso/v2/oauth/token", "grant_type=refresh_token&refresh_token=" + refresh, BASIC);
        assertEquals(200, second.statusCode(), second.body());
        var reuse = Http.postForm("/sim/sso/v2/oauth/token", "grant_type=refresh_token&refresh_token=" + refresh, BASIC);
        assertEquals(400, reuse.statusCode());
        assertTrue(reuse.body().contains("invalid_grant"));
    }
}
