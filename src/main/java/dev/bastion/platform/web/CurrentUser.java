package dev.bastion.platform.web;

import dev.bastion.platform.ForbiddenException;

import dev.bastion.identity.model.EffectivePermissions;
import dev.bastion.identity.model.Permission;
import dev.bastion.identity.app.PermissionService;
import dev.bastion.identity.model.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Optional;

/**
 * The user behind this request, read fresh from the database on every request: a deactivation or a
 * revoked permission takes effect on the very next click, on every server of a cluster.
 */
@Named("me")
@RequestScoped
public class CurrentUser {

    /** The only thing a session holds about identity. */
    public static final String SESSION_KEY = "bastion.user";

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    @Inject
    PermissionService permissions;

    @Inject
    dev.bastion.identity.app.Notifications notifications;

    private Long unread;
    private boolean loaded;
    private User user;
    private EffectivePermissions effective = EffectivePermissions.none();

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        HttpSession session = request.getSession(false);
        Object id = session == null ? null : session.getAttribute(SESSION_KEY);
        if (id instanceof Long userId) {
            User u = em.find(User.class, userId);
            if (u != null && u.isActive()) {
                user = u;
                effective = permissions.effective(u);
            }
        }
    }

    public boolean isLoggedIn() {
        load();
        return user != null;
    }

    public Optional<User> user() {
        load();
        return Optional.ofNullable(user);
    }

    /** The user, for pages that the access filter already restricted to logged-in users. */
    public User get() {
        return user().orElseThrow(() -> new ForbiddenException("You are not logged in."));
    }

    public long id() {
        return get().getId();
    }

    public String getName() {
        return user().map(User::displayName).orElse("");
    }

    /** The main character (name, corporation, alliance), or null while the user has none. */
    public dev.bastion.identity.model.EveCharacter getMain() {
        return user().map(User::getMain).orElse(null);
    }

    /** Notifications not read yet, for the bell in the header. */
    public long getUnreadNotifications() {
        if (unread == null) {
            unread = user().map(u -> notifications.unread(u.getId())).orElse(0L);
        }
        return unread;
    }

    public Long getMainId() {
        return user().map(u -> u.getMain() == null ? null : u.getMain().getId()).orElse(null);
    }

    public EffectivePermissions permissions() {
        load();
        return effective;
    }

    public boolean has(Permission p) {
        return permissions().has(p);
    }
}
