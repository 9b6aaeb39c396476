-- ESI responses with their ETag and expiry: Bastion never asks again before Expires, even after a
-- restart, and revalidates with If-None-Match afterwards.
CREATE TABLE esi_cache (
    cache_key     TEXT PRIMARY KEY,
    etag          TEXT,
    expires_at    TIMESTAMPTZ NOT NULL,
    last_modified TEXT,
    pages         INTEGER NOT NULL DEFAULT 1,
    body          TEXT NOT NULL,
    stored_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX esi_cache_expires_idx ON esi_cache (expires_at);
