package dev.bastion.platform.web;

import dev.bastion.platform.SecurityHeaders;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Marks the session cookie Secure when the portal's public address is https (HttpOnly and SameSite=Lax
 * come from web.xml). Behind a TLS-terminating proxy the server itself sees plain http, so the public
 * address decides, not the request.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSettings.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Optional<String> publicUrl = ConfigProvider.getConfig().getOptionalValue("bastion.public-url", String.class);
        if (SecurityHeaders.secureCookies(publicUrl)) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookie: Secure (public URL is https)");
        }
    }
}
