package dev.bastion.killtracker;

import java.util.ArrayList;
import java.util.List;

/** Builds synthetic killmails for the spec's S-cases: IDs arbitrary, one place, attackers as given. */
final class Synthetic {

    private long id = 1;
    private Integer system = Fixtures.ABUNE;
    private Long warId;
    private Double value = 10_000d;
    private boolean npc;
    private Killmail.Victim victim = victim(1011L, 2011L, 3011L, null, Fixtures.MERLIN);
    private final List<Killmail.Attacker> attackers = new ArrayList<>();

    static Synthetic killmail() {
        return new Synthetic();
    }

    static Killmail.Victim victim(Long character, Long corp, Long alliance, Long faction, Integer ship) {
        return new Killmail.Victim(character, corp, alliance, faction, ship, 100L, null);
    }

    static Killmail.Attacker attacker(Long character, Long corp, Long alliance, Long faction, Integer ship,
                                      Integer weapon, boolean finalBlow) {
        return new Killmail.Attacker(character, corp, alliance, faction, ship, weapon, 100L, finalBlow, 0.0);
    }

    Synthetic id(long v) { id = v; return this; }
    Synthetic system(Integer v) { system = v; return this; }
    Synthetic war(Long v) { warId = v; return this; }
    Synthetic value(Double v) { value = v; return this; }
    Synthetic npc(boolean v) { npc = v; return this; }
    Synthetic victim(Killmail.Victim v) { victim = v; return this; }
    Synthetic attacker(Killmail.Attacker a) { attackers.add(a); return this; }

    Synthetic attackers(int n) {
        for (int i = 0; i < n; i++) {
            attackers.add(attacker(1000L + i, 2001L, 3001L, null, Fixtures.GNOSIS, 2488, i == 0));
        }
        return this;
    }

    Killmail build() {
        return new Killmail(id, Fixtures.NOW, system, null, warId, victim, attackers,
                new Killmail.Zkb(null, "h", value, value, 1L, npc, false, false));
    }
}
