-- The matches page (killtracker.app.KillTrackerReads): one row per killmail that matched at least one
-- tracker, with what the page shows of it (victim, attackers, final blow), written in the feed's
-- transaction together with its kt_match rows and purged with them. kt_match keeps one row per tracker
-- and killmail (jumps and distance from that tracker's origin).
CREATE TABLE kt_matched_killmail (
    killmail_id               BIGINT PRIMARY KEY,
    killmail_time             TIMESTAMPTZ NOT NULL,
    solar_system_id           INTEGER,
    victim_ship_type_id       INTEGER,
    total_value               DOUBLE PRECISION,
    victim_character_id       BIGINT,
    victim_corporation_id     BIGINT,
    victim_alliance_id        BIGINT,
    victim_faction_id         BIGINT,
    attackers                 INTEGER,
    final_blow_character_id   BIGINT,
    final_blow_corporation_id BIGINT,
    final_blow_alliance_id    BIGINT
);
-- Matches recorded before this table existed keep what kt_match knew of them.
INSERT INTO kt_matched_killmail (killmail_id, killmail_time, solar_system_id, victim_ship_type_id, total_value)
SELECT DISTINCT ON (killmail_id) killmail_id, killmail_time, solar_system_id, victim_ship_type_id, total_value
FROM kt_match ORDER BY killmail_id, matched_at;
CREATE INDEX kt_matched_killmail_time_idx ON kt_matched_killmail (killmail_time DESC, killmail_id DESC);
CREATE INDEX kt_matched_killmail_value_idx ON kt_matched_killmail (total_value DESC NULLS LAST);
CREATE INDEX kt_match_killmail_idx ON kt_match (killmail_id);
