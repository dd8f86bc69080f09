-- Partial refunds, and refunds that happen exactly once per purpose.
ALTER TABLE orders DROP CONSTRAINT orders_status_check;
ALTER TABLE orders ADD CONSTRAINT orders_status_check
    CHECK (status IN ('reserved', 'paid', 'partially_refunded', 'expired', 'cancelled', 'refunded'));

-- `purpose` keys a refund: "event-cancelled:<order>" for the cancellation saga, "organiser:<key>" for an
-- organiser's request with an Idempotency-Key. A second attempt with the same purpose finds the first.
ALTER TABLE refunds ADD COLUMN order_id uuid REFERENCES orders (id);
ALTER TABLE refunds ADD COLUMN purpose text UNIQUE;
CREATE INDEX refunds_order ON refunds (order_id);

-- The cancellation saga's state: started when EventCancelled arrives, finished when no order of the
-- event is left paid or held. Each step is its own transaction, so a restart resumes where it stopped.
CREATE TABLE cancellations (
    event_id    uuid PRIMARY KEY REFERENCES events (id),
    reason      text        NOT NULL,
    started_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX cancellations_running ON cancellations (started_at) WHERE finished_at IS NULL;

-- The sandbox provider's refunds: several partial ones per payment, never more than was paid.
CREATE TABLE sandbox_refunds (
    reference  uuid PRIMARY KEY,
    payment_id text        NOT NULL REFERENCES sandbox_payments (id),
    amount     bigint      NOT NULL CHECK (amount > 0),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sandbox_refunds_payment ON sandbox_refunds (payment_id);
