package dev.bastion.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Server-side access control for every request, GET and POST alike (Faces postbacks go to the page's own
 * URL, so one check covers a page and all its actions), decided on the {@link CanonicalPath} the container
 * dispatches to: an ambiguous path is refused with 400; anonymous visitors of protected pages are sent to
 * log in; logged-in users without the permission get 403, never an empty page.
 */
@WebFilter(urlPatterns = "/*")
public class AccessFilter extends HttpFilter {

    @Inject
    PageAccess access;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> canonical = CanonicalPath.of(req.getRequestURI().substring(req.getContextPath().length()),
                req.getServletPath(), req.getPathInfo());
        if (canonical.isEmpty()) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "This address is not in its plain form. "
                    + "Open the page from Bastion's menu instead.");
            return;
        }
        String path = canonical.get();
        Optional<String> moved = AccessRules.movedTo(path);
        if (moved.isPresent() && ("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            res.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            res.setHeader("Location", req.getContextPath() + moved.get()
                    + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
            return;
        }
        switch (access.decide(path)) {
            case ALLOWED -> chain.doFilter(req, res);
            case FORBIDDEN -> res.sendError(HttpServletResponse.SC_FORBIDDEN, PageAccess.refusal(path));
            case LOG_IN_FIRST -> {
                if ("GET".equals(req.getMethod())) {
                    String next = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
                    res.sendRedirect(req.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
                } else {
                    // A plain answer: an action posted without a session must not be mistaken for a page to render.
                    res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    res.setContentType("text/plain;charset=UTF-8");
                    res.getWriter().write("Your session has ended. Log in again.");
                }
            }
        }
    }
}
