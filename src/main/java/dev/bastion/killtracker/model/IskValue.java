package dev.bastion.killtracker.model;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** ISK the way zKillboard shows it: two decimals and a suffix (k, m, b, t), e.g. 86.18m. */
public final class IskValue {

    private IskValue() {
    }

    public static String humanize(double isk) {
        String[] suffixes = {"t", "b", "m", "k"};
        double[] powers = {1e12, 1e9, 1e6, 1e3};
        for (int i = 0; i < suffixes.length; i++) {
            if (Math.abs(isk) >= powers[i]) {
                return format(isk / powers[i]) + suffixes[i];
            }
        }
        return format(isk);
    }

    /** For messages: "?" only when zKillboard gave no value (a value of 0 is shown as 0.00). */
    public static String orUnknown(Double isk) {
        return isk == null ? "?" : humanize(isk);
    }

    private static String format(double v) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
