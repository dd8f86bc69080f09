"""What the statistics count, within a set of organisations (all when None). SQL only.

`prefix` picks the expert columns the caller's audience may see (`pub_` or `net_`), so a
hidden city or skill is never counted.
"""

from uuid import UUID

import asyncpg

_IN = "($1::uuid[] IS NULL OR {column} = ANY($1))"
_EXPERTS_IN = "($1::uuid[] IS NULL OR organisation_ids && $1)"


async def network_exists(conn: asyncpg.Connection, network_id: UUID) -> bool:
    return await conn.fetchval("SELECT EXISTS (SELECT 1 FROM networks WHERE id = $1)", network_id)


async def organisation_ids_of(conn: asyncpg.Connection, network_id: UUID) -> list[UUID]:
    rows = await conn.fetch("SELECT DISTINCT m.organisation_id FROM partnership_members m JOIN network_partnerships n"
                            " ON n.partnership_id = m.partnership_id WHERE n.network_id = $1", network_id)
    return [r["organisation_id"] for r in rows]


async def counts(conn: asyncpg.Connection, prefix: str, ids: list[UUID] | None) -> dict:
    by_kind = await conn.fetch("SELECT kind, count(*) AS n FROM organisations WHERE status = 'active'"
                               f" AND {_IN.format(column='id')} GROUP BY kind ORDER BY n DESC, kind", ids)
    resources = await conn.fetch("SELECT kind, count(*) AS n FROM resources WHERE status = 'listed'"
                                 f" AND {_IN.format(column='organisation_id')} GROUP BY kind ORDER BY n DESC, kind", ids)
    skills = await conn.fetch(f"SELECT s AS skill, count(*) AS n FROM expert_search, unnest({prefix}_skills) s"
                              f" WHERE {_EXPERTS_IN} GROUP BY s ORDER BY n DESC, s", ids)
    experts = await conn.fetchval(f"SELECT count(*) FROM expert_search WHERE {_EXPERTS_IN}", ids)
    partnerships = await conn.fetchval("SELECT count(DISTINCT partnership_id) FROM partnership_members"
                                       f" WHERE {_IN.format(column='organisation_id')}", ids)
    return {"organisations_by_kind": {r["kind"]: r["n"] for r in by_kind}, "experts": experts,
            "partnerships": partnerships, "resources_by_kind": {r["kind"]: r["n"] for r in resources},
            "experts_by_skill": {r["skill"]: r["n"] for r in skills}}


async def by_city(conn: asyncpg.Connection, prefix: str, ids: list[UUID] | None) -> list[dict]:
    """(city, country, organisations, experts) for every place with either."""
    rows = await conn.fetch(
        "SELECT city, country, sum(organisations)::int AS organisations, sum(experts)::int AS experts FROM ("
        " SELECT city, trim(country) AS country, 1 AS organisations, 0 AS experts FROM organisations"
        f"  WHERE status = 'active' AND {_IN.format(column='id')}"
        f" UNION ALL SELECT {prefix}_city, {prefix}_country, 0, 1 FROM expert_search"
        f"  WHERE {prefix}_city IS NOT NULL AND {_EXPERTS_IN}) places GROUP BY 1, 2 ORDER BY 1, 2", ids)
    return [dict(r) for r in rows]


async def most_connected(conn: asyncpg.Connection, ids: list[UUID] | None, limit: int = 10) -> list[dict]:
    """Organisations by their edges on the map: partnerships, affiliated experts, resources owned."""
    rows = await conn.fetch(
        "SELECT * FROM (SELECT o.id, o.name, o.kind, o.city, trim(o.country) AS country,"
        " (SELECT count(*) FROM partnership_members m WHERE m.organisation_id = o.id) AS partnerships,"
        " (SELECT count(*) FROM expert_search e WHERE e.organisation_ids @> ARRAY[o.id]) AS experts,"
        " (SELECT count(*) FROM resources r WHERE r.organisation_id = o.id AND r.status = 'listed') AS resources"
        f" FROM organisations o WHERE o.status = 'active' AND {_IN.format(column='o.id')}) c"
        " ORDER BY partnerships + experts + resources DESC, name LIMIT $2", ids, limit)
    return [dict(r) | {"connections": r["partnerships"] + r["experts"] + r["resources"]} for r in rows]
