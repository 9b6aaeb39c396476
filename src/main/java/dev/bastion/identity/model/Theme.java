package dev.bastion.identity.model;

import java.util.Locale;
import java.util.Optional;

/** How a member wants the portal to look: as their system prefers, or always light, or always dark. */
public enum Theme {
    AUTO, LIGHT, DARK;

    /** The stored and posted form: "auto", "light", "dark". */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The theme a stored or posted code names; anything else names none. */
    public static Optional<Theme> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Theme t : values()) {
            if (t.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
