CREATE TABLE organisations (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL,
    country     char(2)     NOT NULL,
    city        text        NOT NULL,
    website     text,
    description text,
    status      text        NOT NULL DEFAULT 'active',
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partnerships (
    id         uuid PRIMARY KEY,
    name       text        NOT NULL,
    programme  text,
    status     text        NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE partnership_members (
    partnership_id  uuid NOT NULL REFERENCES partnerships (id),
    organisation_id uuid NOT NULL REFERENCES organisations (id),
    role            text NOT NULL,
    PRIMARY KEY (partnership_id, organisation_id)
);
