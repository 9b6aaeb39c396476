package dev.bastion.platform.web;

import dev.bastion.identity.app.Preferences;
import dev.bastion.identity.model.Theme;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Light or dark: PrimeFaces' saga-blue and vela-blue. Until a member chooses, the browser's preference
 * decides (both stylesheets are linked, each for its {@code prefers-color-scheme}); the choice is kept on
 * the member's account (so it follows them to another browser) and in a cookie (so it also holds before
 * login and on the error pages).
 */
@Named("theme")
@RequestScoped
public class ThemeBean {

    static final String COOKIE = "bastion-theme";
    static final String LIGHT_THEME = "primefaces-saga-blue";
    static final String DARK_THEME = "primefaces-vela-blue";

    @Inject
    HttpServletRequest request;

    @Inject
    CurrentUser me;

    @Inject
    Preferences preferences;

    @Inject
    @ConfigProperty(name = "bastion.public-url")
    Optional<String> publicUrl;

    private Theme theme;

    public Theme current() {
        if (theme == null) {
            theme = me.user().flatMap(u -> preferences.theme(u.getId())).or(this::fromCookie).orElse(Theme.AUTO);
        }
        return theme;
    }

    private Optional<Theme> fromCookie() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (COOKIE.equals(c.getName())) {
                    return Theme.of(c.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** "auto", "light" or "dark", for {@code <html data-theme>} (Bastion's own colours follow it). */
    public String getMode() {
        return current().code();
    }

    /** The media the light stylesheet applies to, or null when it is not wanted at all. */
    public String getLightMedia() {
        return switch (current()) {
            case AUTO -> "(prefers-color-scheme: light), (prefers-color-scheme: no-preference)";
            case LIGHT -> "all";
            case DARK -> null;
        };
    }

    public String getDarkMedia() {
        return switch (current()) {
            case AUTO -> "(prefers-color-scheme: dark)";
            case DARK -> "all";
            case LIGHT -> null;
        };
    }

    public String getLightLibrary() {
        return LIGHT_THEME;
    }

    public String getDarkLibrary() {
        return DARK_THEME;
    }

    /** Keeps the posted choice and shows the same page again in it. */
    public String choose() {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        Optional<Theme> chosen = Theme.of(ec.getRequestParameterMap().get("theme"));
        if (chosen.isPresent()) {
            theme = chosen.get();
            me.user().ifPresent(u -> preferences.chooseTheme(u.getId(), theme));
            Map<String, Object> properties = new HashMap<>();
            properties.put("maxAge", 400 * 24 * 3600);
            properties.put("path", ec.getRequestContextPath().isEmpty() ? "/" : ec.getRequestContextPath());
            properties.put("SameSite", "Lax");
            properties.put("secure", publicUrl.map(u -> u.startsWith("https:")).orElse(false));
            ec.addResponseCookie(COOKIE, theme.code(), properties);
        }
        return Pages.reload();
    }
}
