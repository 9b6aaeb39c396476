package dev.bastion.platform.web;

import dev.bastion.platform.HtmlText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What the error pages show: the reason given with the error, and the page to reload after an expired view. */
@Named("errorPage")
@RequestScoped
public class ErrorPage {

    @Inject
    HttpServletRequest request;

    /**
     * The message passed to sendError, as plain text: Liberty stores it HTML-encoded ("(" as "&#40;"), and
     * the page escapes it again when it writes it, so it is decoded here to be escaped exactly once.
     */
    public String getMessage() {
        Object m = request.getAttribute("jakarta.servlet.error.message");
        return m == null ? "" : HtmlText.decode(m.toString());
    }

    /** The expired page's own view, when it is one of the portal's pages; otherwise the start page. */
    public String getReloadPath() {
        String page = request.getParameter("page");
        return page != null && page.matches("(/[A-Za-z0-9_-]+)+\\.xhtml") ? page : "/index.xhtml";
    }
}
