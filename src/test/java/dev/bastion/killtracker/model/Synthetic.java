package dev.bastion.killtracker.model;

import java.util.ArrayList;
import java.util.List;

/** Builds synthetic killmails for the spec's S-cases: IDs arbitrary, one place, attackers as given. */
public final class Synthetic {

    private long id = 1;
    private Integer system = Fixtures.ABUNE;
    private Long warId;
    private Double value = 10_000d;
    private boolean npc;
    private Killmail.Victim victim = victim(1011L, 2011L, 3011L, null, Fixtures.MERLIN);
    private final List<Killmail.Attacker> attackers = new ArrayList<>();

    public static Synthetic killmail() {
        return new Synthetic();
    }

    public static Killmail.Victim victim(Long character, Long corp, Long alliance, Long faction, Integer ship) {
        return new Killmail.Victim(character, corp, alliance, faction, ship, 100L, null);
    }

    public static Killmail.Attacker attacker(Long character, Long corp, Long alliance, Long faction, Integer ship,
                                      Integer weapon, boolean finalBlow) {
        return new Killmail.Attacker(character, corp, alliance, faction, ship, weapon, 100L, finalBlow, 0.0);
    }

    public Synthetic id(long v) { id = v; return this; }
    public Synthetic system(Integer v) { system = v; return this; }
    public Synthetic war(Long v) { warId = v; return this; }
    public Synthetic value(Double v) { value = v; return this; }
    public Synthetic npc(boolean v) { npc = v; return this; }
    public Synthetic victim(Killmail.Victim v) { victim = v; return this; }
    public Synthetic attacker(Killmail.Attacker a) { attackers.add(a); return this; }

    public Synthetic attackers(int n) {
        for (int i = 0; i < n; i++) {
            attackers.add(attacker(1000L + i, 2001L, 3001L, null, Fixtures.GNOSIS, 2488, i == 0));
        }
        return this;
    }

    public Killmail build() {
        return new Killmail(id, Fixtures.NOW, system, null, warId, victim, attackers,
                new Killmail.Zkb(null, "h", value, value, 1L, npc, false, false));
    }
}
