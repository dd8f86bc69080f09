"""Searching experts: the caller's audience picks the columns.

The in-memory index answers (text, names, facets, pages), with SQL answering for the experts
changed since it was built; SQL answers alone with no index yet, after very many changes, and
for quoted phrases (facets cached per data generation). One repeatable-read snapshot throughout.
"""

import time
from dataclasses import replace
from uuid import UUID

import asyncpg

from services.registry.experts import repository as experts
from services.registry.experts.domain import Audience
from services.registry.experts.service import audience_of
from services.registry.search import memory, overlay, repository
from services.registry.search import query as sql
from services.registry.search.facets import FacetIndex
from services.registry.search.holder import FacetIndexHolder
from services.registry.search.query import ExpertQuery
from services.registry.search.text import parse
from shared.auth import Principal
from shared.errors import NotFound

PREFIX = {Audience.PUBLIC: "pub", Audience.NETWORK: "net"}
REBUILD_AFTER_CHANGES, REBUILD_AFTER_S = 200, 30.0  # until then the index answers with the changes merged in
NOBODY = UUID(int=0)  # an organisation no expert has: an empty scope finds nobody, not everybody


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
                         holder: FacetIndexHolder, network_id: UUID | None = None) -> dict:
    prefix = PREFIX[min(audience_of(caller), Audience.NETWORK)]
    async with pool.acquire() as conn, conn.transaction(isolation="repeatable_read", readonly=True):
        if network_id is not None:
            query = await _within_network(conn, query, network_id)
        text = None
        if query.q:
            statement, params = sql.tsquery_sql(query.q)
            row = await conn.fetchrow(statement, *params)
            generation, text = row["n"], parse(row["tsquery"])
        else:
            generation = await conn.fetchval("SELECT n FROM search_generation")
        index, changed = await _index_for(conn, pool, holder, generation)
        lexemes = text.lexemes if text else ()
        if index is not None and (text is None or text.in_memory):
            rows, facets = await memory.answer(conn, index, query, text, prefix, index.bitset_of(changed))
            if changed:
                more_rows, more_facets = await overlay.answer(conn, query, prefix, lexemes, changed)
                rows, facets = overlay.merged(query, rows, more_rows, facets, more_facets)
        else:
            statement, params = sql.page_sql(query, prefix, lexemes)
            rows = await conn.fetch(statement, *params)
            facets = await _facets(conn, generation, query, prefix, cache)
        found = await experts.load_many(conn, [r["expert_id"] for r in rows[: query.limit]])
        items = [found[r["expert_id"]].visible_to(audience_of(caller, found[r["expert_id"]]))
                 for r in rows[: query.limit]]
        organisations = await repository.organisations(conn, list({o for e in items for o in e["organisation_ids"]}))
    more = len(rows) > query.limit
    return {
        "items": items,
        "total": facets.pop("total"),
        "facets": facets,
        "organisations": organisations,
        "next_cursor": sql.encode_cursor(rows[query.limit - 1]["score"], rows[query.limit - 1]["expert_id"])
        if more else None,
    }


async def _within_network(conn, query: ExpertQuery, network_id: UUID) -> ExpertQuery:
    """The search narrowed to the organisations of the network's partnerships (and to those asked for, if any)."""
    if not await repository.network_exists(conn, network_id):
        raise NotFound(f"network_id: no network {network_id}")
    members = set(await repository.network_organisation_ids(conn, network_id))
    scope = members & set(query.organisation_ids) if query.organisation_ids else members
    return replace(query, organisation_ids=tuple(sorted(scope)) or (NOBODY,))


async def _index_for(conn, pool: asyncpg.Pool, holder: FacetIndexHolder,
                     generation: int) -> tuple[FacetIndex | None, list[UUID]]:
    """The index, with the experts changed since it was built; None when SQL must answer alone."""
    index = holder.index
    if index is not None and index.generation == generation:
        return index, []
    changed = None  # also for an index newer than this snapshot: it would answer with what this one cannot load
    if index is not None and index.generation < generation:
        changed = await overlay.changed_since(conn, index.generation, generation)
    if changed is None or len(changed) > REBUILD_AFTER_CHANGES or time.monotonic() - index.built_at > REBUILD_AFTER_S:
        holder.refresh(pool)
    return (index, changed) if changed is not None else (None, [])


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
