-- The sandbox payment provider's own books, standing in for a real provider's storage.
-- Only services/billing/sandbox.py touches this table.
CREATE TABLE sandbox_payments (
    id               text PRIMARY KEY,
    reference        uuid        NOT NULL UNIQUE,
    amount           bigint      NOT NULL,
    currency         char(3)     NOT NULL,
    description      text        NOT NULL,
    status           text        NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'declined', 'succeeded', 'refunded')),
    refund_reference uuid,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
