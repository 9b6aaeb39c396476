-- The welcome a new member gets once their state is first settled (identity.model.Welcome): when it was
-- sent. Users from before this migration were greeted by the old "state changed" notice; they count as
-- welcomed, so that nobody is welcomed twice.
ALTER TABLE app_user ADD COLUMN welcomed_at TIMESTAMPTZ;
UPDATE app_user SET welcomed_at = created_at;

-- The audit log is paged newest first, filtered by action or by who acted.
CREATE INDEX audit_entry_action ON audit_entry (action, id DESC);
CREATE INDEX audit_entry_actor ON audit_entry (actor_id, id DESC);
