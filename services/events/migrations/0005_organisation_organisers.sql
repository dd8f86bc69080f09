-- An organisation may organise an event on its own, beside or instead of partnerships:
-- each organiser row names exactly one of a partnership and an organisation.
ALTER TABLE event_organisers DROP CONSTRAINT event_organisers_pkey;
ALTER TABLE event_organisers
    ALTER COLUMN partnership_id DROP NOT NULL,
    ADD COLUMN organisation_id uuid,  -- known from the registry projection when drafted
    ADD CONSTRAINT event_organisers_one_kind CHECK ((partnership_id IS NULL) <> (organisation_id IS NULL)),
    ADD PRIMARY KEY (event_id, position);

CREATE UNIQUE INDEX event_organisers_partnership_once ON event_organisers (event_id, partnership_id)
    WHERE partnership_id IS NOT NULL;
CREATE UNIQUE INDEX event_organisers_organisation_once ON event_organisers (event_id, organisation_id)
    WHERE organisation_id IS NOT NULL;
-- The catalogue's organiser filter and calendar feeds look events up by organiser.
CREATE INDEX event_organisers_by_partnership ON event_organisers (partnership_id) WHERE partnership_id IS NOT NULL;
CREATE INDEX event_organisers_by_organisation ON event_organisers (organisation_id) WHERE organisation_id IS NOT NULL;
