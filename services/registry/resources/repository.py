"""Resource storage."""

from uuid import UUID

import asyncpg

from services.registry.resources.domain import Resource, ResourceQuery
from shared.contracts.registry import ResourceKind

_COLUMNS = ("kind", "organisation_id", "title", "description", "quantity", "city", "country", "available_from",
            "available_until", "conditions", "status")


async def save(conn: asyncpg.Connection, resource: Resource) -> None:
    values = [resource.id, *[getattr(resource, c) for c in _COLUMNS]]
    values[1] = resource.kind.value
    placeholders = ", ".join(f"${i}" for i in range(1, len(values) + 1))
    await conn.execute(
        f"INSERT INTO resources (id, {', '.join(_COLUMNS)}) VALUES ({placeholders})"
        f" ON CONFLICT (id) DO UPDATE SET {', '.join(f'{c} = EXCLUDED.{c}' for c in _COLUMNS)}",
        *values,
    )


async def load(conn: asyncpg.Connection, resource_id: UUID, *, lock: bool = False) -> Resource | None:
    row = await conn.fetchrow("SELECT * FROM resources WHERE id = $1" + (" FOR UPDATE" if lock else ""), resource_id)
    if row is None:
        return None
    values = {c: row[c] for c in _COLUMNS} | {"kind": ResourceKind(row["kind"]), "country": row["country"].strip()}
    return Resource(id=row["id"], **values)


# Listed resources matching a ResourceQuery; an open availability start or end is no limit.
_MATCHING = (
    " FROM resources WHERE status = 'listed'"
    " AND ($1::text IS NULL OR document @@ websearch_to_tsquery('simple', $1))"
    " AND ($2::text IS NULL OR kind = $2) AND ($3::text IS NULL OR lower(city) = lower($3))"
    " AND ($4::uuid IS NULL OR organisation_id = $4)"
    " AND ($5::date IS NULL OR coalesce(available_from, '-infinity'::date) <= $5)"
    " AND ($6::date IS NULL OR coalesce(available_until, 'infinity'::date) >= $6)"
)


def _matching(query: ResourceQuery) -> list:
    return [query.q, query.kind.value if query.kind else None, query.city, query.organisation_id,
            query.available_on, query.needed_until]


async def search(conn: asyncpg.Connection, query: ResourceQuery, *, limit: int, after: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, kind, organisation_id, title, description, quantity, city, country, available_from,"
        f" available_until, conditions, status{_MATCHING} AND ($7::uuid IS NULL OR id > $7) ORDER BY id LIMIT $8",
        *_matching(query), after, limit,
    )
    return [dict(r) | {"country": r["country"].strip()} for r in rows]


async def count_by_city(conn: asyncpg.Connection, query: ResourceQuery) -> list[dict]:
    """How many matching resources of each kind every city has."""
    rows = await conn.fetch(
        f"SELECT city, country, kind, count(*) AS n{_MATCHING} GROUP BY city, country, kind ORDER BY city, kind",
        *_matching(query))
    return [dict(r) | {"country": r["country"].strip()} for r in rows]
