-- The static EVE universe, loaded from CCP's Static Data Export (and lazily from ESI for types the
-- loaded SDE lacks). IDs are CCP's; names are English.

CREATE TABLE eve_category (
    category_id INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    published   BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE eve_group (
    group_id    INTEGER PRIMARY KEY,
    category_id INTEGER NOT NULL REFERENCES eve_category (category_id),
    name        TEXT    NOT NULL,
    published   BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE INDEX eve_group_category_idx ON eve_group (category_id);

CREATE TABLE eve_type (
    type_id   INTEGER PRIMARY KEY,
    group_id  INTEGER NOT NULL REFERENCES eve_group (group_id),
    name      TEXT    NOT NULL,
    published BOOLEAN NOT NULL DEFAULT TRUE,
    mass      DOUBLE PRECISION,
    volume    DOUBLE PRECISION,
    -- SDE when imported, ESI when fetched lazily because the loaded SDE did not know it.
    origin    VARCHAR(8) NOT NULL DEFAULT 'SDE' CHECK (origin IN ('SDE', 'ESI'))
);
CREATE INDEX eve_type_group_idx ON eve_type (group_id);
CREATE INDEX eve_type_name_idx ON eve_type (lower(name) text_pattern_ops);

CREATE TABLE eve_region (
    region_id         INTEGER PRIMARY KEY,
    name              TEXT NOT NULL,
    faction_id        INTEGER,
    wormhole_class_id INTEGER
);
CREATE INDEX eve_region_name_idx ON eve_region (lower(name) text_pattern_ops);

CREATE TABLE eve_constellation (
    constellation_id  INTEGER PRIMARY KEY,
    region_id         INTEGER NOT NULL REFERENCES eve_region (region_id),
    name              TEXT NOT NULL,
    wormhole_class_id INTEGER
);
CREATE INDEX eve_constellation_region_idx ON eve_constellation (region_id);
CREATE INDEX eve_constellation_name_idx ON eve_constellation (lower(name) text_pattern_ops);

CREATE TABLE eve_solar_system (
    solar_system_id   INTEGER PRIMARY KEY,
    constellation_id  INTEGER NOT NULL REFERENCES eve_constellation (constellation_id),
    region_id         INTEGER NOT NULL REFERENCES eve_region (region_id),
    name              TEXT NOT NULL,
    -- raw, unrounded security status: classes compare it against 0.45 and 0.0
    security_status   DOUBLE PRECISION NOT NULL,
    -- cluster coordinates in metres (jump range and light years)
    x                 DOUBLE PRECISION NOT NULL,
    y                 DOUBLE PRECISION NOT NULL,
    z                 DOUBLE PRECISION NOT NULL,
    wormhole_class_id INTEGER
);
CREATE INDEX eve_solar_system_constellation_idx ON eve_solar_system (constellation_id);
CREATE INDEX eve_solar_system_region_idx ON eve_solar_system (region_id);
CREATE INDEX eve_solar_system_name_idx ON eve_solar_system (lower(name) text_pattern_ops);

-- One row per directed gate link. CCP's JSON Lines SDE gives the gate item IDs; the older CSV layout
-- only gives system pairs, so the IDs are optional.
CREATE TABLE eve_stargate (
    solar_system_id             INTEGER NOT NULL REFERENCES eve_solar_system (solar_system_id),
    destination_solar_system_id INTEGER NOT NULL REFERENCES eve_solar_system (solar_system_id),
    stargate_id                 BIGINT,
    destination_stargate_id     BIGINT,
    PRIMARY KEY (solar_system_id, destination_solar_system_id)
);

-- Every SDE import, for the admin page and for operations.
CREATE TABLE sde_import (
    import_id     BIGSERIAL PRIMARY KEY,
    source        TEXT        NOT NULL,
    build_number  BIGINT,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ,
    status        VARCHAR(16) NOT NULL CHECK (status IN ('RUNNING', 'SUCCEEDED', 'FAILED')),
    categories    INTEGER NOT NULL DEFAULT 0,
    groups_count  INTEGER NOT NULL DEFAULT 0,
    types         INTEGER NOT NULL DEFAULT 0,
    regions       INTEGER NOT NULL DEFAULT 0,
    constellations INTEGER NOT NULL DEFAULT 0,
    solar_systems INTEGER NOT NULL DEFAULT 0,
    stargates     INTEGER NOT NULL DEFAULT 0,
    skipped_rows  INTEGER NOT NULL DEFAULT 0,
    message       TEXT
);
