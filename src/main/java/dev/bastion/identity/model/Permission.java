package dev.bastion.identity.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every named feature permission Bastion checks, per module. Codes keep the seeds' names
 * ({@code memberaudit.basic_access}) so that an alliance moving from Alliance Auth recognises them.
 * Superusers hold all of them.
 */
public enum Permission {

    PORTAL_MANAGE_USERS("portal", "manage_users", "See every user, their characters, state, groups and permissions; deactivate and reactivate users"),
    PORTAL_MANAGE_STATES("portal", "manage_states", "Create, edit and delete states and their member organisations"),
    PORTAL_MANAGE_GROUPS("portal", "manage_groups", "Create, edit and delete groups; add and remove members; decide every join request"),
    PORTAL_MANAGE_PERMISSIONS("portal", "manage_permissions", "Grant and revoke permissions to states, groups and users"),
    PORTAL_VIEW_AUDIT_LOG("portal", "view_audit_log", "Browse the audit log of every change"),

    MEMBERAUDIT_BASIC_ACCESS("memberaudit", "basic_access", "Use member audit, register characters, view own characters"),
    MEMBERAUDIT_SHARE_CHARACTERS("memberaudit", "share_characters", "Share own characters with recruiters"),
    MEMBERAUDIT_FINDER_ACCESS("memberaudit", "finder_access", "Use the character finder"),
    MEMBERAUDIT_REPORTS_ACCESS("memberaudit", "reports_access", "See the reports"),
    MEMBERAUDIT_CHARACTERS_ACCESS("memberaudit", "characters_access", "Open characters owned by others (within a scope permission)"),
    MEMBERAUDIT_EXPORTS_ACCESS("memberaudit", "exports_access", "Export the data of all characters"),
    MEMBERAUDIT_VIEW_SHARED_CHARACTERS("memberaudit", "view_shared_characters", "See and open all shared characters"),
    MEMBERAUDIT_VIEW_SAME_CORPORATION("memberaudit", "view_same_corporation", "Scope: users whose main is in my main's corporation"),
    MEMBERAUDIT_VIEW_SAME_ALLIANCE("memberaudit", "view_same_alliance", "Scope: users whose main is in my main's alliance"),
    MEMBERAUDIT_VIEW_EVERYTHING("memberaudit", "view_everything", "Scope: every user and character"),
    MEMBERAUDIT_NOTIFIED_ON_CHARACTER_REMOVAL("memberaudit", "notified_on_character_removal", "Be notified when a character in my scope is removed"),
    MEMBERAUDIT_VIEW_SKILL_SETS("memberaudit", "view_skill_sets", "See skill sets on character sheets"),
    MEMBERAUDIT_MANAGE_SKILL_SETS("memberaudit", "manage_skill_sets", "Create and edit skill sets and their groups"),

    KILLTRACKER_BASIC_ACCESS("killtracker", "basic_access", "See trackers and their recent matches"),
    KILLTRACKER_ADMIN_ACCESS("killtracker", "admin_access", "Manage webhooks and trackers, run trackers against a killmail"),

    CAPTRACK_BASIC_ACCESS("captrack", "basic_access", "See the capital watch dashboard, snooze alerts"),
    CAPTRACK_ADMIN_ACCESS("captrack", "admin_access", "Configure capital watch: regions, thresholds, webhook, mentions");

    private final String module;
    private final String name;
    private final String description;

    Permission(String module, String name, String description) {
        this.module = module;
        this.name = name;
        this.description = description;
    }

    /** The stored and displayed form, {@code module.name}. */
    public String code() {
        return module + "." + name;
    }

    public String module() {
        return module;
    }

    public String description() {
        return description;
    }

    /** Permissions that open the administration console (any one of them shows the Admin menu). */
    public static final List<Permission> PORTAL_ADMIN = List.of(PORTAL_MANAGE_USERS, PORTAL_MANAGE_STATES,
            PORTAL_MANAGE_GROUPS, PORTAL_MANAGE_PERMISSIONS, PORTAL_VIEW_AUDIT_LOG);

    public static Optional<Permission> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
    }
}
