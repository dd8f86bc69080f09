-- Subscribers: partner organisations, experts, attendees (by email) and external endpoints.
-- A subscription now has an owner, a channel (webhook, email or in-app), a scope and a
-- frequency (immediate, or a digest at a local time in the subscriber's time zone).
ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_channel_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_channel_check CHECK (channel IN ('webhook', 'email', 'in_app'));
ALTER TABLE subscriptions DROP CONSTRAINT subscriptions_status_check;
ALTER TABLE subscriptions ADD CONSTRAINT subscriptions_status_check
    CHECK (status IN ('pending', 'active', 'disabled', 'deleted'));
ALTER TABLE subscriptions ALTER COLUMN url DROP NOT NULL, ALTER COLUMN secret DROP NOT NULL;
ALTER TABLE subscriptions
    ADD COLUMN owner_kind text NOT NULL DEFAULT 'external'
        CHECK (owner_kind IN ('external', 'organisation', 'expert', 'attendee', 'user')),
    ADD COLUMN owner_id text,
    ADD COLUMN email text,
    ADD COLUMN language text NOT NULL DEFAULT 'en',
    ADD COLUMN involving_me boolean NOT NULL DEFAULT false,
    ADD COLUMN frequency text NOT NULL DEFAULT 'immediate' CHECK (frequency IN ('immediate', 'daily', 'weekly')),
    ADD COLUMN digest_at time,
    ADD COLUMN digest_weekday smallint CHECK (digest_weekday BETWEEN 0 AND 6),
    ADD COLUMN timezone text NOT NULL DEFAULT 'UTC',
    ADD COLUMN next_digest_at timestamptz,
    ADD COLUMN previous_secret text,
    ADD COLUMN previous_secret_expires_at timestamptz,
    ADD COLUMN unsubscribe_token text UNIQUE,
    ADD COLUMN confirm_token text UNIQUE,
    ADD CHECK (channel <> 'webhook' OR (url IS NOT NULL AND secret IS NOT NULL)),
    ADD CHECK (channel <> 'email' OR email IS NOT NULL),
    ADD CHECK (frequency = 'immediate' OR digest_at IS NOT NULL);

CREATE INDEX subscriptions_by_owner ON subscriptions (owner_kind, owner_id) WHERE status <> 'deleted';
CREATE INDEX subscriptions_digest_due ON subscriptions (next_digest_at) WHERE status = 'active' AND frequency <> 'immediate';

-- A replayed dead letter gets a fresh set of attempts; numbering continues.
ALTER TABLE deliveries ADD COLUMN attempt_offset integer NOT NULL DEFAULT 0;

-- What we know about the network, to tell who an event concerns.
CREATE TABLE partnership_members (
    partnership_id  uuid NOT NULL,
    organisation_id uuid NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id)
);
CREATE TABLE event_facts (
    event_id uuid PRIMARY KEY,
    facts    jsonb NOT NULL  -- the published event's filterable attributes
);
CREATE TABLE event_organisers (
    event_id       uuid NOT NULL,
    partnership_id uuid NOT NULL,
    PRIMARY KEY (event_id, partnership_id)
);
CREATE TABLE ticket_holders (
    event_id uuid NOT NULL,
    email    text NOT NULL,
    PRIMARY KEY (event_id, email)
);
CREATE TABLE experts (
    expert_id        uuid PRIMARY KEY,
    organisation_ids uuid[] NOT NULL DEFAULT '{}',
    withdrawn        boolean NOT NULL DEFAULT false
);
CREATE TABLE order_buyers (
    order_id uuid PRIMARY KEY,
    email    text NOT NULL,
    language text NOT NULL DEFAULT 'en'
);

-- The in-app feed: one item per owner and event, read or not.
CREATE TABLE feed_items (
    id              uuid PRIMARY KEY,
    owner_kind      text        NOT NULL,
    owner_id        text        NOT NULL,
    subscription_id uuid REFERENCES subscriptions (id),
    message_id      uuid        NOT NULL,
    event_type      text        NOT NULL,
    title           text        NOT NULL,
    lines           jsonb       NOT NULL DEFAULT '[]'::jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    read_at         timestamptz,
    UNIQUE (owner_kind, owner_id, message_id)
);
CREATE INDEX feed_items_unread ON feed_items (owner_kind, owner_id, id) WHERE read_at IS NULL;

-- Matches waiting for their subscription's next digest.
CREATE TABLE digest_items (
    subscription_id uuid        NOT NULL REFERENCES subscriptions (id),
    message_id      uuid        NOT NULL,
    event_type      text        NOT NULL,
    title           text        NOT NULL,
    lines           jsonb       NOT NULL DEFAULT '[]'::jsonb,
    payload         json        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    digest_id       uuid,
    PRIMARY KEY (subscription_id, message_id)
);
CREATE INDEX digest_items_waiting ON digest_items (subscription_id) WHERE digest_id IS NULL;
