package dev.bastion.esi;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/** Adds what CCP asks of every ESI request: a User-Agent with contact, and the compatibility date. */
public final class EsiRequestHeaders implements ClientRequestFilter {

    private final String userAgent;
    private final String compatibilityDate;

    public EsiRequestHeaders(String userAgent, String compatibilityDate) {
        this.userAgent = userAgent;
        this.compatibilityDate = compatibilityDate;
    }

    /** "Bastion/0.1.0 (ops@example.org)": product and version, then the operator's contact. */
    public static String userAgent(String version, String contact) {
        return "Bastion/" + version + (contact == null || contact.isBlank() ? "" : " (" + contact.trim() + ")");
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("User-Agent", userAgent);
        request.getHeaders().putSingle("X-Compatibility-Date", compatibilityDate);
        request.getHeaders().putSingle("Accept", "application/json");
    }
}
