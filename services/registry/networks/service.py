"""Network use cases (operators): form a network, add partnerships, designate the champion for a period."""

import uuid
from datetime import date
from uuid import UUID

import asyncpg

from shared import outbox
from shared.auth import Principal
from shared.contracts.registry import ChampionDesignated, NetworkFormed, NetworkPartnershipJoined
from shared.errors import Conflict, DomainError, NotFound


async def form(pool: asyncpg.Pool, caller: Principal, *, name: str, description: str | None,
               partnership_ids: list[UUID]) -> UUID:
    caller.require_operator("forming a network")
    network_id = uuid.uuid4()
    async with pool.acquire() as conn, conn.transaction():
        await _known_partnerships(conn, partnership_ids)
        if not await conn.fetchval("INSERT INTO networks (id, name, description) VALUES ($1, $2, $3)"
                                   " ON CONFLICT (name) DO NOTHING RETURNING true", network_id, name, description):
            raise Conflict(f"name: a network named {name!r} already exists")
        await conn.executemany("INSERT INTO network_partnerships VALUES ($1, $2)",
                               [(network_id, p) for p in dict.fromkeys(partnership_ids)])
        await outbox.record(conn, [NetworkFormed(aggregate_id=network_id, name=name,
                                                 partnership_ids=tuple(dict.fromkeys(partnership_ids)))])
    return network_id


async def join(pool: asyncpg.Pool, caller: Principal, network_id: UUID, partnership_id: UUID) -> None:
    caller.require_operator("adding a partnership to a network")
    async with pool.acquire() as conn, conn.transaction():
        await _network(conn, network_id)
        await _known_partnerships(conn, [partnership_id])
        if not await conn.fetchval("INSERT INTO network_partnerships VALUES ($1, $2) ON CONFLICT DO NOTHING"
                                   " RETURNING true", network_id, partnership_id):
            raise Conflict(f"partnership_id: partnership {partnership_id} is already in network {network_id}")
        await outbox.record(conn, [NetworkPartnershipJoined(aggregate_id=network_id, partnership_id=partnership_id)])


async def designate_champion(pool: asyncpg.Pool, caller: Principal, network_id: UUID, *, partnership_id: UUID,
                             period_start: date, period_end: date) -> None:
    """One champion per network per period: periods of a network's champions never overlap."""
    caller.require_operator("designating a network's champion")
    if period_end < period_start:
        raise DomainError("period_end: must not be before period_start")
    async with pool.acquire() as conn, conn.transaction():
        await _network(conn, network_id, lock=True)  # serialises designations in this network
        if not await conn.fetchval("SELECT true FROM network_partnerships WHERE network_id = $1"
                                   " AND partnership_id = $2", network_id, partnership_id):
            raise DomainError(f"partnership_id: partnership {partnership_id} is not in network {network_id}")
        clash = await conn.fetchrow(
            "SELECT partnership_id, period_start, period_end FROM champions WHERE network_id = $1"
            " AND period_start <= $3 AND period_end >= $2", network_id, period_start, period_end)
        if clash:
            raise Conflict(f"period: partnership {clash['partnership_id']} already champions network {network_id}"
                           f" from {clash['period_start']} to {clash['period_end']}")
        await conn.execute("INSERT INTO champions (network_id, partnership_id, period_start, period_end)"
                           " VALUES ($1, $2, $3, $4)", network_id, partnership_id, period_start, period_end)
        await outbox.record(conn, [ChampionDesignated(aggregate_id=network_id, partnership_id=partnership_id,
                                                      period_start=period_start, period_end=period_end)])


async def read(pool: asyncpg.Pool, network_id: UUID) -> dict:
    async with pool.acquire() as conn:
        network = await _network(conn, network_id)
        partnerships = await conn.fetch("SELECT partnership_id FROM network_partnerships WHERE network_id = $1"
                                        " ORDER BY partnership_id", network_id)
        champions = await conn.fetch("SELECT partnership_id, period_start, period_end FROM champions"
                                     " WHERE network_id = $1 ORDER BY period_start", network_id)
    return {**network, "partnership_ids": [r["partnership_id"] for r in partnerships],
            "champions": [dict(c) for c in champions]}


async def _network(conn: asyncpg.Connection, network_id: UUID, *, lock: bool = False) -> dict:
    row = await conn.fetchrow("SELECT * FROM networks WHERE id = $1" + (" FOR UPDATE" if lock else ""), network_id)
    if row is None:
        raise NotFound(f"network {network_id} not found")
    return dict(row)


async def _known_partnerships(conn: asyncpg.Connection, ids: list[UUID]) -> None:
    known = {r["id"] for r in await conn.fetch("SELECT id FROM partnerships WHERE id = ANY($1::uuid[])", ids)}
    for i, partnership_id in enumerate(ids):
        if partnership_id not in known:
            raise DomainError(f"partnership_ids[{i}]: unknown partnership {partnership_id}")
