package dev.bastion.identity.model;

import java.time.OffsetDateTime;

/** A notification as a list shows it. */
public record NotificationRow(long id, OffsetDateTime createdAt, UserNotification.Level level, String message, boolean read) {

    public static NotificationRow of(UserNotification n) {
        return new NotificationRow(n.getId(), n.getCreatedAt(), n.getLevel(), n.getMessage(), n.getReadAt() != null);
    }
}
