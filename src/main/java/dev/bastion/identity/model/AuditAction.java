package dev.bastion.identity.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every kind of change the audit log records, with the code stored in {@code audit_entry.action} and the
 * phrase the audit page shows for it. The one list: {@code AuditLog.record} takes nothing else, so a new
 * kind of change gets its phrase where it is added.
 */
public enum AuditAction {
    USER_CREATED("user.created", "User created"),
    USER_LOGIN("user.login", "Logged in"),
    USER_MAIN("user.main", "Main character changed"),
    USER_STATE("user.state", "User's state changed"),
    USER_DEACTIVATED("user.deactivated", "User deactivated"),
    USER_REACTIVATED("user.reactivated", "User reactivated"),
    USER_SUPERUSER("user.superuser", "Superuser status changed"),
    CHARACTER_ADDED("character.added", "Character added"),
    CHARACTER_REMOVED("character.removed", "Character removed"),
    CHARACTER_TRANSFERRED("character.transferred", "Character moved to another EVE account"),
    TOKEN_REVOKED("token.revoked", "SSO token revoked"),
    TOKEN_INVALIDATED("token.invalidated", "SSO token stopped working"),
    STATE_CREATED("state.created", "State created"),
    STATE_CHANGED("state.changed", "State definition changed"),
    STATE_DELETED("state.deleted", "State deleted"),
    PERMISSION_GRANTED("permission.granted", "Permission granted"),
    PERMISSION_REVOKED("permission.revoked", "Permission revoked"),
    GROUP_CREATED("group.created", "Group created"),
    GROUP_CHANGED("group.changed", "Group settings changed"),
    GROUP_DELETED("group.deleted", "Group deleted"),
    GROUP_MEMBER_ADDED("group.member.added", "Member added to a group"),
    GROUP_MEMBER_REMOVED("group.member.removed", "Member left or was removed from a group"),
    GROUP_REQUEST("group.request", "Asked to join a group"),
    GROUP_REQUEST_WITHDRAWN("group.request.withdrawn", "Join request withdrawn"),
    GROUP_REQUEST_APPROVED("group.request.approved", "Join request approved"),
    GROUP_REQUEST_REJECTED("group.request.rejected", "Join request rejected"),
    TRACKER_CREATE("tracker.create", "Tracker created"),
    TRACKER_UPDATE("tracker.update", "Tracker changed"),
    TRACKER_ENABLE("tracker.enable", "Tracker enabled"),
    TRACKER_DISABLE("tracker.disable", "Tracker disabled"),
    TRACKER_COPY("tracker.copy", "Tracker copied"),
    TRACKER_DELETE("tracker.delete", "Tracker deleted"),
    TRACKER_TEST_RUN("tracker.test-run", "Trackers test-run against a killmail"),
    WEBHOOK_CREATE("webhook.create", "Webhook created"),
    WEBHOOK_UPDATE("webhook.update", "Webhook changed"),
    WEBHOOK_DELETE("webhook.delete", "Webhook deleted"),
    WEBHOOK_PURGE("webhook.purge", "Webhook's waiting messages discarded"),
    WEBHOOK_RETRY_FAILED("webhook.retry-failed", "Webhook's failed messages sent again");

    private static final Map<String, AuditAction> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::code, Function.identity()));

    private final String code;
    private final String phrase;

    AuditAction(String code, String phrase) {
        this.code = code;
        this.phrase = phrase;
    }

    /** What {@code audit_entry.action} holds. */
    public String code() {
        return code;
    }

    /** The action in words, for people. */
    public String phrase() {
        return phrase;
    }

    public static Optional<AuditAction> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    /** The phrase of a stored code; the code itself for one no longer written (an entry outlives its action). */
    public static String phraseOf(String code) {
        return byCode(code).map(AuditAction::phrase).orElse(code);
    }
}
