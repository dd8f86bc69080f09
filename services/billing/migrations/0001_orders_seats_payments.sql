-- Published events and their ticket types, projected from events.event.v1.
-- `published_at` is the occurred_at of the publication applied: an older one arriving late is ignored.
CREATE TABLE events (
    id           uuid PRIMARY KEY,
    title        text        NOT NULL,
    starts_at    timestamptz NOT NULL,
    published_at timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- The seat counters live with the offer; only billing's own SQL moves `sold` and `held`,
-- and a re-publication never resets them. Capacity may drop below sold + held.
CREATE TABLE ticket_types (
    id            uuid PRIMARY KEY,
    event_id      uuid        NOT NULL REFERENCES events (id),
    name          text        NOT NULL,
    price_amount  bigint      NOT NULL CHECK (price_amount >= 0),
    currency      char(3)     NOT NULL,
    capacity      integer     NOT NULL CHECK (capacity >= 0),
    max_per_order integer     NOT NULL CHECK (max_per_order >= 1),
    sales_start   timestamptz,
    sales_end     timestamptz,
    on_sale       boolean     NOT NULL DEFAULT true,
    sold          integer     NOT NULL DEFAULT 0 CHECK (sold >= 0),
    held          integer     NOT NULL DEFAULT 0 CHECK (held >= 0)
);
CREATE INDEX ticket_types_event ON ticket_types (event_id);

CREATE TABLE orders (
    id             uuid PRIMARY KEY,
    event_id       uuid        NOT NULL REFERENCES events (id),
    event_title    text        NOT NULL,
    buyer_email    text        NOT NULL,
    buyer_name     text        NOT NULL,
    buyer_language text        NOT NULL,
    status         text        NOT NULL
        CHECK (status IN ('reserved', 'paid', 'expired', 'cancelled', 'refunded')),
    total_amount   bigint      NOT NULL CHECK (total_amount >= 0),
    currency       char(3)     NOT NULL,
    secret_digest  text        NOT NULL,
    expires_at     timestamptz NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now()
);
-- What the expiry loop scans: only live holds.
CREATE INDEX orders_due_holds ON orders (expires_at) WHERE status = 'reserved';

CREATE TABLE order_lines (
    order_id         uuid    NOT NULL REFERENCES orders (id),
    ticket_type_id   uuid    NOT NULL REFERENCES ticket_types (id),
    ticket_type_name text    NOT NULL,
    quantity         integer NOT NULL CHECK (quantity >= 1),
    unit_amount      bigint  NOT NULL CHECK (unit_amount >= 0),
    currency         char(3) NOT NULL,
    PRIMARY KEY (order_id, ticket_type_id)
);

-- A retried POST /orders finds its order here. The plain secret is kept so that the
-- retry can be answered; keys (and with them the secrets) are purged after a day.
CREATE TABLE idempotency_keys (
    key          text PRIMARY KEY,
    fingerprint  text        NOT NULL,
    order_id     uuid        NOT NULL REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED,
    order_secret text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE payments (
    id                  uuid PRIMARY KEY,
    order_id            uuid        NOT NULL REFERENCES orders (id),
    provider            text        NOT NULL,
    provider_payment_id text,
    checkout_url        text,
    amount              bigint      NOT NULL CHECK (amount >= 0),
    currency            char(3)     NOT NULL,
    status              text        NOT NULL CHECK (status IN ('pending', 'declined', 'succeeded', 'refunded')),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    UNIQUE (provider, provider_payment_id)
);
CREATE INDEX payments_order ON payments (order_id);

-- Money given back; `requested` until the provider confirmed, retried until then.
CREATE TABLE refunds (
    id                 uuid PRIMARY KEY,
    payment_id         uuid        NOT NULL REFERENCES payments (id),
    amount             bigint      NOT NULL CHECK (amount >= 0),
    currency           char(3)     NOT NULL,
    reason             text        NOT NULL,
    status             text        NOT NULL CHECK (status IN ('requested', 'succeeded')),
    provider_refund_id text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_requested ON refunds (created_at) WHERE status = 'requested';

CREATE TABLE tickets (
    id               uuid PRIMARY KEY,
    order_id         uuid        NOT NULL REFERENCES orders (id),
    ticket_type_id   uuid        NOT NULL REFERENCES ticket_types (id),
    ticket_type_name text        NOT NULL,
    code             text        NOT NULL UNIQUE,
    status           text        NOT NULL DEFAULT 'valid',
    issued_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tickets_order ON tickets (order_id);

-- Webhooks already applied: a replayed id changes nothing.
CREATE TABLE webhook_receipts (
    provider    text        NOT NULL,
    webhook_id  text        NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, webhook_id)
);
CREATE INDEX webhook_receipts_received ON webhook_receipts (received_at);
