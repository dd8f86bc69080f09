-- What the in-memory search index needs from the database, kept by triggers so that every
-- writer of expert_search (one expert, bulk imports, cascades) keeps it.

-- Every distinct name key experts have had, so a typo search scores each name once however
-- many experts share it, on a small table. A key no expert holds any more matches nobody.
CREATE TABLE expert_name_keys (name_key text PRIMARY KEY);
CREATE INDEX expert_name_keys_trgm ON expert_name_keys USING gin (name_key gin_trgm_ops);
INSERT INTO expert_name_keys SELECT DISTINCT name_key FROM expert_search;

-- Which experts changed at which search_generation: an index built at generation g answers
-- for the experts changed after g with SQL over just those. The generation is bumped under
-- its row lock, held until commit, so the numbers follow commit order and a reader that sees
-- generation n sees every change numbered up to n. The last 10,000 generations are kept.
CREATE TABLE expert_search_changes (
    generation bigint NOT NULL,
    expert_id  uuid   NOT NULL
);
CREATE INDEX expert_search_changes_generation ON expert_search_changes (generation);

CREATE FUNCTION expert_search_changed() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    now_at bigint;
BEGIN
    UPDATE search_generation SET n = n + 1 RETURNING n INTO now_at;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO expert_search_changes SELECT now_at, expert_id FROM removed;
    ELSE
        INSERT INTO expert_search_changes SELECT now_at, expert_id FROM added;
        INSERT INTO expert_name_keys SELECT DISTINCT name_key FROM added ON CONFLICT DO NOTHING;
    END IF;
    DELETE FROM expert_search_changes WHERE generation < now_at - 10000;
    RETURN NULL;
END
$$;
CREATE TRIGGER expert_search_added AFTER INSERT ON expert_search REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION expert_search_changed();
CREATE TRIGGER expert_search_updated AFTER UPDATE ON expert_search REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION expert_search_changed();
CREATE TRIGGER expert_search_removed AFTER DELETE ON expert_search REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION expert_search_changed();
