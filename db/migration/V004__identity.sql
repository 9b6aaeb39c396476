-- People and permissions: EVE characters and their affiliations, portal users with a main and alts,
-- ownership by SSO owner hash, encrypted SSO tokens, states, groups, permission grants, the audit log
-- and in-portal notifications.

-- Public names of corporations, alliances and factions (from ESI), for display only.
CREATE TABLE eve_organization (
    id         BIGINT PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('CORPORATION', 'ALLIANCE', 'FACTION')),
    name       TEXT NOT NULL,
    ticker     TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A character's public identity and current affiliation, refreshed in bulk from ESI.
-- corporation_id is unknown until the first affiliation answer (ESI may be down at login).
CREATE TABLE eve_character (
    character_id           BIGINT PRIMARY KEY,
    name                   TEXT NOT NULL,
    corporation_id         BIGINT,
    alliance_id            BIGINT,
    faction_id             BIGINT,
    affiliation_checked_at TIMESTAMPTZ
);
CREATE INDEX eve_character_corporation ON eve_character (corporation_id);
CREATE INDEX eve_character_alliance ON eve_character (alliance_id);

-- States: the highest-priority state whose members include the main's character, corporation,
-- alliance or faction (or that is public) is the user's state.
CREATE TABLE user_state (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    priority    INTEGER NOT NULL UNIQUE,
    public      BOOLEAN NOT NULL DEFAULT FALSE,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE state_member (
    state_id  BIGINT NOT NULL REFERENCES user_state (id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind IN ('CHARACTER', 'CORPORATION', 'ALLIANCE', 'FACTION')),
    entity_id BIGINT NOT NULL,
    PRIMARY KEY (state_id, kind, entity_id)
);

CREATE TABLE state_permission (
    state_id   BIGINT NOT NULL REFERENCES user_state (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (state_id, permission)
);

-- Alliance Auth's defaults. Guest is public and has priority 0: everyone qualifies for it.
INSERT INTO user_state (name, priority, public, description) VALUES
    ('Guest', 0, TRUE, 'Everyone whose main qualifies for no other state'),
    ('Blue', 50, FALSE, 'Allies: members of blue corporations and alliances'),
    ('Member', 100, FALSE, 'Members of the alliance');

CREATE TABLE app_user (
    id                BIGSERIAL PRIMARY KEY,
    username          TEXT NOT NULL UNIQUE,
    main_character_id BIGINT UNIQUE REFERENCES eve_character (character_id),
    state_id          BIGINT NOT NULL REFERENCES user_state (id),
    active            BOOLEAN NOT NULL DEFAULT TRUE,
    superuser         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_login_at     TIMESTAMPTZ
);

CREATE TABLE user_permission (
    user_id    BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (user_id, permission)
);

-- Exactly one user owns a character, under the owner hash CCP gave when it was added.
CREATE TABLE character_ownership (
    character_id BIGINT PRIMARY KEY REFERENCES eve_character (character_id),
    user_id      BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    owner_hash   TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX character_ownership_user ON character_ownership (user_id);

-- Every (character, owner hash, user) seen: a character that returns with the same hash goes back to its user.
CREATE TABLE ownership_record (
    id           BIGSERIAL PRIMARY KEY,
    character_id BIGINT NOT NULL,
    owner_hash   TEXT NOT NULL,
    user_id      BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (character_id, owner_hash, user_id)
);

-- SSO grants. The refresh token is stored only as AES-GCM ciphertext (a compact JWE, key id in its header).
CREATE TABLE sso_token (
    id                BIGSERIAL PRIMARY KEY,
    character_id      BIGINT NOT NULL REFERENCES eve_character (character_id),
    user_id           BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    owner_hash        TEXT NOT NULL,
    scopes            TEXT NOT NULL,
    refresh_token_enc TEXT NOT NULL,
    valid             BOOLEAN NOT NULL DEFAULT TRUE,
    invalid_reason    TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    refreshed_at      TIMESTAMPTZ
);
CREATE INDEX sso_token_character ON sso_token (character_id);
CREATE INDEX sso_token_user ON sso_token (user_id);

CREATE TABLE auth_group (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    join_policy TEXT NOT NULL CHECK (join_policy IN ('OPEN', 'REQUEST', 'HIDDEN', 'INTERNAL')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE group_state (
    group_id BIGINT NOT NULL REFERENCES auth_group (id) ON DELETE CASCADE,
    state_id BIGINT NOT NULL REFERENCES user_state (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, state_id)
);

CREATE TABLE group_leader (
    group_id BIGINT NOT NULL REFERENCES auth_group (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);

CREATE TABLE group_member (
    group_id BIGINT NOT NULL REFERENCES auth_group (id) ON DELETE CASCADE,
    user_id  BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_member_user ON group_member (user_id);

CREATE TABLE group_permission (
    group_id   BIGINT NOT NULL REFERENCES auth_group (id) ON DELETE CASCADE,
    permission TEXT NOT NULL,
    PRIMARY KEY (group_id, permission)
);

CREATE TABLE group_request (
    id         BIGSERIAL PRIMARY KEY,
    group_id   BIGINT NOT NULL REFERENCES auth_group (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    decided_by BIGINT REFERENCES app_user (id) ON DELETE SET NULL,
    decided_at TIMESTAMPTZ
);
CREATE UNIQUE INDEX group_request_one_pending ON group_request (group_id, user_id) WHERE status = 'PENDING';

-- Who changed what, when, from what to what. Never updated or deleted by the application.
CREATE TABLE audit_entry (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor_id    BIGINT,
    actor_name  TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    before_text TEXT,
    after_text  TEXT
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC);

CREATE TABLE user_notification (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    level      TEXT NOT NULL CHECK (level IN ('INFO', 'WARNING')),
    message    TEXT NOT NULL,
    read_at    TIMESTAMPTZ
);
CREATE INDEX user_notification_user ON user_notification (user_id, created_at DESC);
