-- What the events service knows of the registry, projected from its topics.
-- No foreign keys between these tables: the two topics are consumed independently,
-- so a partnership may arrive before the organisations it names.
CREATE TABLE organisations (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL,
    country     char(2)     NOT NULL,
    city        text        NOT NULL,
    as_of       timestamptz NOT NULL  -- occurred_at of the event last applied
);

CREATE TABLE partnerships (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    programme   text,
    status      text        NOT NULL DEFAULT 'active',
    as_of       timestamptz NOT NULL
);

CREATE TABLE partnership_members (
    partnership_id  uuid NOT NULL REFERENCES partnerships (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL,
    role            text NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id)
);
