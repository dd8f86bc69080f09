"""Experts changed since the in-memory index was built: SQL answers for just those, merged into the index's answer.

So a write never sends every search back to SQL while the index rebuilds: the index answers
for the unchanged experts, SQL for the changed ones, and pages and counts are merged exactly.
"""

from dataclasses import replace
from uuid import UUID

from services.registry.search import query as sql
from services.registry.search.query import FACETS, ExpertQuery

KEPT_GENERATIONS = 10_000  # how far back expert_search_changes goes (migration 0010)
MOST_CHANGED = 2_000  # beyond this, SQL answers alone until the index is rebuilt


async def changed_since(conn, built: int, now: int) -> list[UUID] | None:
    """Experts changed after generation `built`; None when too many, or when the log no longer goes back so far."""
    if now - built > KEPT_GENERATIONS:
        return None
    rows = await conn.fetch("SELECT DISTINCT expert_id FROM expert_search_changes WHERE generation > $1 LIMIT $2",
                            built, MOST_CHANGED + 1)
    return None if len(rows) > MOST_CHANGED else [r["expert_id"] for r in rows]


async def answer(conn, query: ExpertQuery, prefix: str, lexemes: tuple[str, ...],
                 changed: list[UUID]) -> tuple[list, dict]:
    """Rows and counts among the changed experts, as they are now."""
    just = replace(query, only=tuple(changed))
    statement, params = sql.page_sql(just, prefix, lexemes)
    rows = await conn.fetch(statement, *params)
    counts: dict = {"total": 0, **{facet: {} for facet in FACETS}}
    statement, params = sql.facets_sql(just, prefix)
    for row in await conn.fetch(statement, *params):
        if row["facet"] == "total":
            counts["total"] = row["count"]
        else:
            counts[row["facet"]][row["value"]] = row["count"]
    return [dict(r) for r in rows], counts


def merged(query: ExpertQuery, rows: list[dict], more_rows: list, counts: dict, more_counts: dict) -> tuple[list, dict]:
    """Both pages in the search's order, cut to `limit + 1`; the counts added up."""
    key = (lambda r: (-r["score"], r["expert_id"])) if query.q else (lambda r: r["expert_id"])
    page = sorted([*rows, *more_rows], key=key)[: query.limit + 1]
    total = {"total": counts["total"] + more_counts["total"]}
    for facet in FACETS:
        added = dict(counts[facet])
        for value, n in more_counts[facet].items():
            added[value] = added.get(value, 0) + n
        total[facet] = dict(sorted(added.items(), key=lambda kv: (-kv[1], kv[0])))
    return page, total
