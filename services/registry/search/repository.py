"""What the expert search reads besides `expert_search`: the scope of a network, the organisations listed. SQL only."""

from uuid import UUID

import asyncpg


async def network_exists(conn: asyncpg.Connection, network_id: UUID) -> bool:
    return await conn.fetchval("SELECT EXISTS (SELECT 1 FROM networks WHERE id = $1)", network_id)


async def network_organisation_ids(conn: asyncpg.Connection, network_id: UUID) -> list[UUID]:
    """The organisations of the network's partnerships."""
    rows = await conn.fetch("SELECT DISTINCT m.organisation_id FROM partnership_members m JOIN network_partnerships n"
                            " ON n.partnership_id = m.partnership_id WHERE n.network_id = $1", network_id)
    return [r["organisation_id"] for r in rows]


async def organisations(conn: asyncpg.Connection, ids: list[UUID]) -> list[dict]:
    rows = await conn.fetch("SELECT id, name, names, kind, city, country FROM organisations"
                            " WHERE status = 'active' AND id = ANY($1::uuid[]) ORDER BY name, id", ids)
    return [dict(r) | {"country": r["country"].strip()} for r in rows]
