package dev.bastion.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

import java.io.IOException;

/**
 * Works around Open Liberty 26.0.0.3 answering a wrong servlet mapping for Faces resource requests
 * (OpenLiberty/open-liberty#27680, fixed in 26.0.0.4, which Maven Central does not serve yet): for
 * {@code /jakarta.faces.resource/primeicons/primeicons.css.xhtml} it reports the extension pattern
 * {@code *.faces.resource/primeicons/primeicons.css.xhtml} (cut at the first dot of the path). Mojarra
 * builds the URLs inside stylesheets from that pattern, so every font and image a stylesheet names (the
 * primeicons font above all) answered 404 and every icon was an empty box. The request is told the
 * mapping the web.xml really declares, {@code *.xhtml}; nothing else about it changes.
 */
@WebFilter(urlPatterns = "/jakarta.faces.resource/*")
public class ResourceMappingFilter extends HttpFilter {

    static final String EXTENSION = ".xhtml";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletMapping reported = request.getHttpServletMapping();
        if (reported == null || reported.getMappingMatch() != MappingMatch.EXTENSION
                || ("*" + EXTENSION).equals(reported.getPattern())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletMapping fixed = mapping(request.getServletPath(), reported.getServletName());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public HttpServletMapping getHttpServletMapping() {
                return fixed;
            }
        }, response);
    }

    /** The extension mapping of {@code path} as the Servlet specification defines it for {@code *.xhtml}. */
    static HttpServletMapping mapping(String path, String servletName) {
        String value = path.startsWith("/") ? path.substring(1) : path;
        String match = value.endsWith(EXTENSION) ? value.substring(0, value.length() - EXTENSION.length()) : value;
        return new HttpServletMapping() {
            @Override
            public String getMatchValue() {
                return match;
            }

            @Override
            public String getPattern() {
                return "*" + EXTENSION;
            }

            @Override
            public String getServletName() {
                return servletName;
            }

            @Override
            public MappingMatch getMappingMatch() {
                return MappingMatch.EXTENSION;
            }
        };
    }
}
