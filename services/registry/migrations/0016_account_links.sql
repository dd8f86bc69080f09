-- A person's address is theirs once they followed the link sent to it. Accounts from before this rule, and those
-- an operator creates, count as confirmed.
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
UPDATE users SET email_verified_at = created_at;

-- One-time links e-mailed to a person: confirm the address, reset the password. Only the token's digest is kept.
CREATE TABLE account_links (
    token_hash  text PRIMARY KEY,
    purpose     text        NOT NULL CHECK (purpose IN ('verify_email', 'reset_password')),
    user_id     uuid        NOT NULL REFERENCES users (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX account_links_user ON account_links (user_id, purpose, created_at);

-- An organisation's admin invites a person by e-mail with a role; accepting the link makes them a member.
CREATE TABLE invitations (
    id               uuid PRIMARY KEY,
    organisation_id  uuid        NOT NULL REFERENCES organisations (id),
    email            text        NOT NULL,
    role             text        NOT NULL CHECK (role IN ('admin', 'member')),
    invited_by       uuid        NOT NULL REFERENCES users (id),
    token_hash       text        NOT NULL UNIQUE,
    created_at       timestamptz NOT NULL DEFAULT now(),
    expires_at       timestamptz NOT NULL,
    accepted_at      timestamptz,
    accepted_by      uuid REFERENCES users (id),
    withdrawn_at     timestamptz
);
CREATE INDEX invitations_organisation ON invitations (organisation_id, created_at);
-- One open invitation per person and organisation: inviting again replaces it.
CREATE UNIQUE INDEX invitations_open ON invitations (organisation_id, lower(email))
    WHERE accepted_at IS NULL AND withdrawn_at IS NULL;
