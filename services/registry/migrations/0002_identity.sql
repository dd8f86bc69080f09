-- Identity and access: users, their roles in organisations, the keys that sign their tokens.
CREATE TABLE users (
    id            uuid PRIMARY KEY,
    email         text        NOT NULL,
    name          text,
    password_hash text        NOT NULL,
    operator      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE TABLE memberships (
    user_id         uuid        NOT NULL REFERENCES users (id),
    organisation_id uuid        NOT NULL REFERENCES organisations (id),
    role            text        NOT NULL CHECK (role IN ('admin', 'member')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (user_id, organisation_id)
);
CREATE INDEX memberships_organisation ON memberships (organisation_id);

-- The private halves; the public halves go to the shared signing_keys table (and Kafka).
CREATE TABLE private_signing_keys (
    kid         text PRIMARY KEY,
    private_pem text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    retired_at  timestamptz
);

-- Long-lived API tokens: only a SHA-256 of the token is kept, so a leaked table grants nothing.
CREATE TABLE api_tokens (
    id         uuid PRIMARY KEY,  -- the token's jti
    user_id    uuid        NOT NULL REFERENCES users (id),
    name       text        NOT NULL,
    token_hash text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
