package dev.bastion.identity.app;

import dev.bastion.identity.model.Theme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** A member's choices about the portal itself; the one write path of {@code user_preference}. */
@ApplicationScoped
public class Preferences {

    @PersistenceContext(unitName = "bastion")
    EntityManager em;

    /** The theme the user chose, if they ever chose one. */
    public Optional<Theme> theme(long userId) {
        List<?> r = em.createNativeQuery("SELECT theme FROM user_preference WHERE user_id = ?1")
                .setParameter(1, userId).getResultList();
        return r.isEmpty() ? Optional.empty() : Theme.of(String.valueOf(r.get(0)));
    }

    @Transactional
    public void chooseTheme(long userId, Theme theme) {
        em.createNativeQuery("INSERT INTO user_preference (user_id, theme) VALUES (?1, ?2) "
                        + "ON CONFLICT (user_id) DO UPDATE SET theme = EXCLUDED.theme, updated_at = now()")
                .setParameter(1, userId).setParameter(2, theme.code()).executeUpdate();
    }
}
