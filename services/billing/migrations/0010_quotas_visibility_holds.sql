-- Shared quotas, hidden ticket types, a hold length per event, and the event's latest dates.

-- Seats several ticket types of one event share: together they sell at most `capacity`.
CREATE TABLE quotas (
    event_id uuid    NOT NULL REFERENCES events (id),
    name     text    NOT NULL,
    capacity integer NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (event_id, name)
);

-- Hidden types are sold to whoever has their id (partners) but not listed publicly.
ALTER TABLE ticket_types ADD COLUMN visibility text NOT NULL DEFAULT 'public'
    CHECK (visibility IN ('public', 'hidden'));
ALTER TABLE ticket_types ADD COLUMN quota text;

-- Organisers may hold seats longer or shorter than the service's default (BILLING_HOLD_MINUTES).
ALTER TABLE events ADD COLUMN hold_minutes integer CHECK (hold_minutes BETWEEN 1 AND 1440);
ALTER TABLE events ADD COLUMN ends_at timestamptz;
ALTER TABLE events ADD COLUMN timezone text;

-- A move that adds seats to a ticket type in a quota also checks the quota. The quota's row is
-- locked first (the order every path takes), then the ticket type's; seats of the other types
-- in the quota are counted as committed, their own moves waiting on the quota's lock.
CREATE OR REPLACE FUNCTION apply_seat_move() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved ticket_types%ROWTYPE;
    shared quotas%ROWTYPE;
BEGIN
    IF NEW.held + NEW.sold > 0 THEN
        SELECT q.* INTO shared FROM quotas q JOIN ticket_types t ON t.event_id = q.event_id AND t.quota = q.name
         WHERE t.id = NEW.ticket_type_id FOR UPDATE OF q;
        IF FOUND AND (SELECT coalesce(sum(sold + held), 0) FROM ticket_types
                       WHERE event_id = shared.event_id AND quota = shared.name)
                     + NEW.held + NEW.sold > shared.capacity THEN
            RAISE EXCEPTION 'seats_sold_out' USING DETAIL = NEW.ticket_type_id::text;
        END IF;
    END IF;
    UPDATE ticket_types SET held = held + NEW.held, sold = sold + NEW.sold, announce_due = true
     WHERE id = NEW.ticket_type_id
       AND (NEW.held + NEW.sold <= 0 OR sold + held + NEW.held + NEW.sold <= capacity)
    RETURNING * INTO moved;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'seats_sold_out' USING DETAIL = NEW.ticket_type_id::text;
    END IF;
    DELETE FROM seat_moves WHERE id = NEW.id;
    RETURN NULL;
END $$;

-- The occurred_at of the latest rescheduling applied: an older one arriving late is ignored.
ALTER TABLE events ADD COLUMN rescheduled_at timestamptz;
