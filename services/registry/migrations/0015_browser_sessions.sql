-- Sign-in for browsers: a session is a family of refresh tokens, each used once. A token presented a second
-- time means it was copied: the whole family ends, the thief's copy and the rightful browser's alike.
CREATE TABLE sessions (
    id              uuid PRIMARY KEY,
    user_id         uuid        NOT NULL REFERENCES users (id),
    started_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,  -- however often it is refreshed
    ended_at        timestamptz,
    ended_because   text CHECK (ended_because IN ('signed_out', 'token_reused', 'user_disabled', 'password_reset'))
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE refresh_tokens (
    token_hash  text PRIMARY KEY,  -- SHA-256: the token itself lives only in the browser's cookie
    session_id  uuid        NOT NULL REFERENCES sessions (id),
    issued_at   timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

-- Failed sign-ins in the throttling window, by account and by client address.
CREATE TABLE sign_in_failures (
    account    text        NOT NULL,  -- the e-mail address, lower-cased
    address    text        NOT NULL,
    failed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failures_account ON sign_in_failures (account, failed_at);
CREATE INDEX sign_in_failures_address ON sign_in_failures (address, failed_at);
