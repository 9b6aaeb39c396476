package dev.bastion.platform.web;

import dev.bastion.platform.Endpoints;
import dev.bastion.platform.SecurityHeaders;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * Bastion's policy on every page, in PrimeFaces' CSP mode ({@code primefaces.CSP=true}: a nonce on every
 * script, inline event handlers moved into nonce'd scripts). PrimeFaces' own listener, registered before
 * this one (the application's faces-config comes last), writes the policy of the context-param with the
 * response's nonce; this listener rewrites it with the policy built from the configuration (it names the
 * configured image server, which a context-param cannot) and the same nonce.
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
        FacesContext fc = event.getFacesContext();
        String nonce = PrimeFacesContext.getCspState(fc).getNonce();
        fc.getExternalContext().setResponseHeader("Content-Security-Policy", policy() + " 'nonce-" + nonce + "';");
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
