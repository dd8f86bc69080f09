"""Partnership storage: partnerships, their members and the organisations invited that have not accepted."""

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
    await conn.execute("DELETE FROM partnership_invitations WHERE partnership_id = $1 AND NOT organisation_id"
                       " = ANY($2::uuid[])", partnership.id, [m.organisation_id for m in partnership.pending])
    await conn.executemany(
        "INSERT INTO partnership_invitations (partnership_id, organisation_id, role) VALUES ($1, $2, $3)"
        " ON CONFLICT DO NOTHING",
        [(partnership.id, m.organisation_id, m.role.value) for m in partnership.pending],
    )


async def load_partnership(conn: asyncpg.Connection, partnership_id: UUID) -> Partnership | None:
    row = await conn.fetchrow("SELECT * FROM partnerships WHERE id = $1 FOR UPDATE", partnership_id)
    if row is None:
        return None
    members = await conn.fetch(
        "SELECT organisation_id, role FROM partnership_members WHERE partnership_id = $1", partnership_id)
    pending = await _invitations(conn, partnership_id)
    return Partnership(id=row["id"], name=row["name"], programme=row["programme"], period_start=row["period_start"],
                       period_end=row["period_end"],
                       members=tuple(PartnershipMember(organisation_id=m["organisation_id"], role=m["role"])
                                     for m in members),
                       pending=tuple(PartnershipMember(organisation_id=m["organisation_id"], role=m["role"])
                                     for m in pending))


async def _invitations(conn: asyncpg.Connection, partnership_id: UUID) -> list[asyncpg.Record]:
    return await conn.fetch("SELECT organisation_id, role FROM partnership_invitations WHERE partnership_id = $1"
                            " ORDER BY invited_at, organisation_id", partnership_id)


async def get_partnership(conn: asyncpg.Connection, partnership_id: UUID) -> dict | None:
    row = await conn.fetchrow("SELECT * FROM partnerships WHERE id = $1", partnership_id)
    if row is None:
        return None
    members = await conn.fetch(
        "SELECT organisation_id, role FROM partnership_members WHERE partnership_id = $1"
        " ORDER BY role, organisation_id",
        partnership_id,
    )
    pending = await _invitations(conn, partnership_id)
    return {**row, "members": [dict(m) | {"status": "active"} for m in members],
            "pending_members": [dict(m) | {"status": "pending"} for m in pending]}


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
