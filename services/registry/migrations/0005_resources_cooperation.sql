-- What organisations share (resources) and how partnerships ask each other for help.
CREATE TABLE resources (
    id              uuid PRIMARY KEY,
    kind            text        NOT NULL,
    organisation_id uuid        NOT NULL REFERENCES organisations (id),
    title           text        NOT NULL,
    description     text,
    quantity        integer     NOT NULL CHECK (quantity > 0),
    city            text        NOT NULL,
    country         char(2)     NOT NULL,
    available_from  date,
    available_until date,
    conditions      text,
    status          text        NOT NULL DEFAULT 'listed' CHECK (status IN ('listed', 'withdrawn')),
    created_at      timestamptz NOT NULL DEFAULT now(),
    document        tsvector GENERATED ALWAYS AS (
        to_tsvector('simple', title || ' ' || coalesce(description, '') || ' ' || city)) STORED
);
CREATE INDEX resources_document ON resources USING gin (document);
CREATE INDEX resources_organisation ON resources (organisation_id);

CREATE TABLE cooperation_requests (
    id                        uuid PRIMARY KEY,
    requesting_partnership_id uuid        NOT NULL REFERENCES partnerships (id),
    requested_partnership_id  uuid        NOT NULL REFERENCES partnerships (id),
    expert_id                 uuid REFERENCES experts (id),
    resource_id               uuid REFERENCES resources (id),
    purpose                   text        NOT NULL CHECK (purpose IN ('project', 'event')),
    event_id                  uuid,
    starts_on                 date        NOT NULL,
    ends_on                   date        NOT NULL,
    message                   text,
    status                    text        NOT NULL DEFAULT 'pending',
    requested_by              uuid        NOT NULL,
    answered_by               uuid,
    expires_at                timestamptz NOT NULL,
    created_at                timestamptz NOT NULL DEFAULT now(),
    answered_at               timestamptz,
    CHECK ((expert_id IS NULL) <> (resource_id IS NULL)),
    CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn', 'expired'))
);
CREATE INDEX cooperation_requests_pending ON cooperation_requests (expires_at) WHERE status = 'pending';
CREATE INDEX cooperation_requests_requesting ON cooperation_requests (requesting_partnership_id);
CREATE INDEX cooperation_requests_requested ON cooperation_requests (requested_partnership_id);
