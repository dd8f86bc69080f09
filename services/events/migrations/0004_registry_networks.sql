-- More of the registry, projected: organisations' status, and networks of partnerships
-- (registry.network.v1), so that calendar feeds and searches can follow a network.
ALTER TABLE organisations ADD COLUMN status text NOT NULL DEFAULT 'active';

CREATE TABLE networks (
    id    uuid PRIMARY KEY,
    name  text        NOT NULL,
    as_of timestamptz NOT NULL
);

CREATE TABLE network_partnerships (
    network_id     uuid NOT NULL,
    partnership_id uuid NOT NULL,
    PRIMARY KEY (network_id, partnership_id)
);
CREATE INDEX network_partnerships_by_partnership ON network_partnerships (partnership_id);
