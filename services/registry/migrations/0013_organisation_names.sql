-- Organisation names are unique per country and city, compared by a normalised key that ignores case,
-- accents, apostrophes and runs of spaces or punctuation: 'LVIV  polytechnic-national' = 'Lviv Polytechnic National'.
-- The key is defined once, here, so the index, the API's check and the imports cannot disagree. Case is folded
-- by this function itself: lower() follows the cluster's locale, and C (ours) folds ASCII letters only.
CREATE FUNCTION organisation_name_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(regexp_replace(translate(
    lower(regexp_replace(normalize(name, NFKD), '[\u0300-\u036f]', '', 'g') COLLATE "C"),
    'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЂЄЅІЈЉЊЋЏҐҒҚҢҮҰҺӘӨΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩØŁÆĐÞŒ',
    'абвгдежзиклмнопрстуфхцчшщъыьэюяђєѕіјљњћџґғқңүұһәөαβγδεζηθικλμνξοπρστυφχψωøłæđþœ'),
    '[''`\u2018\u2019\u02b9\u02bc]', '', 'g'),
    '[[:space:]!-/:-@\[-`{-~\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u3000-\u303f]+', ' ', 'g'));

-- Rows registered twice before the rule stay (partnerships, experts and other services refer to them), but
-- only the oldest of each name counts: the later ones point at it, for operators to merge, and the unique
-- index leaves them out. A marked row renamed or moved loses its mark and is checked like any other.
ALTER TABLE organisations ADD COLUMN duplicate_of uuid REFERENCES organisations (id);

WITH named AS (
    SELECT id, first_value(id) OVER (
        PARTITION BY country, organisation_name_key(city), organisation_name_key(name) ORDER BY created_at, id
    ) AS oldest
    FROM organisations
)
UPDATE organisations SET duplicate_of = named.oldest
FROM named WHERE organisations.id = named.id AND named.oldest <> named.id;

CREATE UNIQUE INDEX organisations_unique_name
    ON organisations (country, organisation_name_key(city), organisation_name_key(name)) WHERE duplicate_of IS NULL;
-- Imports find organisations by name alone too.
CREATE INDEX organisations_by_name_key ON organisations (organisation_name_key(name));
