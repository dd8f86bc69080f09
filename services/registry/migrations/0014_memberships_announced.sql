-- Other services authorise by their own copy of the memberships, learned from registry.identity.v1.
-- Memberships made before they were published are announced once here, through the outbox.
INSERT INTO outbox (message_id, topic, message_key, event_type, payload)
SELECT m.message_id, 'registry.identity.v1', m.user_id::text, 'OrganisationMemberAdded', jsonb_build_object(
           'message_id', m.message_id, 'type', 'OrganisationMemberAdded', 'schema_version', 1,
           'occurred_at', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
           'aggregate_id', m.user_id, 'producer', 'registry',
           'user_id', m.user_id, 'organisation_id', m.organisation_id, 'role', m.role)
-- The id is drawn in the rows' own select list, where PostgreSQL calls it once per row (an uncorrelated
-- LATERAL subquery is evaluated once for all).
FROM (SELECT gen_random_uuid() AS message_id, memberships.* FROM memberships) m
ORDER BY m.created_at;

-- An operator disables a user: they no longer log in, and every service refuses their tokens (UserDisabled).
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
