-- notify: the one Discord delivery path (kill tracker now, capital watch later).

CREATE TABLE notify_webhook (
    webhook_id      BIGSERIAL PRIMARY KEY,
    name            VARCHAR(64)  NOT NULL UNIQUE,
    url             VARCHAR(255) NOT NULL UNIQUE,
    notes           TEXT         NOT NULL DEFAULT '',
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    -- why the sender disabled it (Discord answered 401/403/404); null when an admin did
    disabled_reason TEXT,
    -- rate limit or backoff: nothing is posted to this webhook before this time
    blocked_until   TIMESTAMPTZ,
    -- consecutive 5xx or network failures, for the backoff
    failures        INTEGER      NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A message is written here in the same transaction as what caused it, and stays until Discord
-- confirmed it (SENT) or it can never be delivered (FAILED, shown to admins with the reason).
CREATE TABLE notify_outbox (
    message_id         BIGSERIAL PRIMARY KEY,
    webhook_id         BIGINT      NOT NULL REFERENCES notify_webhook (webhook_id) ON DELETE CASCADE,
    source             TEXT        NOT NULL,
    payload            TEXT        NOT NULL,
    status             VARCHAR(8)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts           INTEGER     NOT NULL DEFAULT 0,
    last_error         TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at            TIMESTAMPTZ,
    discord_message_id TEXT
);
CREATE INDEX notify_outbox_pending_idx ON notify_outbox (webhook_id, message_id) WHERE status = 'PENDING';
CREATE INDEX notify_outbox_created_idx ON notify_outbox (created_at);

-- Names of characters, corporations, alliances and factions seen on killmails (ESI /universe/names).
CREATE TABLE eve_entity (
    entity_id BIGINT PRIMARY KEY,
    category  VARCHAR(16) NOT NULL,
    name      TEXT        NOT NULL
);

-- killtracker

CREATE TABLE kt_tracker (
    tracker_id             BIGSERIAL PRIMARY KEY,
    name                   VARCHAR(100) NOT NULL UNIQUE,
    description            TEXT         NOT NULL DEFAULT '',
    enabled                BOOLEAN      NOT NULL DEFAULT TRUE,
    color                  VARCHAR(7)   NOT NULL DEFAULT '',
    webhook_id             BIGINT       NOT NULL REFERENCES notify_webhook (webhook_id) ON DELETE CASCADE,
    ping_type              VARCHAR(8)   NOT NULL DEFAULT 'NONE' CHECK (ping_type IN ('NONE', 'HERE', 'EVERYONE')),
    posting_name           BOOLEAN      NOT NULL DEFAULT TRUE,
    -- no foreign key: the demo seeds trackers while the first SDE import is still running
    origin_solar_system_id INTEGER,
    -- thresholds: NULL = clause off, 0 = zero
    max_jumps              INTEGER CHECK (max_jumps >= 0),
    max_distance           DOUBLE PRECISION CHECK (max_distance >= 0),
    exclude_high_sec       BOOLEAN NOT NULL DEFAULT FALSE,
    exclude_low_sec        BOOLEAN NOT NULL DEFAULT FALSE,
    exclude_null_sec       BOOLEAN NOT NULL DEFAULT FALSE,
    exclude_w_space        BOOLEAN NOT NULL DEFAULT FALSE,
    final_blow_mode        BOOLEAN NOT NULL DEFAULT FALSE,
    min_value_millions     BIGINT CHECK (min_value_millions >= 0),
    exclude_npc            BOOLEAN NOT NULL DEFAULT FALSE,
    require_npc            BOOLEAN NOT NULL DEFAULT FALSE,
    exclude_war            BOOLEAN NOT NULL DEFAULT FALSE,
    require_war            BOOLEAN NOT NULL DEFAULT FALSE,
    min_attackers          INTEGER CHECK (min_attackers >= 0),
    max_attackers          INTEGER CHECK (max_attackers >= 0),
    identify_fleets        BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The set-valued clauses (regions, organisations, states, types, groups, ping roles): one row per entry.
CREATE TABLE kt_tracker_entry (
    tracker_id BIGINT      NOT NULL REFERENCES kt_tracker (tracker_id) ON DELETE CASCADE,
    list       VARCHAR(40) NOT NULL,
    ref_id     BIGINT      NOT NULL,
    PRIMARY KEY (tracker_id, list, ref_id)
);

-- The R2Z2 reader's position and its lease: exactly one server reads the feed at a time.
CREATE TABLE kt_feed (
    feed_id          SMALLINT PRIMARY KEY CHECK (feed_id = 1),
    next_sequence    BIGINT,
    lease_owner      TEXT,
    lease_until      TIMESTAMPTZ,
    retry_at         TIMESTAMPTZ,
    killmails_read   BIGINT NOT NULL DEFAULT 0,
    malformed        BIGINT NOT NULL DEFAULT 0,
    skipped          BIGINT NOT NULL DEFAULT 0,
    last_killmail_id BIGINT,
    last_read_at     TIMESTAMPTZ,
    last_error       TEXT,
    last_error_at    TIMESTAMPTZ
);
INSERT INTO kt_feed (feed_id) VALUES (1);

-- Every match, for the "recent matches" page; purged with the stored killmails.
CREATE TABLE kt_match (
    tracker_id          BIGINT      NOT NULL REFERENCES kt_tracker (tracker_id) ON DELETE CASCADE,
    killmail_id         BIGINT      NOT NULL,
    killmail_time       TIMESTAMPTZ NOT NULL,
    solar_system_id     INTEGER,
    victim_ship_type_id INTEGER,
    total_value         DOUBLE PRECISION,
    jumps               INTEGER,
    distance            DOUBLE PRECISION,
    message_id          BIGINT,
    matched_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tracker_id, killmail_id)
);
CREATE INDEX kt_match_recent_idx ON kt_match (tracker_id, matched_at DESC);

-- Optional killmail store (bastion.killtracker.store-killmails).
CREATE TABLE kt_killmail (
    killmail_id           BIGINT PRIMARY KEY,
    killmail_time         TIMESTAMPTZ NOT NULL,
    solar_system_id       INTEGER,
    moon_id               BIGINT,
    war_id                BIGINT,
    victim_character_id   BIGINT,
    victim_corporation_id BIGINT,
    victim_alliance_id    BIGINT,
    victim_faction_id     BIGINT,
    victim_ship_type_id   INTEGER,
    victim_damage_taken   BIGINT,
    position_x            DOUBLE PRECISION,
    position_y            DOUBLE PRECISION,
    position_z            DOUBLE PRECISION,
    zkb_location_id       BIGINT,
    zkb_hash              TEXT,
    fitted_value          DOUBLE PRECISION,
    total_value           DOUBLE PRECISION,
    points                BIGINT,
    npc                   BOOLEAN NOT NULL,
    solo                  BOOLEAN NOT NULL,
    awox                  BOOLEAN NOT NULL,
    received_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX kt_killmail_time_idx ON kt_killmail (killmail_time);

CREATE TABLE kt_killmail_attacker (
    killmail_id     BIGINT  NOT NULL REFERENCES kt_killmail (killmail_id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    character_id    BIGINT,
    corporation_id  BIGINT,
    alliance_id     BIGINT,
    faction_id      BIGINT,
    ship_type_id    INTEGER,
    weapon_type_id  INTEGER,
    damage_done     BIGINT,
    final_blow      BOOLEAN NOT NULL,
    security_status DOUBLE PRECISION,
    PRIMARY KEY (killmail_id, position)
);
