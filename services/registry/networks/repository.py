"""Network storage: networks, their partnerships and champions. SQL only."""

from datetime import date
from uuid import UUID

import asyncpg


async def add_network(conn: asyncpg.Connection, network_id: UUID, name: str, description: str | None,
                      partnership_ids: list[UUID]) -> bool:
    """False when the name is taken."""
    if not await conn.fetchval("INSERT INTO networks (id, name, description) VALUES ($1, $2, $3)"
                               " ON CONFLICT (name) DO NOTHING RETURNING true", network_id, name, description):
        return False
    await conn.executemany("INSERT INTO network_partnerships VALUES ($1, $2)",
                           [(network_id, p) for p in dict.fromkeys(partnership_ids)])
    return True


async def add_partnership(conn: asyncpg.Connection, network_id: UUID, partnership_id: UUID) -> bool:
    """False when the partnership was already in the network."""
    return bool(await conn.fetchval("INSERT INTO network_partnerships VALUES ($1, $2) ON CONFLICT DO NOTHING"
                                    " RETURNING true", network_id, partnership_id))


async def has_partnership(conn: asyncpg.Connection, network_id: UUID, partnership_id: UUID) -> bool:
    return bool(await conn.fetchval("SELECT true FROM network_partnerships WHERE network_id = $1"
                                    " AND partnership_id = $2", network_id, partnership_id))


async def overlapping_champion(conn: asyncpg.Connection, network_id: UUID, period_start: date,
                               period_end: date) -> dict | None:
    row = await conn.fetchrow(
        "SELECT partnership_id, period_start, period_end FROM champions WHERE network_id = $1"
        " AND period_start <= $3 AND period_end >= $2", network_id, period_start, period_end)
    return dict(row) if row else None


async def add_champion(conn: asyncpg.Connection, network_id: UUID, partnership_id: UUID, period_start: date,
                       period_end: date) -> None:
    await conn.execute("INSERT INTO champions (network_id, partnership_id, period_start, period_end)"
                       " VALUES ($1, $2, $3, $4)", network_id, partnership_id, period_start, period_end)


async def network(conn: asyncpg.Connection, network_id: UUID, *, lock: bool = False) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM networks WHERE id = $1" + (" FOR UPDATE" if lock else ""), network_id)
    return dict(row) if row else None


async def network_ids(conn: asyncpg.Connection, partnership_id: UUID | None) -> list[UUID]:
    rows = await conn.fetch("SELECT id FROM networks n WHERE $1::uuid IS NULL OR EXISTS (SELECT 1 FROM"
                            " network_partnerships p WHERE p.network_id = n.id AND p.partnership_id = $1)"
                            " ORDER BY name", partnership_id)
    return [r["id"] for r in rows]


async def partnership_ids(conn: asyncpg.Connection, network_id: UUID) -> list[UUID]:
    rows = await conn.fetch("SELECT partnership_id FROM network_partnerships WHERE network_id = $1"
                            " ORDER BY partnership_id", network_id)
    return [r["partnership_id"] for r in rows]


async def champions(conn: asyncpg.Connection, network_id: UUID) -> list[dict]:
    rows = await conn.fetch("SELECT partnership_id, period_start, period_end FROM champions"
                            " WHERE network_id = $1 ORDER BY period_start", network_id)
    return [dict(r) for r in rows]


async def known_partnerships(conn: asyncpg.Connection, ids: list[UUID]) -> set[UUID]:
    return {r["id"] for r in await conn.fetch("SELECT id FROM partnerships WHERE id = ANY($1::uuid[])", ids)}
