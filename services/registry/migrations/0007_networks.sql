-- Partnerships run for a period; a network groups partnerships and has one champion per period.
ALTER TABLE partnerships
    ADD COLUMN period_start date,
    ADD COLUMN period_end   date,
    ADD CONSTRAINT partnerships_status CHECK (status IN ('active', 'ended')),
    ADD CONSTRAINT partnerships_period CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start);

CREATE TABLE networks (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL UNIQUE,
    description text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE network_partnerships (
    network_id     uuid NOT NULL REFERENCES networks (id),
    partnership_id uuid NOT NULL REFERENCES partnerships (id),
    PRIMARY KEY (network_id, partnership_id)
);
CREATE INDEX network_partnerships_partnership ON network_partnerships (partnership_id);

CREATE TABLE champions (
    network_id     uuid        NOT NULL REFERENCES networks (id),
    partnership_id uuid        NOT NULL REFERENCES partnerships (id),
    period_start   date        NOT NULL,
    period_end     date        NOT NULL CHECK (period_end >= period_start),
    designated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (network_id, period_start)
);
