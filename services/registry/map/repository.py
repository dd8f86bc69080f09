"""What the map reads: the network's nodes and edges, within a scope. SQL only.

`prefix` picks the expert columns the caller's audience may see (`pub_` or `net_`), so
a hidden city or skill never places or filters an expert on the map.
"""

from uuid import UUID

import asyncpg

from services.registry.map.domain import Scope
from services.registry.search import query as search_sql
from services.registry.search.query import WORD_SIMILARITY, ExpertQuery


class _Params(list):
    """Numbered placeholders, in the form the expert search's `conditions` fills."""

    def __call__(self, value) -> str:
        self.append(value)
        return f"${len(self)}"


# The same lower() on both sides, so any case matches whatever the database's locale folds.
IN_CITIES = "($2::text[] IS NULL OR lower(city) IN (SELECT lower(c) FROM unnest($2) c))"


async def partnerships(conn: asyncpg.Connection, network_id: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, name, programme, status FROM partnerships p WHERE $1::uuid IS NULL OR EXISTS"
        " (SELECT 1 FROM network_partnerships n WHERE n.partnership_id = p.id AND n.network_id = $1)", network_id)
    return [dict(r) for r in rows]


async def networks(conn: asyncpg.Connection, network_id: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT n.id, n.name, coalesce(array_agg(np.partnership_id) FILTER (WHERE np.partnership_id IS NOT NULL),"
        " '{}') AS partnership_ids FROM networks n LEFT JOIN network_partnerships np ON np.network_id = n.id"
        " WHERE $1::uuid IS NULL OR n.id = $1 GROUP BY n.id", network_id)
    return [dict(r) for r in rows]


async def members(conn: asyncpg.Connection, partnership_ids: list[UUID]) -> list[dict]:
    rows = await conn.fetch("SELECT partnership_id, organisation_id, role FROM partnership_members"
                            " WHERE partnership_id = ANY($1::uuid[])", partnership_ids)
    return [dict(r) for r in rows]


async def organisations(conn: asyncpg.Connection, ids: list[UUID] | None, scope: Scope, prefix: str) -> list[dict]:
    """Active organisations in the scope; when it picks experts, only those a matching expert belongs to."""
    params = _Params([ids, scope.cities, scope.countries, scope.kinds])
    with_experts = ""
    if scope.picks_experts:
        where = " AND ".join(search_sql.conditions(scope.experts(ids, 0), prefix, params)) or "true"
        with_experts = f" AND id IN (SELECT unnest(organisation_ids) FROM expert_search WHERE {where})"
    rows = await conn.fetch(
        "SELECT id, name, kind, city, country FROM organisations WHERE status = 'active'"
        f" AND ($1::uuid[] IS NULL OR id = ANY($1)) AND {IN_CITIES} AND ($3::text[] IS NULL OR country = ANY($3))"
        " AND ($4::text[] IS NULL OR kind = ANY($4))"
        + with_experts + " ORDER BY name, id", *params)
    return [dict(r) | {"country": r["country"].strip()} for r in rows]


async def experts(conn: asyncpg.Connection, prefix: str, query: ExpertQuery) -> list[dict]:
    """The experts the expert search finds for `query`, by name, up to its limit; `total` counts them all."""
    params = _Params()
    where = " AND ".join(search_sql.conditions(query, prefix, params)) or "true"
    rows = await conn.fetch(
        f"SELECT expert_id AS id, name, organisation_ids, {prefix}_city AS city, {prefix}_country AS country,"
        f" {prefix}_skills AS skills, count(*) OVER () AS total FROM expert_search WHERE {where}"
        f" ORDER BY name, expert_id LIMIT {params(query.limit)}", *params)
    return [dict(r) for r in rows]


async def expert_places(conn: asyncpg.Connection, prefix: str, query: ExpertQuery) -> list[dict]:
    """How many experts `query` finds in each city the caller may see."""
    params = _Params()
    where = " AND ".join([f"{prefix}_city IS NOT NULL", *search_sql.conditions(query, prefix, params)])
    rows = await conn.fetch(f"SELECT {prefix}_city AS city, {prefix}_country AS country, count(*) AS n"
                            f" FROM expert_search WHERE {where} GROUP BY 1, 2", *params)
    return [dict(r) for r in rows]


async def match_names_as_search_does(conn: asyncpg.Connection) -> None:
    """The typo tolerance of the expert search for `<%`, for the rest of the transaction."""
    await conn.execute("SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)", str(WORD_SIMILARITY))


async def resources(conn: asyncpg.Connection, organisation_ids: list[UUID], scope: Scope) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, kind, title, organisation_id, city, country FROM resources WHERE status = 'listed'"
        f" AND organisation_id = ANY($1::uuid[]) AND {IN_CITIES} AND ($3::text[] IS NULL OR country = ANY($3))",
        organisation_ids, scope.cities, scope.countries)
    return [dict(r) | {"country": r["country"].strip()} for r in rows]


async def accepted_cooperation(conn: asyncpg.Connection, partnership_ids: list[UUID]) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, requesting_partnership_id, requested_partnership_id, expert_id, resource_id"
        " FROM cooperation_requests WHERE status = 'accepted' AND requesting_partnership_id = ANY($1::uuid[])"
        " AND requested_partnership_id = ANY($1::uuid[])", partnership_ids)
    return [dict(r) for r in rows]


async def joint_events(conn: asyncpg.Connection, partnership_ids: list[UUID]) -> list[dict]:
    rows = await conn.fetch(
        "SELECT event_id, title, partnership_ids FROM joint_events WHERE NOT cancelled"
        " AND cardinality(partnership_ids) > 1 AND partnership_ids && $1::uuid[]", partnership_ids)
    return [dict(r) for r in rows]


async def organisation_ids_of(conn: asyncpg.Connection, network_id: UUID | None) -> list[UUID] | None:
    if network_id is None:
        return None
    rows = await conn.fetch("SELECT DISTINCT m.organisation_id FROM partnership_members m JOIN network_partnerships n"
                            " ON n.partnership_id = m.partnership_id WHERE n.network_id = $1", network_id)
    return [r["organisation_id"] for r in rows]


async def save_joint_event(conn: asyncpg.Connection, *, event_id: UUID, title: str, starts_at, city: str,
                           country: str, partnership_ids: list[UUID], as_of) -> None:
    """Newer facts win: a redelivered or late older event never overwrites a newer one."""
    await conn.execute(
        "INSERT INTO joint_events (event_id, title, starts_at, city, country, partnership_ids, as_of)"
        " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (event_id) DO UPDATE SET title = EXCLUDED.title,"
        " starts_at = EXCLUDED.starts_at, city = EXCLUDED.city, country = EXCLUDED.country,"
        " partnership_ids = EXCLUDED.partnership_ids, as_of = EXCLUDED.as_of WHERE joint_events.as_of <= EXCLUDED.as_of",
        event_id, title, starts_at, city, country, partnership_ids, as_of,
    )


async def cancel_joint_event(conn: asyncpg.Connection, event_id: UUID, as_of) -> None:
    await conn.execute("UPDATE joint_events SET cancelled = true, as_of = $2 WHERE event_id = $1 AND as_of <= $2",
                       event_id, as_of)
