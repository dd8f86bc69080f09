-- An organisation may organise an event itself, not only through a partnership.
CREATE TABLE event_organiser_organisations (
    event_id        uuid NOT NULL,
    organisation_id uuid NOT NULL,
    PRIMARY KEY (event_id, organisation_id)
);
