package dev.bastion.killtracker.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** One entry of a tracker's set-valued clause: which list, and the ID it names. */
@Embeddable
public class TrackerEntry {

    @Column(name = "list")
    private String list;
    @Column(name = "ref_id")
    private long refId;

    protected TrackerEntry() {
    }

    public TrackerEntry(RefList list, long refId) {
        this.list = list.name();
        this.refId = refId;
    }

    public RefList list() {
        return RefList.valueOf(list);
    }

    public long refId() {
        return refId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrackerEntry e && e.list.equals(list) && e.refId == refId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(list, refId);
    }
}
