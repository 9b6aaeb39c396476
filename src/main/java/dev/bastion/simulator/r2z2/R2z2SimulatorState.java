package dev.bastion.simulator.r2z2;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayDeque;
import java.util.Deque;

/** Faults for the simulated R2Z2 killmail files: the next N requests answer 429 (with Retry-After) or 5xx. */
@ApplicationScoped
public class R2z2SimulatorState {

    record Fault(int status, int retryAfterSeconds) {
    }

    private final Deque<Fault> faults = new ArrayDeque<>();
    private long requests;

    synchronized void add(int status, int count, int retryAfterSeconds) {
        for (int i = 0; i < count; i++) {
            faults.addLast(new Fault(status, retryAfterSeconds));
        }
    }

    synchronized Fault next() {
        requests++;
        return faults.pollFirst();
    }

    /** How many killmail files were asked for, faults included (tests check that a wait sent none). */
    synchronized long requests() {
        return requests;
    }
}
