package dev.bastion.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The page-level check at the Faces layer, on the view id Faces resolved (the page that would really be
 * processed and rendered): after the view is restored, before any value is applied or action invoked, and
 * again before rendering, in case navigation forwarded to another view. A refusal here is a real 403 (or
 * 401), sent before the response is committed; the beans' own checks stay as a second line.
 */
public class PageAccessPhaseListener implements PhaseListener {

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            check(event.getFacesContext());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            check(event.getFacesContext());
        }
    }

    private static void check(FacesContext fc) {
        if (fc.getResponseComplete() || fc.getViewRoot() == null || fc.getViewRoot().getViewId() == null) {
            return;
        }
        String viewId = fc.getViewRoot().getViewId();
        PageAccess.Decision decision = CDI.current().select(PageAccess.class).get().decide(viewId);
        if (decision == PageAccess.Decision.ALLOWED) {
            return;
        }
        ExternalContext ec = fc.getExternalContext();
        try {
            if (decision == PageAccess.Decision.FORBIDDEN) {
                ec.responseSendError(HttpServletResponse.SC_FORBIDDEN, PageAccess.refusal(viewId));
            } else {
                ec.responseSendError(HttpServletResponse.SC_UNAUTHORIZED, "Log in to open " + viewId + ".");
            }
        } catch (IOException e) {
            throw new FacesException(e);
        }
        fc.responseComplete();
    }
}
