package dev.bastion.identity.infra;

import dev.bastion.identity.model.EveAccessToken;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Local verification of EVE SSO access tokens, as CCP documents it. */
class EveJwtVerifierTest {

    static final String CLIENT = "bastion-test";
    static RSAKey ccpKey;
    static RSAKey otherKey;
    static EveJwtVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        ccpKey = new RSAKeyGenerator(2048).keyID("JWT-Signature-Key").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("JWT-Signature-Key").generate();
        verifier = new EveJwtVerifier(new ImmutableJWKSet<>(new JWKSet(ccpKey.toPublicJWK())), CLIENT,
                "https://login.eveonline.com");
    }

    static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("CHARACTER:EVE:2112000001").issuer("https://login.eveonline.com")
                .audience(List.of(CLIENT, "EVE Online")).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(1199))).claim("name", "Aria Valen")
                .claim("owner", "8PmzCeTKb4VFUDrHLc/AeZXDSWM=").claim("scp", List.of("publicData", "esi-assets.read_assets.v1"));
    }

    static String sign(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build(), change.apply(claims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aGenuineTokenGivesTheCharacterOwnerAndScopes() throws Exception {
        EveAccessToken t = verifier.verify(sign(ccpKey, c -> c));
        assertEquals(2112000001L, t.characterId());
        assertEquals("Aria Valen", t.characterName());
        assertEquals("8PmzCeTKb4VFUDrHLc/AeZXDSWM=", t.ownerHash());
        assertEquals(List.of("publicData", "esi-assets.read_assets.v1"), t.scopes());
    }

    @Test
    void aSingleScopeArrivesAsAString() throws Exception {
        assertEquals(List.of("publicData"), verifier.verify(sign(ccpKey, c -> c.claim("scp", "publicData"))).scopes());
    }

    @Test
    void noScopeMeansAnEmptyList() throws Exception {
        assertEquals(List.of(), verifier.verify(sign(ccpKey, c -> c.claim("scp", null))).scopes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"login.eveonline.com", "https://login.eveonline.com", "https://login.eveonline.com/"})
    void theIssuerIsAcceptedWithAndWithoutScheme(String issuer) throws Exception {
        assertEquals(2112000001L, verifier.verify(sign(ccpKey, c -> c.issuer(issuer))).characterId());
    }

    @Test
    void aForeignIssuerIsRefused() {
        assertRefused(ccpKey, c -> c.issuer("https://login.evil.example"), "issuer");
    }

    @Test
    void aBadSignatureIsRefused() {
        assertRefused(otherKey, c -> c, "signature");
    }

    @Test
    void anAudienceWithoutOurClientIsRefused() {
        assertRefused(ccpKey, c -> c.audience(List.of("someone-else", "EVE Online")), "audience");
    }

    @Test
    void anAudienceWithoutEveOnlineIsRefused() {
        assertRefused(ccpKey, c -> c.audience(List.of(CLIENT)), "audience");
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertRefused(ccpKey, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(120))), "claims");
    }

    @Test
    void aTokenExpiredWithinTheClockGraceIsAccepted() throws Exception {
        verifier.verify(sign(ccpKey, c -> c.expirationTime(Date.from(Instant.now().minusSeconds(5)))));
    }

    @Test
    void aSubjectThatIsNotACharacterIsRefused() {
        assertRefused(ccpKey, c -> c.subject("CORPORATION:EVE:98000001"), "subject");
    }

    @Test
    void aTokenWithoutAnOwnerHashIsRefused() {
        assertRefused(ccpKey, c -> c.claim("owner", null), "claims");
    }

    @Test
    void garbageIsRefused() {
        assertThrows(InvalidTokenException.class, () -> verifier.verify("not.a.jwt"));
    }

    private static void assertRefused(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change, String why) {
        InvalidTokenException e = assertThrows(InvalidTokenException.class, () -> verifier.verify(sign(key, change)));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }
}
