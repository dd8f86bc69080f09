-- Vouchers: a percentage or a fixed amount off, for a whole event or one ticket type, used at most
-- `max_uses` times within a validity window. `uses` moves only by conditional UPDATEs, so concurrent
-- orders can never redeem more than `max_uses`; an expired or cancelled hold gives its use back.
CREATE TABLE vouchers (
    id             uuid PRIMARY KEY,
    event_id       uuid        NOT NULL REFERENCES events (id),
    code           text        NOT NULL,
    ticket_type_id uuid REFERENCES ticket_types (id),
    kind           text        NOT NULL CHECK (kind IN ('percentage', 'fixed')),
    percent        integer CHECK (percent BETWEEN 1 AND 100),
    amount         bigint CHECK (amount >= 1),
    currency       char(3),
    max_uses       integer     NOT NULL CHECK (max_uses >= 1),
    uses           integer     NOT NULL DEFAULT 0 CHECK (uses >= 0 AND uses <= max_uses),
    valid_from     timestamptz,
    valid_until    timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (event_id, code),
    CHECK ((kind = 'percentage' AND percent IS NOT NULL AND amount IS NULL)
        OR (kind = 'fixed' AND amount IS NOT NULL AND currency IS NOT NULL AND percent IS NULL))
);

ALTER TABLE orders ADD COLUMN discount_amount bigint NOT NULL DEFAULT 0 CHECK (discount_amount >= 0);
ALTER TABLE orders ADD COLUMN voucher_id uuid REFERENCES vouchers (id);
ALTER TABLE orders ADD COLUMN voucher_code text;
