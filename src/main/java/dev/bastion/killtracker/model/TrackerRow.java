package dev.bastion.killtracker.model;

import java.time.OffsetDateTime;

/**
 * One tracker as the tracker list shows it: its settings (a detached copy of its rules), the webhook it
 * posts to, and how often and when it last matched.
 */
public record TrackerRow(long id, String description, boolean enabled, Long webhookId, TrackerRules rules,
                         long matches, OffsetDateTime lastMatch) {

    public String name() {
        return rules.getName();
    }
}
