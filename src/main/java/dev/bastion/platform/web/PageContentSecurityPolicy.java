package dev.bastion.platform.web;

import dev.bastion.platform.Endpoints;
import dev.bastion.platform.SecurityHeaders;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.csp.CspPhaseListener;

/**
 * PrimeFaces' CSP mode for every page, with Bastion's policy. PrimeFaces runs with
 * {@code primefaces.CSP=policyProvided}: it still puts its nonce on every script and moves inline event
 * handlers into nonce'd scripts, but leaves the header to us, because the policy names the configured
 * image server and a context-param cannot. This listener then lets PrimeFaces write the header and its
 * nonce initialisation exactly as its own CSP mode would, with our policy in front of the nonce.
 */
public class PageContentSecurityPolicy implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private transient volatile String policy;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        CspPhaseListener.initCsp(event.getFacesContext(), true, false, null, policy());
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    private String policy() {
        String p = policy;
        if (p == null) {
            p = SecurityHeaders.pagePolicy(CDI.current().select(Endpoints.class).get().images());
            policy = p;
        }
        return p;
    }
}
