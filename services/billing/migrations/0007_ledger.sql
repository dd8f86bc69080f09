-- The revenue-split ledger: append-only, double entry, integer minor units (debit > 0, credit < 0).
-- One transaction per sale (the order's payment) and per refund; each must sum to zero, which a
-- deferred constraint trigger checks when the writing transaction commits.
CREATE TABLE ledger_transactions (
    id         uuid PRIMARY KEY,
    event_id   uuid        NOT NULL REFERENCES events (id),
    order_id   uuid        NOT NULL REFERENCES orders (id),
    kind       text        NOT NULL CHECK (kind IN ('sale', 'refund')),
    refund_id  uuid UNIQUE REFERENCES refunds (id),
    currency   char(3)     NOT NULL,
    fee_bps    integer,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX ledger_one_sale_per_order ON ledger_transactions (order_id) WHERE kind = 'sale';
CREATE INDEX ledger_transactions_event ON ledger_transactions (event_id);

CREATE TABLE ledger_entries (
    transaction_id uuid   NOT NULL REFERENCES ledger_transactions (id),
    account        text   NOT NULL,
    component      text   NOT NULL,
    amount         bigint NOT NULL,
    PRIMARY KEY (transaction_id, account, component)
);

CREATE FUNCTION ledger_transaction_balances() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT sum(amount) FROM ledger_entries WHERE transaction_id = NEW.transaction_id) <> 0 THEN
        RAISE EXCEPTION 'ledger transaction % does not sum to zero', NEW.transaction_id;
    END IF;
    RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER ledger_entries_balance AFTER INSERT ON ledger_entries
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_transaction_balances();
