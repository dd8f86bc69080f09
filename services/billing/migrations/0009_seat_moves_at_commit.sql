-- Seat moves applied at commit, announced in batches.
--
-- Every buyer of a ticket type needs its counters row. Updated mid-transaction, that row
-- stays locked until the client's COMMIT arrives: a round trip plus however long a busy
-- event loop takes to send it, and every other buyer waits that long. A transaction
-- instead journals the move here; a deferred trigger applies it while PostgreSQL commits,
-- so the row is locked for microseconds. A move that would exceed capacity raises
-- `seats_sold_out` and the whole transaction rolls back.
CREATE TABLE seat_moves (
    id             bigserial PRIMARY KEY,
    ticket_type_id uuid    NOT NULL,
    held           integer NOT NULL,
    sold           integer NOT NULL
);

-- A moved counter is announced (SeatsAvailabilityChanged) by billing's announcer loop, which
-- reads the latest counters: one message per ticket type per tick, not one per sale.
ALTER TABLE ticket_types ADD COLUMN announce_due boolean NOT NULL DEFAULT false;
CREATE INDEX ticket_types_announce_due ON ticket_types (id) WHERE announce_due;

CREATE FUNCTION apply_seat_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ticket_types SET held = held + NEW.held, sold = sold + NEW.sold, announce_due = true
     WHERE id = NEW.ticket_type_id
       AND (NEW.held + NEW.sold <= 0 OR sold + held + NEW.held + NEW.sold <= capacity);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'seats_sold_out' USING DETAIL = NEW.ticket_type_id::text;
    END IF;
    DELETE FROM seat_moves WHERE id = NEW.id;
    RETURN NULL;
END $$;

-- Deferred events fire in the order their rows were inserted: callers insert moves in
-- ticket-type id order, the order every other path locks these rows in.
CREATE CONSTRAINT TRIGGER seat_move_at_commit AFTER INSERT ON seat_moves
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION apply_seat_move();
