-- Bumped with every change to expert_search, so cached facet counts know when they went stale.
CREATE TABLE search_generation (n bigint NOT NULL);
INSERT INTO search_generation VALUES (0);
