"""What the map reads: the network's nodes and edges, within a scope. SQL only.

`prefix` picks the expert columns the caller's audience may see (`pub_` or `net_`), so
a hidden city or skill never places or filters an expert on the map.
"""

from uuid import UUID

import asyncpg


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


async def organisations(conn: asyncpg.Connection, ids: list[UUID] | None, city: str | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, name, kind, city, country FROM organisations WHERE status = 'active'"
        " AND ($1::uuid[] IS NULL OR id = ANY($1)) AND ($2::text IS NULL OR lower(city) = lower($2))", ids, city)
    return [dict(r) | {"country": r["country"].strip()} for r in rows]


async def experts(conn: asyncpg.Connection, prefix: str, *, organisation_ids: list[UUID] | None, skill: str | None,
                  city: str | None, limit: int) -> list[dict]:
    rows = await conn.fetch(
        f"SELECT expert_id AS id, name, organisation_ids, {prefix}_city AS city, {prefix}_country AS country,"
        f" {prefix}_skills AS skills FROM expert_search WHERE ($1::uuid[] IS NULL OR organisation_ids && $1)"
        f" AND ($2::text IS NULL OR {prefix}_skills @> ARRAY[$2]) AND ($3::text IS NULL OR lower({prefix}_city) = lower($3))"
        " ORDER BY expert_id LIMIT $4", organisation_ids, skill, city, limit)
    return [dict(r) for r in rows]


async def resources(conn: asyncpg.Connection, organisation_ids: list[UUID], city: str | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id, kind, title, organisation_id, city, country FROM resources WHERE status = 'listed'"
        " AND organisation_id = ANY($1::uuid[]) AND ($2::text IS NULL OR lower(city) = lower($2))",
        organisation_ids, city)
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


async def organisations_by_city(conn: asyncpg.Connection, ids: list[UUID] | None) -> list[dict]:
    rows = await conn.fetch("SELECT city, country, count(*) AS n FROM organisations WHERE status = 'active'"
                            " AND ($1::uuid[] IS NULL OR id = ANY($1)) GROUP BY city, country", ids)
    return [dict(r) | {"country": r["country"].strip()} for r in rows]


async def experts_by_city(conn: asyncpg.Connection, prefix: str, ids: list[UUID] | None, skill: str | None) -> list[dict]:
    rows = await conn.fetch(
        f"SELECT {prefix}_city AS city, {prefix}_country AS country, count(*) AS n FROM expert_search"
        f" WHERE {prefix}_city IS NOT NULL AND ($1::uuid[] IS NULL OR organisation_ids && $1)"
        f" AND ($2::text IS NULL OR {prefix}_skills @> ARRAY[$2]) GROUP BY 1, 2", ids, skill)
    return [dict(r) for r in rows]


async def counts(conn: asyncpg.Connection, prefix: str, ids: list[UUID] | None) -> dict:
    """Counts by kind and by skill, within the organisations `ids` (all when None)."""
    by_kind = await conn.fetch("SELECT kind, count(*) AS n FROM organisations WHERE status = 'active'"
                               " AND ($1::uuid[] IS NULL OR id = ANY($1)) GROUP BY kind ORDER BY n DESC, kind", ids)
    resources = await conn.fetch("SELECT kind, count(*) AS n FROM resources WHERE status = 'listed'"
                                 " AND ($1::uuid[] IS NULL OR organisation_id = ANY($1)) GROUP BY kind", ids)
    skills = await conn.fetch(f"SELECT s AS skill, count(*) AS n FROM expert_search, unnest({prefix}_skills) s"
                              " WHERE $1::uuid[] IS NULL OR organisation_ids && $1 GROUP BY s ORDER BY n DESC, s", ids)
    experts = await conn.fetchval("SELECT count(*) FROM expert_search WHERE $1::uuid[] IS NULL OR organisation_ids && $1",
                                  ids)
    partnerships = await conn.fetchval("SELECT count(DISTINCT partnership_id) FROM partnership_members"
                                       " WHERE $1::uuid[] IS NULL OR organisation_id = ANY($1)", ids)
    return {"organisations_by_kind": {r["kind"]: r["n"] for r in by_kind}, "experts": experts,
            "partnerships": partnerships, "resources_by_kind": {r["kind"]: r["n"] for r in resources},
            "experts_by_skill": {r["skill"]: r["n"] for r in skills}}


async def most_connected(conn: asyncpg.Connection, ids: list[UUID] | None, limit: int = 10) -> list[dict]:
    """Organisations by their edges on the map: partnerships, affiliated experts, resources owned."""
    rows = await conn.fetch(
        "SELECT * FROM (SELECT o.id, o.name, o.city,"
        " (SELECT count(*) FROM partnership_members m WHERE m.organisation_id = o.id) AS partnerships,"
        " (SELECT count(*) FROM expert_search e WHERE e.organisation_ids @> ARRAY[o.id]) AS experts,"
        " (SELECT count(*) FROM resources r WHERE r.organisation_id = o.id AND r.status = 'listed') AS resources"
        " FROM organisations o WHERE o.status = 'active' AND ($1::uuid[] IS NULL OR o.id = ANY($1))) c"
        " ORDER BY partnerships + experts + resources DESC, name LIMIT $2", ids, limit)
    return [dict(r) | {"connections": r["partnerships"] + r["experts"] + r["resources"]} for r in rows]


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
