package dev.bastion.identity.web;

import dev.bastion.identity.GroupService;
import dev.bastion.identity.User;
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
 * Server-side access control for every page, GET and POST alike (Faces postbacks go to the page's own
 * URL, so one check covers a page and all its actions): anonymous visitors of protected pages are sent
 * to log in; logged-in users without the permission get 403, never an empty page.
 */
@WebFilter(urlPatterns = "/*")
public class AccessFilter extends HttpFilter {

    @Inject
    CurrentUser me;

    @Inject
    GroupService groups;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        AccessRules.Rule rule = AccessRules.forPath(path);
        if (!rule.login()) {
            chain.doFilter(req, res);
            return;
        }
        Optional<User> user = me.user();
        if (user.isEmpty()) {
            if ("GET".equals(req.getMethod())) {
                String next = path + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
                res.sendRedirect(req.getContextPath() + "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
            } else {
                // A plain answer: an action posted without a session must not be mistaken for a page to render.
                res.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                res.setContentType("text/plain;charset=UTF-8");
                res.getWriter().write("Your session has ended. Log in again.");
            }
            return;
        }
        boolean leader = rule.leadersToo() && groups.leadsAnyGroup(user.get());
        if (!AccessRules.allows(rule, me::has, user.get().isSuperuser(), leader)) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "You do not have the permission to open " + path + ".");
            return;
        }
        chain.doFilter(req, res);
    }
}
