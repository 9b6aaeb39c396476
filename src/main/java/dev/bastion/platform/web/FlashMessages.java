package dev.bastion.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import java.util.ArrayList;
import java.util.List;

/**
 * Messages that survive the redirect after an action (post/redirect/get). Kept in the session and shown
 * once by the page template; Faces' own flash depends on a cookie that a committed redirect cannot set.
 */
@Named("notices")
@RequestScoped
public class FlashMessages {

    /** One message: severity "info" or "error", and its text. */
    public record Message(String severity, String text) {
    }

    static final String KEY = "bastion.flash";

    private List<Message> shown;

    @SuppressWarnings("unchecked")
    public static void add(HttpSession session, String severity, String text) {
        synchronized (session) {
            List<Message> list = (List<Message>) session.getAttribute(KEY);
            list = list == null ? new ArrayList<>() : new ArrayList<>(list);
            list.add(new Message(severity, text));
            session.setAttribute(KEY, list);
        }
    }

    /**
     * The pending messages, taken out of the session when the page is rendered. Before that (a postback
     * walks the component tree before its action runs) nothing is taken, or a message the action adds
     * on a page that stays would never be shown.
     */
    @SuppressWarnings("unchecked")
    public List<Message> getMessages() {
        if (FacesContext.getCurrentInstance().getCurrentPhaseId() != jakarta.faces.event.PhaseId.RENDER_RESPONSE) {
            return List.of();
        }
        if (shown == null) {
            HttpSession session = (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
            shown = List.of();
            if (session != null) {
                synchronized (session) {
                    Object list = session.getAttribute(KEY);
                    if (list != null) {
                        shown = (List<Message>) list;
                        session.removeAttribute(KEY);
                    }
                }
            }
        }
        return shown;
    }
}
