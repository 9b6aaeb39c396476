package dev.bastion.killtracker.model;

import java.util.List;

/**
 * The outcome of one tracker against one killmail: whether it matched, each active clause with its
 * verdict (the admin test run shows them all), and the tracker info of a match.
 */
public record MatchResult(boolean matched, List<Verdict> verdicts, TrackerInfo info) {

    /** One clause's outcome with the facts that decided it (values; the page puts them into words). */
    public record Verdict(String clause, Outcome outcome, Evidence evidence) {
    }

    public enum Outcome { PASSED, FAILED, SKIPPED }

    public MatchResult {
        verdicts = List.copyOf(verdicts);
    }

    /** The first failed clause, for logs; null on a match. */
    public Verdict firstFailure() {
        return verdicts.stream().filter(v -> v.outcome() == Outcome.FAILED).findFirst().orElse(null);
    }
}
