package dev.bastion.platform.web;

import dev.bastion.esi.model.EsiPriority;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;

import java.io.IOException;

/**
 * Marks every HTTP request thread as {@link EsiPriority#INTERACTIVE}: whatever a page, a login or an API
 * call asks of ESI is bounded by the interactive wait and never sleeps out a governor pause, whichever
 * code path makes the call.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class InteractiveRequests extends HttpFilter {

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        try (EsiPriority.Scope ignored = EsiPriority.INTERACTIVE.enter()) {
            chain.doFilter(req, res);
        }
    }
}
