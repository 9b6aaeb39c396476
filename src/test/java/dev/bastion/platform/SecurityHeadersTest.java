package dev.bastion.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Item 5: the header rules of a hardened portal. */
class SecurityHeadersTest {

    @Test
    void item5_thePagePolicyAllowsNoInlineScriptAndNoFraming() {
        String p = SecurityHeaders.pagePolicy("https://images.evetech.net");
        assertTrue(p.endsWith("script-src 'self'"), "PrimeFaces appends the nonce to the last directive: " + p);
        String scripts = p.substring(p.indexOf("script-src"));
        assertFalse(scripts.contains("unsafe-inline"), p);
        assertFalse(p.contains("unsafe-eval"), p);
        assertTrue(p.contains("frame-ancestors 'none'"), p);
        assertTrue(p.contains("object-src 'none'"), p);
        assertTrue(p.contains("img-src 'self' data: https://images.evetech.net;"), p);
    }

    @Test
    void item5_webXmlCarriesTheSamePolicyForTheDefaultImageServer() throws Exception {
        String webXml = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/webapp/WEB-INF/web.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]+)</param-value>").matcher(webXml);
        assertTrue(m.find(), "web.xml sets primefaces.CSP_POLICY");
        assertEquals(SecurityHeaders.pagePolicy("https://images.evetech.net"), m.group(1));
    }

    @Test
    void item5_imagesServedByThePortalItselfNeedNoExtraSource() {
        assertTrue(SecurityHeaders.pagePolicy("/sim/images").contains("img-src 'self' data:;"));
        assertEquals(Optional.of("http://localhost:9080"), SecurityHeaders.originOf("http://localhost:9080/sim/images/"));
        assertEquals(Optional.empty(), SecurityHeaders.originOf("not a url"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/account.xhtml", "/account/add-character", "/admin/users.xhtml", "/killtracker/webhooks.xhtml", "/admin",
            "/index.xhtml", "/"})
    void item5_pagesAreNeverStored(String path) {
        assertTrue(SecurityHeaders.noStore(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/universe/route", "/jakarta.faces.resource/theme.css.xhtml", "/resources/images/bastion-logo.png"})
    void item5_resourcesAndTheApiMayBeStored(String path) {
        assertFalse(SecurityHeaders.noStore(path));
    }

    @Test
    void item5_theSessionCookieIsSecureWhenThePublicUrlIsHttps() {
        assertTrue(SecurityHeaders.secureCookies(Optional.of("https://auth.example.org")));
        assertTrue(SecurityHeaders.secureCookies(Optional.of(" HTTPS://auth.example.org/ ")));
        assertFalse(SecurityHeaders.secureCookies(Optional.of("http://localhost:9080")));
        assertFalse(SecurityHeaders.secureCookies(Optional.empty()));
    }
}
