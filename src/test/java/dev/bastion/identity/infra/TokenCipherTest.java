package dev.bastion.identity.infra;

import dev.bastion.identity.app.TokenVault;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenCipherTest {

    static final String KEY_A = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    static final String KEY_B = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void aTokenRoundTripsAndIsNotStoredInClear() throws Exception {
        TokenCipher c = new TokenCipher(KEY_A, List.of());
        String sealed = c.encrypt("refresh-token-secret");
        assertFalse(sealed.contains("refresh-token-secret"));
        assertEquals("refresh-token-secret", c.decrypt(sealed));
    }

    @Test
    void theSameTokenEncryptsDifferentlyEachTime() {
        TokenCipher c = new TokenCipher(KEY_A, List.of());
        assertNotEquals(c.encrypt("x"), c.encrypt("x"), "a fresh IV every time");
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        TokenCipher c = new TokenCipher(KEY_A, List.of());
        String sealed = c.encrypt("refresh-token-secret");
        String[] parts = sealed.split("\\.");
        char first = parts[3].charAt(0);
        parts[3] = (first == 'A' ? 'B' : 'A') + parts[3].substring(1);
        assertThrows(TokenCipher.UndecryptableException.class, () -> c.decrypt(String.join(".", parts)));
    }

    @Test
    void aRotatedKeyStillReadsOldTokensAndWritesWithTheNewOne() throws Exception {
        String old = new TokenCipher(KEY_A, List.of()).encrypt("old-token");
        TokenCipher rotated = new TokenCipher(KEY_B, List.of(KEY_A));
        assertEquals("old-token", rotated.decrypt(old));
        assertFalse(rotated.isCurrent(old));
        assertTrue(rotated.isCurrent(rotated.encrypt("new")));
    }

    @Test
    void aTokenUnderAForgottenKeyIsReportedNotGuessed() {
        String old = new TokenCipher(KEY_A, List.of()).encrypt("old-token");
        TokenCipher other = new TokenCipher(KEY_B, List.of());
        TokenCipher.UndecryptableException e = assertThrows(TokenCipher.UndecryptableException.class, () -> other.decrypt(old));
        assertTrue(e.getMessage().contains("no longer configured"), e.getMessage());
    }

    @Test
    void keysMustBe32BytesOfBase64() {
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher("c2hvcnQ=", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher("not base64!", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TokenCipher("", List.of()));
    }

    @Test
    void productionRefusesToStartWithoutAKey() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> TokenVault.build(Optional.empty(), Optional.empty(), false));
        assertTrue(e.getMessage().contains("refuses to start"), e.getMessage());
    }

    @Test
    void productionRefusesThePublishedDemoKey() {
        assertThrows(IllegalStateException.class, () -> TokenVault.build(Optional.of(TokenVault.DEMO_KEY), Optional.empty(), false));
    }

    @Test
    void productionRefusesAMalformedKey() {
        assertThrows(IllegalStateException.class, () -> TokenVault.build(Optional.of("c2hvcnQ="), Optional.empty(), false));
    }

    @Test
    void theDemoRunsWithItsPublishedKeyAndProductionWithItsOwn() throws Exception {
        assertEquals("x", TokenVault.build(Optional.empty(), Optional.empty(), true).decrypt(
                TokenVault.build(Optional.empty(), Optional.empty(), true).encrypt("x")));
        assertEquals("y", TokenVault.build(Optional.of(KEY_A), Optional.of(KEY_B), false).decrypt(
                new TokenCipher(KEY_B, List.of()).encrypt("y")));
    }
}
