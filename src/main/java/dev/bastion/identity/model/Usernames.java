package dev.bastion.identity.model;

import java.util.function.Predicate;

/** Alliance Auth's username rule: the main's name, spaces to underscores, apostrophes dropped, a suffix if taken. */
public final class Usernames {

    private Usernames() {
    }

    public static String fromCharacterName(String characterName, Predicate<String> taken) {
        String base = characterName.trim().replace(' ', '_').replace("'", "");
        if (base.isEmpty()) {
            base = "pilot";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "_" + n;
        }
        return candidate;
    }
}
