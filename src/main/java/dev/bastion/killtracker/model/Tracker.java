package dev.bastion.killtracker.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An admin-defined tracker as stored: its description, whether it runs, the webhook it posts to, and its
 * {@link TrackerRules} (every clause and Discord setting, defined once there). The matcher never sees the
 * entity; it gets {@link #rules()}, a detached copy.
 */
@Entity
@Table(name = "kt_tracker")
public class Tracker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "tracker_id")
    private Long id;
    private String description = "";
    private boolean enabled = true;
    @Column(name = "webhook_id")
    private Long webhookId;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt = OffsetDateTime.now();
    @Embedded
    private TrackerRules rules = new TrackerRules();
    /** Storage of the rules' list clauses, one row per (list, ID); {@link #rules} is what code reads. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kt_tracker_entry", joinColumns = @JoinColumn(name = "tracker_id"))
    private Set<TrackerEntry> entries = new HashSet<>();

    @PostLoad
    void loadLists() {
        for (RefList list : RefList.values()) {
            rules.setIds(list, entries.stream().filter(e -> e.list() == list).map(TrackerEntry::refId).toList());
        }
    }

    /** The matcher's view of this tracker: a copy that never touches the database. */
    public TrackerRules rules() {
        return rules.copy();
    }

    /** The stored rules themselves, for the form to bind and the service to validate. */
    public TrackerRules getRules() {
        return rules;
    }

    /** A copy for "copy tracker": every setting and clause, a new name, disabled until reviewed. */
    public Tracker copyNamed(String newName) {
        Tracker t = new Tracker();
        t.description = description;
        t.enabled = false;
        t.webhookId = webhookId;
        t.rules = rules.copy();
        t.rules.setName(newName);
        t.entries = new HashSet<>(entries);
        return t;
    }

    public List<Long> ids(RefList list) {
        return rules.ids(list);
    }

    /** Sets a list clause, in the rules and in their storage alike (the form and the demo go through here). */
    public void setIds(RefList list, Collection<Long> ids) {
        entries.removeIf(e -> e.list() == list);
        ids.forEach(id -> entries.add(new TrackerEntry(list, id)));
        rules.setIds(list, ids);
    }

    public void touch() {
        updatedAt = OffsetDateTime.now();
    }

    public Long getId() { return id; }
    public String getName() { return rules.getName(); }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v == null ? "" : v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean v) { enabled = v; }
    public Long getWebhookId() { return webhookId; }
    public void setWebhookId(Long v) { webhookId = v; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
}
