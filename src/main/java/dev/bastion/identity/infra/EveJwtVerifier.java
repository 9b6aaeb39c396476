package dev.bastion.identity.infra;

import dev.bastion.identity.model.EveAccessToken;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Verifies EVE SSO access tokens locally, the way CCP documents it: an RS256 signature by a key of the
 * JWKS, an issuer equal to the SSO's own (CCP uses it both with and without "https://", so both forms
 * are accepted and nothing else), an audience containing both our client id and "EVE Online", and an
 * expiry (with a small grace for clock skew). The subject must be {@code CHARACTER:EVE:<id>}.
 */
public final class EveJwtVerifier {

    static final String EVE_AUDIENCE = "EVE Online";
    private static final String SUBJECT_PREFIX = "CHARACTER:EVE:";
    private static final int CLOCK_SKEW_SECONDS = 30;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String clientId;
    private final String issuer;

    /**
     * @param issuer the issuer from the SSO's metadata document (e.g. {@code https://login.eveonline.com})
     */
    public EveJwtVerifier(JWKSource<SecurityContext> keys, String clientId, String issuer) {
        this.clientId = clientId;
        this.issuer = normalise(issuer);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(null,
                Set.of("sub", "exp", "iss", "aud", "name", "owner"));
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
    }

    public EveAccessToken verify(String jwt) throws InvalidTokenException {
        JWTClaimsSet claims;
        try {
            claims = processor.process(jwt, null);
        } catch (BadJWTException e) {
            throw new InvalidTokenException("token claims rejected: " + e.getMessage(), e);
        } catch (BadJOSEException e) {
            throw new InvalidTokenException("token signature rejected: " + e.getMessage(), e);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a JWT: " + e.getMessage(), e);
        } catch (JOSEException e) {
            throw new InvalidTokenException("the SSO signing keys could not be loaded: " + e.getMessage(), e);
        }
        if (!issuer.equals(normalise(claims.getIssuer()))) {
            throw new InvalidTokenException("unexpected issuer " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        if (!audience.contains(clientId) || !audience.contains(EVE_AUDIENCE)) {
            throw new InvalidTokenException("audience " + audience + " must contain the client id and \"EVE Online\"");
        }
        String subject = claims.getSubject();
        if (!subject.startsWith(SUBJECT_PREFIX)) {
            throw new InvalidTokenException("subject " + subject + " is not a character");
        }
        long characterId;
        try {
            characterId = Long.parseLong(subject.substring(SUBJECT_PREFIX.length()));
            return new EveAccessToken(characterId, claims.getStringClaim("name"), claims.getStringClaim("owner"),
                    scopes(claims), claims.getExpirationTime().toInstant());
        } catch (NumberFormatException | ParseException e) {
            throw new InvalidTokenException("malformed claims: " + e.getMessage(), e);
        }
    }

    /** CCP sends "scp" as a string for one scope and as an array for several. */
    private static List<String> scopes(JWTClaimsSet claims) throws ParseException {
        Object scp = claims.getClaim("scp");
        if (scp == null) {
            return List.of();
        }
        if (scp instanceof String s) {
            return List.of(s);
        }
        return List.copyOf(claims.getStringListClaim("scp"));
    }

    /** "https://login.eveonline.com/", "login.eveonline.com" and "https://login.eveonline.com" are the same issuer. */
    static String normalise(String issuer) {
        if (issuer == null) {
            return "";
        }
        String s = issuer.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("https://")) {
            s = s.substring(8);
        } else if (s.startsWith("http://")) {
            s = s.substring(7);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
