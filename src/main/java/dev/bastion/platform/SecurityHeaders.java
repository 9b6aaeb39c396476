package dev.bastion.platform;

import java.net.URI;
import java.util.Optional;

/**
 * What a hardened portal answers with, as pure rules: the Content-Security-Policy of pages (PrimeFaces
 * adds the per-response script nonce at the end), the one of everything else (JSON, redirects), which
 * pages must never be stored by a browser or proxy, and when the session cookie is Secure.
 */
public final class SecurityHeaders {

    /** For responses that are not pages: nothing may load, nothing may frame them. */
    public static final String NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    public static final String FRAME_OPTIONS = "DENY";
    public static final String CONTENT_TYPE_OPTIONS = "nosniff";
    /** Full address to the portal itself (Faces and the SSO round trip need nothing more), nothing to other sites. */
    public static final String REFERRER_POLICY = "same-origin";
    public static final String NO_STORE = "no-store";

    private SecurityHeaders() {
    }

    /**
     * The policy of Faces pages. Scripts only from the portal and with the response's nonce (PrimeFaces
     * appends {@code 'nonce-...'} to the last directive, so script-src must stay last); no inline script.
     * Styles allow inline because PrimeFaces' components write style attributes. Images may also come from
     * EVE's image server (portraits, logos) when it is not the portal itself.
     */
    public static String pagePolicy(String imagesBaseUrl) {
        String images = originOf(imagesBaseUrl).map(o -> " " + o).orElse("");
        return "default-src 'self'; img-src 'self' data:" + images + "; style-src 'self' 'unsafe-inline'; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                + "frame-ancestors 'none'; script-src 'self'";
    }

    /**
     * Pages show personal data and secrets (a webhook's token; the home page is a member's dashboard once
     * they log in): never stored. Stylesheets, scripts, images and the public API may be cached.
     */
    public static boolean noStore(String path) {
        if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.startsWith("/api/")) {
            return false;
        }
        return path.equals("/") || path.endsWith(".xhtml") || path.startsWith("/account") || path.equals("/admin")
                || path.startsWith("/admin/") || path.startsWith("/killtracker/");
    }

    /** The session cookie is Secure when the portal's public address is https. */
    public static boolean secureCookies(Optional<String> publicUrl) {
        return publicUrl.map(String::trim).map(u -> u.regionMatches(true, 0, "https://", 0, 8)).orElse(false);
    }

    /** "https://images.evetech.net" of "https://images.evetech.net/"; empty for a path on the portal itself. */
    public static Optional<String> originOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI u = URI.create(url.trim());
            if (u.getScheme() == null || u.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(u.getScheme().toLowerCase() + "://" + u.getHost().toLowerCase() + (u.getPort() < 0 ? "" : ":" + u.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
