package dev.bastion.killtracker.model;

import dev.bastion.platform.Display;

/** ISK the way zKillboard shows it: two decimals and a suffix (k, m, b, t), e.g. 86.18m. */
public final class IskValue {

    private IskValue() {
    }

    /** The portal's one ISK rule ({@link Display#compact}), which is zKillboard's. */
    public static String humanize(double isk) {
        return Display.compact(isk);
    }

    /** For messages: "?" only when zKillboard gave no value (a value of 0 is shown as 0.00). */
    public static String orUnknown(Double isk) {
        return isk == null ? "?" : humanize(isk);
    }
}
