-- Who organises each event, with their revenue shares, projected from EventPublished;
-- and which organisations make up each partnership, from registry.partnership.v1.
-- Together they say whose admins may check in, refund and read statements.
CREATE TABLE event_organisers (
    event_id          uuid    NOT NULL REFERENCES events (id),
    partnership_id    uuid    NOT NULL,
    lead              boolean NOT NULL,
    revenue_share_bps integer NOT NULL CHECK (revenue_share_bps BETWEEN 0 AND 10000),
    PRIMARY KEY (event_id, partnership_id)
);
CREATE INDEX event_organisers_partnership ON event_organisers (partnership_id);

CREATE TABLE partnership_members (
    partnership_id  uuid NOT NULL,
    organisation_id uuid NOT NULL,
    role            text NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id)
);
CREATE INDEX partnership_members_organisation ON partnership_members (organisation_id);

-- A cancelled event sells nothing more; its paid orders are refunded by the cancellation saga.
ALTER TABLE events ADD COLUMN cancelled_at timestamptz;
