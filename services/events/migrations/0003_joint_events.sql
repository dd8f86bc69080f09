-- Joint events in full: texts by language, agenda, audience, consent of co-organisers,
-- quotas, hidden ticket types; the registry's experts and billing's seat counts, projected.
ALTER TABLE events
    ADD COLUMN titles          jsonb   NOT NULL DEFAULT '{}',
    ADD COLUMN descriptions    jsonb   NOT NULL DEFAULT '{}',
    ADD COLUMN languages       text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN tags            text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN sectors         text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN audience        text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN capacity        integer CHECK (capacity >= 1),
    ADD COLUMN cover_image_url text,
    ADD COLUMN quotas          jsonb   NOT NULL DEFAULT '{}',  -- quota name → capacity
    ADD COLUMN cancel_reason   text,
    ADD COLUMN revision        integer NOT NULL DEFAULT 0;

UPDATE events SET titles = jsonb_build_object('en', title) WHERE titles = '{}';
UPDATE events SET descriptions = jsonb_build_object('en', description)
    WHERE description IS NOT NULL AND descriptions = '{}';

CREATE INDEX events_tags ON events USING gin (tags) WHERE status = 'published';

ALTER TABLE event_organisers
    ADD COLUMN consented_by text,  -- the subject of the token that consented; NULL: not yet
    ADD COLUMN consented_at timestamptz;

ALTER TABLE ticket_types
    ADD COLUMN visibility text NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'hidden')),
    ADD COLUMN quota      text;

CREATE TABLE sessions (
    id         uuid PRIMARY KEY,
    event_id   uuid        NOT NULL REFERENCES events (id),
    position   smallint    NOT NULL,
    title      text        NOT NULL,
    starts_at  timestamptz NOT NULL,
    ends_at    timestamptz NOT NULL,
    room       text,
    speakers   uuid[]      NOT NULL DEFAULT '{}',
    moderators uuid[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX sessions_of_event ON sessions (event_id, position);

-- registry.expert.v1: who may speak or moderate.
CREATE TABLE experts (
    id        uuid PRIMARY KEY,
    name      text        NOT NULL,
    withdrawn boolean     NOT NULL DEFAULT false,
    as_of     timestamptz NOT NULL
);

-- billing.inventory.v1: seats per ticket type, as billing last counted them.
CREATE TABLE seats (
    ticket_type_id uuid PRIMARY KEY,
    event_id       uuid        NOT NULL,
    capacity       integer     NOT NULL,
    sold           integer     NOT NULL,
    held           integer     NOT NULL,
    seats_left     integer     NOT NULL,
    as_of          timestamptz NOT NULL
);
CREATE INDEX seats_of_event ON seats (event_id);
