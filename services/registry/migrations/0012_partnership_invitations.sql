-- Organisations invited into a partnership that have not accepted yet. They are no members: every query of
-- partnership_members (map, search, cooperation, exports) leaves them out until one of their admins accepts.
CREATE TABLE partnership_invitations (
    partnership_id  uuid        NOT NULL REFERENCES partnerships (id),
    organisation_id uuid        NOT NULL REFERENCES organisations (id),
    role            text        NOT NULL,
    invited_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (partnership_id, organisation_id)
);
CREATE INDEX partnership_invitations_organisation ON partnership_invitations (organisation_id);
