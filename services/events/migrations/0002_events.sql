-- The catalogue: events, their co-organising partnerships and their ticket types.
CREATE TABLE events (
    id             uuid PRIMARY KEY,
    status         text        NOT NULL,
    title          text        NOT NULL,
    description    text,
    kind           text        NOT NULL,
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    timezone       text        NOT NULL,
    venue_address  text,
    venue_city     text,
    venue_country  char(2),
    online_url     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    published_at   timestamptz,
    CONSTRAINT events_end_after_start CHECK (ends_at > starts_at),
    CONSTRAINT events_venue_complete CHECK (
        (venue_address IS NULL) = (venue_city IS NULL) AND (venue_city IS NULL) = (venue_country IS NULL)
    )
);

-- The public listing: published events by start time (keyset pagination on starts_at, id).
CREATE INDEX events_published_by_start ON events (starts_at, id) WHERE status = 'published';

CREATE TABLE event_organisers (
    event_id          uuid     NOT NULL REFERENCES events (id),
    partnership_id    uuid     NOT NULL,  -- known from the registry projection when drafted
    position          smallint NOT NULL,
    lead              boolean  NOT NULL,
    revenue_share_bps integer  NOT NULL CHECK (revenue_share_bps BETWEEN 0 AND 10000),
    PRIMARY KEY (event_id, partnership_id)
);

CREATE UNIQUE INDEX event_organisers_one_lead ON event_organisers (event_id) WHERE lead;

CREATE TABLE ticket_types (
    id             uuid PRIMARY KEY,
    event_id       uuid        NOT NULL REFERENCES events (id),
    position       smallint    NOT NULL,
    name           text        NOT NULL,
    price_amount   bigint      NOT NULL CHECK (price_amount >= 0),  -- minor units
    price_currency char(3)     NOT NULL,
    capacity       integer     NOT NULL CHECK (capacity >= 1),
    max_per_order  integer     NOT NULL CHECK (max_per_order >= 1),
    sales_start    timestamptz,
    sales_end      timestamptz,
    UNIQUE (event_id, name),
    UNIQUE (event_id, position)
);
