-- Who is admin or member of which organisation, and which users are disabled: every service's own copy,
-- learned from registry.identity.v1. Authorisation by organisation role reads these, never a token's claims.
CREATE TABLE organisation_roles (
    user_id         uuid NOT NULL,
    organisation_id uuid NOT NULL,
    role            text NOT NULL CHECK (role IN ('admin', 'member')),
    PRIMARY KEY (user_id, organisation_id)
);

CREATE TABLE disabled_users (
    user_id     uuid PRIMARY KEY,
    disabled_at timestamptz NOT NULL
);
