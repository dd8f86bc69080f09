"""Searching experts: the caller's audience picks the columns; facets come from the in-memory index when it is
current, else from SQL (cached per data generation)."""

import asyncpg

from services.registry.experts import repository as experts
from services.registry.experts.domain import Audience
from services.registry.experts.service import audience_of
from services.registry.search import query as sql
from services.registry.search.facets import FacetIndex, FacetIndexHolder
from services.registry.search.query import ExpertQuery
from shared.auth import Principal

PREFIX = {Audience.PUBLIC: "pub", Audience.NETWORK: "net"}
WORD_SIMILARITY = 0.45  # pg_trgm's 0.6 misses a swapped pair of letters in a surname


class FacetCache:
    """Results by key, valid while no expert changed (the key holds `search_generation`)."""

    def __init__(self, size: int = 512) -> None:
        self._size = size
        self._entries: dict[tuple, object] = {}

    def get(self, key: tuple):
        return self._entries.get(key)

    def put(self, key: tuple, value) -> None:
        if len(self._entries) >= self._size:
            self._entries.pop(next(iter(self._entries)))
        self._entries[key] = value


async def search_experts(pool: asyncpg.Pool, caller: Principal | None, query: ExpertQuery, cache: FacetCache,
                         holder: FacetIndexHolder) -> dict:
    prefix = PREFIX[min(audience_of(caller), Audience.NETWORK)]
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(f"SET LOCAL pg_trgm.word_similarity_threshold = {WORD_SIMILARITY}")
        generation = await conn.fetchval("SELECT n FROM search_generation")
        if (index := holder.usable(generation)) is None:
            holder.refresh(pool)
        after = sql.decode_cursor(query.cursor) if query.cursor else None
        if index is not None and not query.q:
            mask = index.mask(query, prefix, None)
            rows = [{"expert_id": i, "score": 0.0} for i in index.page(mask, after and after[1], query.limit + 1)]
            facets = index.counts(mask, prefix)
        elif index is not None:
            ranked, matching = await _text_matches(conn, index, query.q, prefix, cache)
            mask = index.mask(query, prefix, matching)
            rows = [{"expert_id": i, "score": s} for s, i in index.ranked_page(ranked, mask, after, query.limit + 1)]
            facets = index.counts(mask, prefix)
        else:
            statement, params = sql.page_sql(query, prefix)
            rows = await conn.fetch(statement, *params)
            facets = await _facets(conn, generation, query, prefix, cache)
        found = await experts.load_many(conn, [r["expert_id"] for r in rows[: query.limit]])
    more = len(rows) > query.limit
    return {
        "items": [found[r["expert_id"]].visible_to(audience_of(caller, found[r["expert_id"]]))
                  for r in rows[: query.limit]],
        "total": facets.pop("total"),
        "facets": facets,
        "next_cursor": sql.encode_cursor(rows[query.limit - 1]["score"], rows[query.limit - 1]["expert_id"])
        if more else None,
    }


async def _text_matches(conn, index: FacetIndex, q: str, prefix: str, cache: FacetCache) -> tuple[list, int]:
    """Every text match ranked best first, and as a bitset; kept while the data does not change."""
    key = (index.generation, prefix, "text", q)
    if (found := cache.get(key)) is None:
        statement, params = sql.matching_sql(q, prefix)
        rows = await conn.fetch(statement, *params)
        ranked = [(s, i) for _, _, s, i in sorted((-r["score"], r["expert_id"].int, r["score"], r["expert_id"])
                                                  for r in rows)]  # ints and floats sort in C; UUIDs would not
        found = (ranked, index.bitset_of([i for _, i in ranked]))
        cache.put(key, found)
    return found


async def _facets(conn, generation: int, query: ExpertQuery, prefix: str, cache: FacetCache) -> dict:
    key = (generation, prefix, query.q, tuple(sorted((k, tuple(sorted(v))) for k, v in query.filters.items())),
           tuple(sorted(query.organisation_ids)))
    if (cached := cache.get(key)) is None:
        statement, params = sql.facets_sql(query, prefix)
        counts: dict = {facet: {} for facet in sql.FACETS}
        total = 0
        for row in await conn.fetch(statement, *params):
            if row["facet"] == "total":
                total = row["count"]
            else:
                counts[row["facet"]][row["value"]] = row["count"]
        cached = {"total": total, **{f: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for f, c in counts.items()}}
        cache.put(key, cached)
    return {k: (dict(v) if isinstance(v, dict) else v) for k, v in cached.items()}
