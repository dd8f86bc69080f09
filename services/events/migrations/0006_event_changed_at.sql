-- When an event last changed: its calendar entries' DTSTAMP. The database sets it on every update that
-- changes the row (saving an unchanged event leaves it, so an unchanged feed reads the same every time).
ALTER TABLE events ADD COLUMN changed_at timestamptz;
UPDATE events SET changed_at = greatest(created_at, published_at);
ALTER TABLE events ALTER COLUMN changed_at SET NOT NULL, ALTER COLUMN changed_at SET DEFAULT now();

CREATE FUNCTION events_mark_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_at := now();
    RETURN NEW;
END $$;

CREATE TRIGGER events_changed BEFORE UPDATE ON events
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION events_mark_changed();
