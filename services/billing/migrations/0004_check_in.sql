-- Door check-in: when a ticket was admitted. A voided ticket (its order refunded) admits no one.
ALTER TABLE tickets ADD COLUMN checked_in_at timestamptz;
ALTER TABLE tickets ADD CONSTRAINT tickets_status_known CHECK (status IN ('valid', 'voided'));
CREATE INDEX tickets_ticket_type ON tickets (ticket_type_id);
CREATE INDEX orders_event ON orders (event_id, id);
-- What was given back on an order so far (partial and full refunds).
ALTER TABLE orders ADD COLUMN refunded_amount bigint NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0);
