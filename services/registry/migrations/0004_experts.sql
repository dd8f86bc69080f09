-- Experts, the skills taxonomy, and what search needs to find them quickly.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE TABLE skills (
    slug   text PRIMARY KEY,
    name   text  NOT NULL,
    names  jsonb NOT NULL DEFAULT '{}'::jsonb,  -- ISO 639-1 → name
    parent text REFERENCES skills (slug)
);

INSERT INTO skills (slug, name, names, parent) VALUES
    ('creative-industries', 'Creative industries', '{"uk": "Креативні індустрії", "kk": "Шығармашылық индустриялар"}', NULL),
    ('design-thinking', 'Design thinking', '{"uk": "Дизайн-мислення"}', 'creative-industries'),
    ('service-design', 'Service design', '{"uk": "Дизайн послуг"}', 'creative-industries'),
    ('game-design', 'Game design', '{"uk": "Геймдизайн"}', 'creative-industries'),
    ('film-production', 'Film production', '{"uk": "Кіновиробництво"}', 'creative-industries'),
    ('music-business', 'Music business', '{"uk": "Музичний бізнес"}', 'creative-industries'),
    ('fashion-design', 'Fashion design', '{"uk": "Дизайн одягу"}', 'creative-industries'),
    ('digital-technology', 'Digital technology', '{"uk": "Цифрові технології"}', NULL),
    ('software-engineering', 'Software engineering', '{"uk": "Програмна інженерія"}', 'digital-technology'),
    ('data-science', 'Data science', '{"uk": "Наука про дані"}', 'digital-technology'),
    ('artificial-intelligence', 'Artificial intelligence', '{"uk": "Штучний інтелект"}', 'digital-technology'),
    ('ux-design', 'UX design', '{"uk": "UX-дизайн"}', 'digital-technology'),
    ('cybersecurity', 'Cybersecurity', '{"uk": "Кібербезпека"}', 'digital-technology'),
    ('entrepreneurship', 'Entrepreneurship', '{"uk": "Підприємництво"}', NULL),
    ('business-modelling', 'Business modelling', '{"uk": "Бізнес-моделювання"}', 'entrepreneurship'),
    ('startup-funding', 'Startup funding', '{"uk": "Фінансування стартапів"}', 'entrepreneurship'),
    ('marketing', 'Marketing', '{"uk": "Маркетинг"}', 'entrepreneurship'),
    ('intellectual-property', 'Intellectual property', '{"uk": "Інтелектуальна власність"}', 'entrepreneurship'),
    ('pitching', 'Pitching', '{"uk": "Пітчинг"}', 'entrepreneurship'),
    ('education', 'Education', '{"uk": "Освіта"}', NULL),
    ('curriculum-design', 'Curriculum design', '{"uk": "Розробка навчальних програм"}', 'education'),
    ('work-based-learning', 'Work-based learning', '{"uk": "Навчання на робочому місці"}', 'education'),
    ('culture-heritage', 'Culture and heritage', '{"uk": "Культура і спадщина"}', NULL),
    ('museum-management', 'Museum management', '{"uk": "Музейний менеджмент"}', 'culture-heritage'),
    ('creative-tourism', 'Creative tourism', '{"uk": "Креативний туризм"}', 'culture-heritage');

CREATE TABLE experts (
    id               uuid PRIMARY KEY,
    name             text        NOT NULL,
    organisation_ids uuid[]      NOT NULL,
    skills           text[]      NOT NULL DEFAULT '{}',
    languages        text[]      NOT NULL DEFAULT '{}',
    roles            text[]      NOT NULL DEFAULT '{}',
    city             text,
    country          char(2),
    available_remote boolean     NOT NULL DEFAULT false,
    availability     text,
    bio              text,
    email            text,
    phone            text,
    visibility       jsonb       NOT NULL,
    user_id          uuid REFERENCES users (id),
    status           text        NOT NULL DEFAULT 'published' CHECK (status IN ('published', 'withdrawn')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- What each audience may search and count by: `pub_` for everyone, `net_` for network members.
-- A field appears here only if the expert's visibility lets that audience see it; skill
-- columns hold every ancestor too, so a filter on a skill finds its sub-skills.
CREATE TABLE expert_search (
    expert_id          uuid PRIMARY KEY REFERENCES experts (id) ON DELETE CASCADE,
    name               text     NOT NULL,
    name_key           text     NOT NULL,  -- lower-case ASCII transliteration: typo- and script-tolerant
    organisation_ids   uuid[]   NOT NULL,
    organisation_kinds text[]   NOT NULL,
    pub_document       tsvector NOT NULL,
    pub_city           text,
    pub_country        text,
    pub_languages      text[]   NOT NULL,
    pub_skills         text[]   NOT NULL,
    pub_roles          text[]   NOT NULL,
    net_document       tsvector NOT NULL,
    net_city           text,
    net_country        text,
    net_languages      text[]   NOT NULL,
    net_skills         text[]   NOT NULL,
    net_roles          text[]   NOT NULL
);
CREATE INDEX expert_search_name_trgm ON expert_search USING gin (name_key gin_trgm_ops);
CREATE INDEX expert_search_pub_document ON expert_search USING gin (pub_document);
CREATE INDEX expert_search_net_document ON expert_search USING gin (net_document);
CREATE INDEX expert_search_pub_arrays ON expert_search USING gin (pub_skills, pub_languages, pub_roles, organisation_kinds);
CREATE INDEX expert_search_net_arrays ON expert_search USING gin (net_skills, net_languages, net_roles, organisation_kinds);
CREATE INDEX expert_search_pub_city ON expert_search (lower(pub_city));
CREATE INDEX expert_search_net_city ON expert_search (lower(net_city));
CREATE INDEX expert_search_pub_country ON expert_search (pub_country);
CREATE INDEX expert_search_net_country ON expert_search (net_country);
CREATE INDEX expert_search_organisations ON expert_search USING gin (organisation_ids);
ALTER TABLE organisations ADD COLUMN name_key text NOT NULL DEFAULT '';
CREATE INDEX organisations_name_trgm ON organisations USING gin (name_key gin_trgm_ops);
