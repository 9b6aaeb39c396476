package dev.bastion.esi.infra;

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

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle("User-Agent", userAgent);
        request.getHeaders().putSingle("X-Compatibility-Date", compatibilityDate);
        request.getHeaders().putSingle("Accept", "application/json");
    }
}
