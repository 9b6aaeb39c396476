package dev.bastion.platform.web;

import dev.bastion.platform.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * Puts {@link SecurityHeaders} on every response, before anything else runs (declared first in web.xml,
 * for requests, forwards and error pages alike). Responses start with the strict non-page policy; a Faces
 * page replaces it with its own (PrimeFaces adds it while rendering), so that a page never carries two
 * policies, which browsers would both enforce.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final String CSP = "Content-Security-Policy";

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        // The path the container dispatches to (decoded and normalised), not the raw URI.
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        res.setHeader("X-Frame-Options", SecurityHeaders.FRAME_OPTIONS);
        res.setHeader("X-Content-Type-Options", SecurityHeaders.CONTENT_TYPE_OPTIONS);
        res.setHeader("Referrer-Policy", SecurityHeaders.REFERRER_POLICY);
        if (!path.startsWith("/sim/")) {
            // The simulator stands in for CCP's and Discord's sites; its pages are not Bastion's to restrict.
            res.setHeader(CSP, SecurityHeaders.NON_PAGE_POLICY);
        }
        if (SecurityHeaders.noStore(path) || req.getDispatcherType() == DispatcherType.ERROR) {
            res.setHeader("Cache-Control", SecurityHeaders.NO_STORE);
        }
        chain.doFilter(req, new OnePolicy(res));
    }

    /** Turns adding a second Content-Security-Policy into replacing the first. */
    static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
