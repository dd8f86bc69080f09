-- An organisation may organise an event on its own (EventPublished's organisers then name it
-- by organisation_id): its admins organise the event, and its share is credited to it.
ALTER TABLE event_organisers DROP CONSTRAINT event_organisers_pkey;
ALTER TABLE event_organisers
    ALTER COLUMN partnership_id DROP NOT NULL,
    ADD COLUMN organisation_id uuid,
    ADD CONSTRAINT event_organisers_one_kind CHECK ((partnership_id IS NULL) <> (organisation_id IS NULL)),
    -- The ledger's account for the organiser: organiser:<this id>.
    ADD COLUMN organiser_id uuid GENERATED ALWAYS AS (coalesce(partnership_id, organisation_id)) STORED,
    ADD PRIMARY KEY (event_id, organiser_id);
CREATE INDEX event_organisers_organisation ON event_organisers (organisation_id) WHERE organisation_id IS NOT NULL;
