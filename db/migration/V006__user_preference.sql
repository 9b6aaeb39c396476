-- Per-user choices about how the portal looks (issue 10): the theme, remembered across browsers.
CREATE TABLE user_preference (
    user_id    BIGINT PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    theme      TEXT NOT NULL DEFAULT 'auto' CHECK (theme IN ('auto', 'light', 'dark')),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
