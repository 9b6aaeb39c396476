package dev.bastion.simulator;

import dev.bastion.platform.Endpoints;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** With the simulator off (production), everything under /sim answers 404 as if it did not exist. */
@WebFilter(urlPatterns = "/sim/*")
public class SimulatorGate extends HttpFilter {

    @Inject
    Endpoints endpoints;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!endpoints.simulatorEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
