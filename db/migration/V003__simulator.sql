-- State of the embedded EVE simulator (demo and tests only; empty and unused in production).
-- Kept in the database so that demo logins, the kill feed and the Discord sink survive a restart.

CREATE TABLE sim_alliance (
    alliance_id BIGINT PRIMARY KEY,
    name        TEXT NOT NULL,
    ticker      TEXT NOT NULL,
    founded     DATE NOT NULL
);

CREATE TABLE sim_corporation (
    corporation_id BIGINT PRIMARY KEY,
    name           TEXT NOT NULL,
    ticker         TEXT NOT NULL,
    alliance_id    BIGINT REFERENCES sim_alliance (alliance_id),
    founded        DATE NOT NULL
);

-- "account" is the player behind the characters: the SSO picker groups by it, and the owner hash
-- changes when a character moves to another account.
CREATE TABLE sim_character (
    character_id    BIGINT PRIMARY KEY,
    name            TEXT NOT NULL,
    account         TEXT NOT NULL,
    corporation_id  BIGINT NOT NULL REFERENCES sim_corporation (corporation_id),
    birthday        TIMESTAMPTZ NOT NULL,
    security_status DOUBLE PRECISION NOT NULL,
    owner_hash      TEXT NOT NULL
);

-- Types the simulated ESI knows beyond the bundled SDE snapshot (released after it).
CREATE TABLE sim_type (
    type_id   INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL,
    name      TEXT NOT NULL,
    published BOOLEAN NOT NULL DEFAULT TRUE,
    mass      DOUBLE PRECISION,
    volume    DOUBLE PRECISION
);

CREATE TABLE sim_sso_key (
    kid     TEXT PRIMARY KEY,
    jwk     TEXT NOT NULL,
    created TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sim_refresh_token (
    token        TEXT PRIMARY KEY,
    character_id BIGINT NOT NULL,
    client_id    TEXT NOT NULL,
    scopes       TEXT NOT NULL,
    owner_hash   TEXT NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE sim_r2z2_killmail (
    sequence_id  BIGSERIAL PRIMARY KEY,
    killmail_id  BIGINT NOT NULL,
    envelope     TEXT NOT NULL,
    published_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE sim_discord_message (
    message_id  BIGSERIAL PRIMARY KEY,
    webhook_id  TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
