package dev.bastion.identity.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One audit entry as the audit page shows it: the stored action code with its phrase ({@link AuditAction};
 * the code itself for an action no longer written), who (actor id null for Bastion itself), what, from
 * what to what, and the IDs it names ({@link AuditReference}) for labels.
 */
public record AuditRow(long id, OffsetDateTime at, Long actorId, String actorName, String action, String phrase,
                       String target, String before, String after, List<AuditReference> references) {

    public static AuditRow of(AuditEntry e) {
        return new AuditRow(e.getId(), e.getAt(), e.getActorId(), e.getActorName(), e.getAction(),
                AuditAction.phraseOf(e.getAction()), e.getTarget(), e.getBefore(), e.getAfter(),
                AuditReference.in(e.getTarget(), e.getBefore(), e.getAfter()));
    }
}
