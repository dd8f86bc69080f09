-- What every service needs to verify the registry's access tokens offline:
-- the public signing keys and the revoked API tokens, both learned from registry.identity.v1.
CREATE TABLE signing_keys (
    kid          text PRIMARY KEY,
    algorithm    text        NOT NULL,
    public_jwk   jsonb       NOT NULL,
    published_at timestamptz NOT NULL
);

CREATE TABLE revoked_tokens (
    token_id   uuid PRIMARY KEY,
    revoked_at timestamptz NOT NULL
);
