-- Events organised jointly, learned from the events service's topic: edges between partnerships on the map.
CREATE TABLE joint_events (
    event_id        uuid PRIMARY KEY,
    title           text        NOT NULL,
    starts_at       timestamptz NOT NULL,
    city            text,
    country         text,
    partnership_ids uuid[]      NOT NULL,
    cancelled       boolean     NOT NULL DEFAULT false,
    as_of           timestamptz NOT NULL
);
CREATE INDEX joint_events_partnerships ON joint_events USING gin (partnership_ids);
