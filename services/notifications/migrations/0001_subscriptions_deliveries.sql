-- Who wants to hear about what. Webhooks today; the secret signs every payload and
-- is shown to the subscriber only once, when the subscription is created.
CREATE TABLE subscriptions (
    id            uuid PRIMARY KEY,
    channel       text        NOT NULL CHECK (channel IN ('webhook')),
    url           text        NOT NULL,
    secret        text        NOT NULL,
    event_types   text[]      NOT NULL CHECK (cardinality(event_types) > 0),
    filters       jsonb       NOT NULL DEFAULT '{}'::jsonb,
    status        text        NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled', 'deleted')),
    status_reason text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX subscriptions_active_by_event_type ON subscriptions USING gin (event_types)
    WHERE status = 'active';

-- One message to one receiver. `payload` is json, not jsonb, so that the body we
-- sign keeps the event's own key order.
CREATE TABLE deliveries (
    id              uuid PRIMARY KEY,
    channel         text        NOT NULL CHECK (channel IN ('webhook', 'email')),
    subscription_id uuid REFERENCES subscriptions (id),
    recipient       text        NOT NULL,
    template        text,
    message_id      uuid        NOT NULL,
    event_type      text        NOT NULL,
    payload         json        NOT NULL,
    status          text        NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'delivered', 'dead', 'cancelled')),
    attempt_count   integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz DEFAULT now(),
    last_error      text,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (channel <> 'webhook' OR subscription_id IS NOT NULL),
    CHECK (channel <> 'email' OR template IS NOT NULL)
);

-- An event redelivered by Kafka, or replayed, never reaches a receiver twice.
CREATE UNIQUE INDEX deliveries_once_per_subscription ON deliveries (subscription_id, message_id, channel)
    WHERE subscription_id IS NOT NULL;
CREATE UNIQUE INDEX deliveries_once_per_recipient ON deliveries (recipient, message_id, channel)
    WHERE channel = 'email';

CREATE INDEX deliveries_due ON deliveries (next_attempt_at) WHERE status = 'pending';
CREATE INDEX deliveries_by_subscription ON deliveries (subscription_id, id);
CREATE INDEX deliveries_by_recipient ON deliveries (recipient, id);
CREATE INDEX deliveries_by_status ON deliveries (status, id);

CREATE TABLE delivery_attempts (
    delivery_id uuid        NOT NULL REFERENCES deliveries (id),
    number      integer     NOT NULL,
    started_at  timestamptz NOT NULL,
    duration_ms integer     NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('delivered', 'failed')),
    status_code integer,
    response    text,
    error       text,
    PRIMARY KEY (delivery_id, number)
);

-- Wake the dispatcher at commit; its slow poll is only a safety net.
CREATE FUNCTION deliveries_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('deliveries_' || TG_TABLE_SCHEMA, '');
    RETURN NULL;
END $$;

CREATE TRIGGER deliveries_inserted AFTER INSERT ON deliveries
    FOR EACH STATEMENT EXECUTE FUNCTION deliveries_notify();
