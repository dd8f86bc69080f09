"""Partnership storage: partnerships and their members."""

from uuid import UUID

import asyncpg

from services.registry.partnerships.domain import Partnership
from shared.contracts.registry import PartnershipMember


async def add_partnership(conn: asyncpg.Connection, partnership: Partnership) -> None:
    await conn.execute(
        "INSERT INTO partnerships (id, name, programme, period_start, period_end) VALUES ($1, $2, $3, $4, $5)",
        partnership.id, partnership.name, partnership.programme, partnership.period_start, partnership.period_end,
    )
    await save_members(conn, partnership)


async def save_members(conn: asyncpg.Connection, partnership: Partnership) -> None:
    await conn.execute("DELETE FROM partnership_members WHERE partnership_id = $1", partnership.id)
    await conn.executemany(
        "INSERT INTO partnership_members (partnership_id, organisation_id, role) VALUES ($1, $2, $3)",
        [(partnership.id, m.organisation_id, m.role.value) for m in partnership.members],
    )


async def load_partnership(conn: asyncpg.Connection, partnership_id: UUID) -> Partnership | None:
    row = await conn.fetchrow("SELECT * FROM partnerships WHERE id = $1 FOR UPDATE", partnership_id)
    if row is None:
        return None
    members = await conn.fetch(
        "SELECT organisation_id, role FROM partnership_members WHERE partnership_id = $1", partnership_id)
    return Partnership(id=row["id"], name=row["name"], programme=row["programme"], period_start=row["period_start"],
                       period_end=row["period_end"],
                       members=tuple(PartnershipMember(organisation_id=m["organisation_id"], role=m["role"])
                                     for m in members))


async def get_partnership(conn: asyncpg.Connection, partnership_id: UUID) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM partnerships WHERE id = $1", partnership_id)
    if row is None:
        return None
    members = await conn.fetch(
        "SELECT organisation_id, role FROM partnership_members WHERE partnership_id = $1"
        " ORDER BY role, organisation_id",
        partnership_id,
    )
    return {**row, "members": [dict(m) for m in members]}


async def list_partnerships(conn: asyncpg.Connection, *, organisation_id: UUID | None, network_id: UUID | None,
                            limit: int, after: UUID | None) -> list[dict]:
    rows = await conn.fetch(
        "SELECT id FROM partnerships p WHERE ($1::uuid IS NULL OR id > $1)"
        " AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM partnership_members m"
        " WHERE m.partnership_id = p.id AND m.organisation_id = $2))"
        " AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM network_partnerships n"
        " WHERE n.partnership_id = p.id AND n.network_id = $3)) ORDER BY id LIMIT $4",
        after, organisation_id, network_id, limit,
    )
    return [await get_partnership(conn, r["id"]) for r in rows]
