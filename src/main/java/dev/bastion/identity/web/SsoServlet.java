package dev.bastion.identity.web;

import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.FlashMessages;

import dev.bastion.platform.Refusal;
import dev.bastion.identity.app.SignIn;
import dev.bastion.identity.app.SsoScopes;
import dev.bastion.identity.model.ScopeSet;
import dev.bastion.identity.model.User;
import dev.bastion.identity.infra.InvalidTokenException;
import dev.bastion.identity.infra.SsoClient;
import dev.bastion.identity.infra.SsoException;
import dev.bastion.identity.infra.SsoSettings;
import dev.bastion.identity.model.TokenGrant;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The EVE SSO round trips: {@code /login} (log in) and {@code /account/add-character} (add an alt, or
 * renew a character's token), both with identity's scopes only, and {@code /sso/callback}. A module that
 * reads more from ESI names its own scope set: {@code /account/add-character?for=<set>&next=<local path>}
 * asks for that set's scopes and comes back to {@code next} (see {@link SsoScopes}). Each round trip
 * carries a random state bound to this browser's session and a PKCE verifier; a callback whose state was
 * not issued here, or was already used, is refused.
 */
@WebServlet(urlPatterns = {"/login", "/account/add-character", "/sso/callback"})
public class SsoServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SsoServlet.class.getName());
    static final String PENDING = "bastion.sso.pending";
    private static final int MAX_PENDING = 5;

    @Inject
    SsoClient sso;

    @Inject
    SsoSettings settings;

    @Inject
    SsoScopes scopes;

    @Inject
    SignIn identity;

    @Inject
    CurrentUser me;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String path = req.getServletPath();
        try {
            switch (path) {
                case "/login" -> start(req, res, PendingLogin.Purpose.LOGIN, scopes.identity(), localPath(req.getParameter("next")));
                case "/account/add-character" -> addCharacterStart(req, res);
                default -> callback(req, res);
            }
        } catch (SsoException e) {
            LOG.warning(() -> "EVE SSO failed: " + e.getMessage());
            res.sendError(HttpServletResponse.SC_BAD_GATEWAY, "EVE SSO could not complete the login: " + e.getMessage()
                    + ". Try again in a few minutes.");
        }
    }

    /** Identity's scopes, or those of the set a module names ({@code for=}); back to {@code next} or My account. */
    private void addCharacterStart(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Optional<ScopeSet> set = scopes.named(req.getParameter("for"));
        if (set.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "No module of this portal asks for that set of scopes.");
            return;
        }
        String next = localPath(req.getParameter("next"));
        start(req, res, PendingLogin.Purpose.ADD_CHARACTER, set.get(), next == null ? "/account.xhtml" : next);
    }

    private void start(HttpServletRequest req, HttpServletResponse res, PendingLogin.Purpose purpose, ScopeSet set,
                       String next) throws IOException {
        String state = Pkce.random();
        String verifier = Pkce.random();
        pending(req.getSession(true)).put(state, new PendingLogin(purpose, verifier, next, Instant.now()));
        res.sendRedirect(sso.authorizeUrl(callbackUrl(req), set.scopes(), state, Pkce.challenge(verifier)).toString());
    }

    private void callback(HttpServletRequest req, HttpServletResponse res) throws IOException {
        HttpSession session = req.getSession(false);
        String state = req.getParameter("state");
        PendingLogin pending = session == null || state == null ? null : pending(session).remove(state);
        if (pending == null || pending.expired(Instant.now())) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "This login did not start here, was already used or took "
                    + "longer than 10 minutes (state mismatch). Start again from the Log in button.");
            return;
        }
        if (req.getParameter("error") != null || req.getParameter("code") == null) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "EVE SSO did not authorise the login ("
                    + String.valueOf(req.getParameter("error")) + "). Start again and approve the request.");
            return;
        }
        TokenGrant grant;
        try {
            grant = sso.exchangeCode(req.getParameter("code"), pending.codeVerifier());
        } catch (InvalidTokenException e) {
            LOG.warning(() -> "Refused an EVE SSO token: " + e.getMessage());
            res.sendError(HttpServletResponse.SC_UNAUTHORIZED, "The token from EVE SSO failed verification (" + e.getMessage()
                    + "). Nothing was changed. Check the SSO settings (client id, SSO URL) or try again.");
            return;
        }
        if (pending.purpose() == PendingLogin.Purpose.LOGIN) {
            logIn(req, res, grant, pending.next());
        } else {
            addCharacter(req, res, grant, pending.next());
        }
    }

    private void logIn(HttpServletRequest req, HttpServletResponse res, TokenGrant grant, String next) throws IOException {
        User user = identity.logIn(grant);
        if (!user.isActive()) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "Your Bastion account is deactivated. Ask an administrator.");
            return;
        }
        // A new session id at login: a session id planted before login is worthless afterwards.
        req.changeSessionId();
        req.getSession().setAttribute(CurrentUser.SESSION_KEY, user.getId());
        res.sendRedirect(req.getContextPath() + (next == null ? "/index.xhtml" : next));
    }

    private void addCharacter(HttpServletRequest req, HttpServletResponse res, TokenGrant grant, String next) throws IOException {
        if (!me.isLoggedIn()) {
            res.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Your session ended before the character came back. Log in again.");
            return;
        }
        try {
            FlashMessages.add(req.getSession(), "info", CharacterMessages.of(identity.addCharacter(me.id(), grant)));
        } catch (Refusal e) {
            FlashMessages.add(req.getSession(), "error", e.getMessage());
        }
        res.sendRedirect(req.getContextPath() + next);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingLogin> pending(HttpSession session) {
        synchronized (session) {
            Map<String, PendingLogin> map = (Map<String, PendingLogin>) session.getAttribute(PENDING);
            if (map == null) {
                map = new HashMap<>();
            }
            // A few parallel tabs are fine; an unbounded map is not.
            Instant now = Instant.now();
            map.values().removeIf(p -> p.expired(now));
            while (map.size() >= MAX_PENDING) {
                map.remove(map.keySet().iterator().next());
            }
            session.setAttribute(PENDING, map);
            return map;
        }
    }

    private String callbackUrl(HttpServletRequest req) {
        return settings.callbackUrl().orElseGet(() -> {
            String base = req.getRequestURL().toString();
            return base.substring(0, base.length() - req.getRequestURI().length()) + req.getContextPath() + "/sso/callback";
        });
    }

    /** Only paths on this site: "next" must never become an open redirect. */
    public static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\") || next.contains("\r")
                || next.contains("\n")) {
            return null;
        }
        return next;
    }
}
