package dev.bastion.platform.web;

import dev.bastion.platform.Refusal;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpSession;

/** Small helpers shared by the identity pages: request parameters and messages that survive a redirect. */
public final class Pages {

    private Pages() {
    }

    /** A numeric id posted with an action. The value is the client's claim: services check it against the data. */
    public static long idParam(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        try {
            return Long.parseLong(v == null ? "" : v.trim());
        } catch (NumberFormatException e) {
            throw new Refusal("The request is missing a valid " + name + ".");
        }
    }

    public static void info(String message) {
        add(FacesMessage.SEVERITY_INFO, message);
    }

    public static void error(String message) {
        add(FacesMessage.SEVERITY_ERROR, message);
    }

    private static void add(FacesMessage.Severity severity, String message) {
        FacesContext fc = FacesContext.getCurrentInstance();
        FlashMessages.add((HttpSession) fc.getExternalContext().getSession(true),
                severity == FacesMessage.SEVERITY_ERROR ? "error" : "info", message);
    }

    /** Post/redirect/get back to the same view, keeping its query string. */
    public static String reload() {
        FacesContext fc = FacesContext.getCurrentInstance();
        String view = fc.getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }

    /** Runs an action; a refusal becomes an error message and changes nothing. */
    public static String run(Action action) {
        try {
            info(action.run());
        } catch (Refusal e) {
            error(e.getMessage());
        }
        return reload();
    }

    /** Like {@link #run}, but a refusal stays on the page so that the form keeps what the user typed. */
    public static String runOrStay(Action action) {
        try {
            info(action.run());
            return reload();
        } catch (Refusal e) {
            error(e.getMessage());
            return null;
        }
    }

    /**
     * Like {@link #runOrStay(Action)} for a form: a refusal about one input ({@link Refusal#field}) is shown under
     * that input of {@code formId} (its {@code b:field} error, the input marked invalid) and at the top of the page.
     */
    public static String runOrStay(String formId, Action action) {
        try {
            info(action.run());
            return reload();
        } catch (Refusal e) {
            FacesContext fc = FacesContext.getCurrentInstance();
            String clientId = e.field().map(f -> formId + ":" + f).orElse(null);
            if (clientId != null && fc.getViewRoot().findComponent(clientId) instanceof UIInput input) {
                input.setValid(false);
            }
            fc.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), e.getMessage()));
            return null;
        }
    }

    /** An action with a message for the user. */
    @FunctionalInterface
    public interface Action {
        String run();
    }
}
