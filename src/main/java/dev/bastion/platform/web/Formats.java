package dev.bastion.platform.web;

import dev.bastion.platform.Display;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;

/** {@code #{fmt}}: the page kit's one way to write times and amounts (rules in {@link Display}). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    /** "2026-12-01 19:28 EVE" for any time type a page holds. */
    public String eve(Object time) {
        return Display.eveTime(Display.instant(time));
    }

    public String eveSeconds(Object time) {
        return Display.eveTimeSeconds(Display.instant(time));
    }

    public String day(Object time) {
        return Display.eveDay(Display.instant(time));
    }

    public String iso(Object time) {
        return Display.iso(Display.instant(time));
    }

    /** "3 min ago" / "in 4 min". */
    public String ago(Object time) {
        return Display.relative(Display.instant(time), Instant.now());
    }

    public boolean isTime(Object time) {
        return Display.instant(time) != null;
    }

    public String isk(Number amount) {
        return Display.isk(amount);
    }

    public String compact(Number amount) {
        return Display.compact(amount);
    }

    public String number(Number n) {
        return Display.number(n);
    }

    /** The EVE clock in the header: "19:28". */
    public String clock() {
        return Display.eveTime(Instant.now()).substring(11, 16);
    }
}
