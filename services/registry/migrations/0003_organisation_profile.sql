-- An organisation's profile: its name in several languages, sectors, and a contact
-- address shown to network members only.
ALTER TABLE organisations
    ADD COLUMN names         jsonb  NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN sectors       text[] NOT NULL DEFAULT '{}',
    ADD COLUMN contact_email text,
    ADD COLUMN updated_at    timestamptz NOT NULL DEFAULT now();
ALTER TABLE organisations ADD CONSTRAINT organisations_status CHECK (status IN ('active', 'suspended'));
