package dev.bastion.identity.infra;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encrypts refresh tokens at rest with AES-256-GCM, as compact JWE (alg "dir", enc "A256GCM"): a random
 * IV per token, an authentication tag, and the key id in the header so that keys can be rotated (older
 * keys stay configured for decryption until every token has been refreshed under the new one).
 */
public final class TokenCipher {

    /** A secret that cannot be read under any configured key. */
    public static final class UndecryptableException extends Exception {
        public UndecryptableException(String message) {
            super(message);
        }
    }

    private final String currentKid;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /**
     * @param current  base64 of 32 random bytes (the key new tokens are encrypted with)
     * @param previous older keys, still accepted for decryption
     */
    public TokenCipher(String current, List<String> previous) {
        SecretKey key = parse(current);
        currentKid = kid(key);
        keys.put(currentKid, key);
        for (String p : previous) {
            SecretKey old = parse(p);
            keys.putIfAbsent(kid(old), old);
        }
    }

    /** Checks that a configured key is usable, with an explanation fit for an operator when it is not. */
    public static SecretKey parse(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException("the token key is empty");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the token key is not base64 (generate one with: openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("the token key must be 32 bytes (AES-256), it is " + bytes.length
                    + " (generate one with: openssl rand -base64 32)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public String encrypt(String plaintext) {
        try {
            JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.DIR, EncryptionMethod.A256GCM)
                    .keyID(currentKid).build(), new Payload(plaintext));
            jwe.encrypt(new DirectEncrypter(keys.get(currentKid)));
            return jwe.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    public String decrypt(String ciphertext) throws UndecryptableException {
        try {
            JWEObject jwe = JWEObject.parse(ciphertext);
            SecretKey key = keys.get(jwe.getHeader().getKeyID());
            if (key == null) {
                throw new UndecryptableException("encrypted under key " + jwe.getHeader().getKeyID()
                        + ", which is no longer configured");
            }
            jwe.decrypt(new DirectDecrypter(key));
            return jwe.getPayload().toString();
        } catch (ParseException | JOSEException e) {
            throw new UndecryptableException("not a readable AES-GCM token: " + e.getMessage());
        }
    }

    /** Whether a stored secret was written under an older key and should be re-encrypted. */
    public boolean isCurrent(String ciphertext) {
        try {
            return currentKid.equals(JWEObject.parse(ciphertext).getHeader().getKeyID());
        } catch (ParseException e) {
            return false;
        }
    }

    /** The key id: a short digest, so that the key itself never appears anywhere. */
    static String kid(SecretKey key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return "k-" + HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
